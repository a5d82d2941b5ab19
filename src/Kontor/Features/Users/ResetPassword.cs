using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Users;

/// <summary>
/// An administrator sets a new password for a user. The lockout is lifted and the security stamp renewed, so sessions
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
        long id, Request request, UserManager<User> users, KontorDb db, CancellationToken ct)
    {
        var user = await db.Set<User>().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return UserErrors.NotFound.ToProblem();
        }

        if (await UserRules.CheckPasswordAsync(users, user, request.Password) is { } weak)
        {
            return weak.ToProblem();
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, request.Password);
        user.AccessFailedCount = 0;
        user.LockoutEnd = null;
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded ? TypedResults.NoContent() : UserRules.ToError(result).ToProblem();
    }
}
