using System.Security.Claims;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Departments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Users;

/// <summary>
/// PATCH by an administrator: name, departmentId, locale, timeZone, isAdministrator, isActive. Deactivating renews the
/// security stamp, so the user's cookies stop working at their next check; API tokens stop at once.
/// </summary>
public static class UpdateUser
{
    public static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> Handle(
        long id, JsonElement body, ClaimsPrincipal principal, UserManager<User> users, KontorDb db, CancellationToken ct)
    {
        var (changes, invalid) = UserPatch.Parse(body, asAdministrator: true);
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }

        var (user, error) = await RunAsync(db, users, id, changes!, principal.Id(), ct);
        return error is null ? TypedResults.Ok(user!) : error.ToProblem();
    }

    /// <summary>The core the API and the UI share; <paramref name="actorId"/> is the user making the change.</summary>
    public static async Task<(UserResponse? User, Error? Error)> RunAsync(
        KontorDb db, UserManager<User> users, long id, UserChanges changes, long actorId, CancellationToken ct)
    {
        var user = await db.Set<User>().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return (null, UserErrors.NotFound);
        }

        if (user.Id == actorId && (changes.IsAdministrator == false || changes.IsActive == false))
        {
            return (null, UserErrors.CannotDemoteSelf);
        }

        if (await UserRules.CheckAdministratorAsync(db, actorId, user.IsAdministrator || changes.IsAdministrator == true, ct) is { } adminOnly)
        {
            return (null, adminOnly);
        }

        if (changes.DepartmentId is { } department && !await db.Set<Department>().AnyAsync(d => d.Id == department, ct))
        {
            return (null, UserErrors.DepartmentNotFound);
        }

        if (changes.RoleIds is { } roleIds)
        {
            if (await UserRoles.CheckAsync(db, roleIds, ct) is { } roleError)
            {
                return (null, roleError);
            }

            await UserRoles.ReplaceAsync(db, user.Id, roleIds, ct);
        }

        var deactivates = user.IsActive && changes.IsActive == false;
        changes.ApplyTo(user);

        // The user manager saves the context, and with it the role changes: one transaction.
        var result = deactivates ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
        return result.Succeeded ? (await UserResponse.From(user).WithRolesAsync(db, ct), null) : (null, UserRules.ToError(result));
    }
}
