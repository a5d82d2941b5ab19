using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Kontor.Ui.Account;

/// <summary>Form posts of the web UI: sign in and out with the Identity cookie, and the language switch.</summary>
public static class AccountEndpoints
{
    public static void MapAccount(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").ExcludeFromDescription();
        account.MapPost("/login", Login).AllowAnonymous();
        account.MapPost("/logout", Logout);
        account.MapGet("/culture", SetCulture);
    }

    private static async Task<IResult> Login(
        [FromForm] string email, [FromForm] string password, [FromForm] bool? rememberMe, [FromForm] string? returnUrl,
        UserManager<User> users, SignInManager<User> signIn, HttpContext http)
    {
        var user = await users.FindByEmailAsync(email);
        var result = user is { IsActive: true }
            ? await signIn.PasswordSignInAsync(user, password, rememberMe ?? false, lockoutOnFailure: true)
            : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        var back = LocalOrHome(returnUrl);
        if (!result.Succeeded)
        {
            return TypedResults.LocalRedirect($"~/account/login?error=1&returnUrl={Uri.EscapeDataString(back)}");
        }

        WriteCultureCookie(http, user!.Locale);
        return TypedResults.LocalRedirect("~" + back);
    }

    private static async Task<IResult> Logout(SignInManager<User> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("~/account/login");
    }

    /// <summary>Switches the UI language and remembers it on the user.</summary>
    private static async Task<IResult> SetCulture(string culture, string? returnUrl, HttpContext http, KontorDb db)
    {
        var chosen = culture == "en-US" ? "en-US" : "de-DE";
        WriteCultureCookie(http, chosen);
        if (http.User.Identity?.IsAuthenticated == true && await db.Users.FindAsync(http.User.Id()) is { } user)
        {
            user.Locale = chosen;
            await db.SaveChangesAsync();
        }

        return TypedResults.LocalRedirect("~" + LocalOrHome(returnUrl));
    }

    private static void WriteCultureCookie(HttpContext http, string culture) =>
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.MaxValue, IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

    private static string LocalOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/board";
}
