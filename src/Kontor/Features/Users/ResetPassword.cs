using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Users;

/// <summary>
/// A user manager sets a new password for a user. The lockout is lifted and the security stamp renewed, so sessions
/// signed in with the old password end; API tokens stay valid until they are revoked.
/// </summary>
public static class ResetPassword
{
    public sealed record Request
    {
        [Required, StringLength(256)]
        public string Password { get; init; } = "";
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        long id, Request request, ClaimsPrincipal principal, UserManager<User> users, KontorDb db, CancellationToken ct) =>
        await RunAsync(db, users, id, request.Password, principal.Id(), ct) is { } error ? error.ToProblem() : TypedResults.NoContent();

    /// <summary>The core the API and the UI share; <paramref name="actorId"/> is the user setting the password.</summary>
    public static async Task<Error?> RunAsync(KontorDb db, UserManager<User> users, long id, string password, long actorId, CancellationToken ct)
    {
        var user = await db.Set<User>().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return UserErrors.NotFound;
        }

        // Setting an administrator's password would be taking over their account.
        if (await UserRules.CheckAdministratorAsync(db, actorId, user.IsAdministrator, ct) is { } adminOnly)
        {
            return adminOnly;
        }

        if (await UserRules.CheckPasswordAsync(users, user, password) is { } weak)
        {
            return weak;
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded ? null : UserRules.ToError(result);
    }
}
