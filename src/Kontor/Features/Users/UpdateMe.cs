using System.Security.Claims;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Users;

/// <summary>PATCH of the signed-in user's own settings: name, locale and time zone.</summary>
public static class UpdateMe
{
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Handle(
        JsonElement body, ClaimsPrincipal principal, UserManager<User> users, KontorDb db, CancellationToken ct)
    {
        var (changes, invalid) = UserPatch.Parse(body, asAdministrator: false);
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }

        var me = principal.Id();
        var user = await db.Set<User>().FirstOrDefaultAsync(u => u.Id == me, ct);
        if (user is null)
        {
            return UserErrors.NotFound.ToProblem();
        }

        changes!.ApplyTo(user);
        var result = await users.UpdateAsync(user);
        return result.Succeeded ? TypedResults.Ok(await UserResponse.From(user).WithRolesAsync(db, ct)) : UserRules.ToError(result).ToProblem();
    }
}
