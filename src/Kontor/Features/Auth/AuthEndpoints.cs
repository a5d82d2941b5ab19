using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Auth;

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/api/v1/auth").WithTags("Authentication");
        auth.MapPost("/tokens", IssueToken).AllowAnonymous();
        auth.MapGet("/tokens", ListTokens).RequireAuthorization();
        auth.MapDelete("/tokens/{id:long}", RevokeToken).RequireAuthorization();
        auth.MapPost("/login", Login).AllowAnonymous();
        auth.MapPost("/logout", Logout).RequireAuthorization();
        return auth;
    }

    public sealed record TokenRequest
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; init; } = "";

        [Required, StringLength(256)]
        public string Password { get; init; } = "";

        [Required, StringLength(100, MinimumLength = 1)]
        public string Name { get; init; } = "";
    }

    public sealed record TokenResponse(long Id, string Name, string Token, DateTime CreatedAt);

    public sealed record TokenInfo(long Id, string Name, string Hint, DateTime CreatedAt, DateTime? LastUsedAt);

    public sealed record LoginRequest
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; init; } = "";

        [Required, StringLength(256)]
        public string Password { get; init; } = "";

        public bool RememberMe { get; init; }
    }

    public static readonly Error InvalidCredentials =
        new("auth.invalid_credentials", "The e-mail or password is wrong, or the user is deactivated.", StatusCodes.Status401Unauthorized);

    public static readonly Error TokenNotFound = Error.NotFound("tokens", "token");

    /// <summary>Issues a personal API token for the user with these credentials. The token is shown only in this answer.</summary>
    public static async Task<Results<Created<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request, UserManager<User> users, KontorDb db, TimeProvider clock, CancellationToken ct)
    {
        var user = await CheckCredentialsAsync(users, request.Email, request.Password);
        if (user is null)
        {
            return InvalidCredentials.ToProblem();
        }

        var token = await IssueAsync(db, user.Id, request.Name, clock, ct);
        return TypedResults.Created($"/api/v1/auth/tokens/{token.Id}", token);
    }

    /// <summary>Issues a token for a user already known to be who they are (signed in, or just checked).</summary>
    public static async Task<TokenResponse> IssueAsync(KontorDb db, long userId, string name, TimeProvider clock, CancellationToken ct)
    {
        var (token, secret) = ApiToken.Issue(userId, name, clock.GetUtcNow().UtcDateTime);
        db.Add(token);
        await db.SaveChangesAsync(ct);
        return new TokenResponse(token.Id, token.Name, secret, token.CreatedAt);
    }

    public static async Task<Ok<List<TokenInfo>>> ListTokens(System.Security.Claims.ClaimsPrincipal principal, KontorDb db, CancellationToken ct) =>
        TypedResults.Ok(await ListAsync(db, principal.Id(), ct));

    /// <summary>The user's tokens that are not revoked, oldest first.</summary>
    public static Task<List<TokenInfo>> ListAsync(KontorDb db, long userId, CancellationToken ct) =>
        db.Set<ApiToken>().Where(t => t.UserId == userId && t.RevokedAt == null).OrderBy(t => t.Id)
            .Select(t => new TokenInfo(t.Id, t.Name, t.Hint, t.CreatedAt, t.LastUsedAt)).ToListAsync(ct);

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeToken(
        long id, System.Security.Claims.ClaimsPrincipal principal, KontorDb db, TimeProvider clock, CancellationToken ct) =>
        await RevokeAsync(db, principal.Id(), id, clock, ct) is { } error ? error.ToProblem() : TypedResults.NoContent();

    /// <summary>Revokes one of the user's own tokens; another user's token counts as not found.</summary>
    public static async Task<Error?> RevokeAsync(KontorDb db, long userId, long id, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var revoked = await db.Set<ApiToken>().Where(t => t.Id == id && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
        return revoked == 0 ? TokenNotFound : null;
    }

    /// <summary>Signs in with the Identity cookie (the web UI's session).</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Login(
        LoginRequest request, UserManager<User> users, SignInManager<User> signIn)
    {
        var user = await CheckCredentialsAsync(users, request.Email, request.Password);
        if (user is null)
        {
            return InvalidCredentials.ToProblem();
        }

        await signIn.SignInAsync(user, request.RememberMe);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> Logout(SignInManager<User> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<User?> CheckCredentialsAsync(UserManager<User> users, string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return null;
        }

        await users.ResetAccessFailedCountAsync(user);
        return user;
    }
}
