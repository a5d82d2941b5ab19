using Kontor.Data;
using Kontor.Features.Auth;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Kontor.Hosting;

public static class Authentication
{
    public const string Smart = "Kontor";

    /// <summary>Identity cookies for people, hashed bearer tokens for integrations; a request with a bearer header uses the token.</summary>
    public static void AddKontorAuthentication(this IServiceCollection services)
    {
        // One key ring for all nodes of an installation, kept in its database (see KontorDb.DataProtectionKeys).
        services.AddDataProtection().SetApplicationName("Kontor").PersistKeysToDbContext<KontorDb>();
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, Smart, o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? TokenAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthentication>(TokenAuthentication.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "kontor.auth";
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/login";
            o.ReturnUrlParameter = "returnUrl";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromDays(14);
            o.Events.OnRedirectToLogin = ctx => ApiAware(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<User>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddEntityFrameworkStores<KontorDb>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<KontorClaimsFactory>()
            .AddDefaultTokenProviders();

        // Deactivation takes effect for cookies within a minute (the security stamp is checked this often).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization();
    }

    private static Task ApiAware<T>(RedirectContext<T> ctx, int status)
        where T : AuthenticationSchemeOptions
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Puts Kontor's claims (id, name, administrator flag) into the cookie, as the token handler does.</summary>
public sealed class KontorClaimsFactory(UserManager<User> users, Microsoft.Extensions.Options.IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<User>(users, options)
{
    protected override async Task<System.Security.Claims.ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new(CurrentUser.AdministratorClaim, user.IsAdministrator ? "true" : "false"));
        if (identity.FindFirst(System.Security.Claims.ClaimTypes.Name) is { } name)
        {
            identity.RemoveClaim(name);
        }

        identity.AddClaim(new(System.Security.Claims.ClaimTypes.Name, user.Name));
        return identity;
    }
}
