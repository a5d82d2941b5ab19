using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Users;

/// <summary>Identity's checks turned into Kontor's refusals, shared by the slices that create and change users.</summary>
public static class UserRules
{
    /// <summary>Runs Identity's password rules without saving anything, so a weak password is refused before any write.</summary>
    public static async Task<Error?> CheckPasswordAsync(UserManager<User> users, User user, string password)
    {
        var messages = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            messages.AddRange(result.Errors.Select(e => e.Description));
        }

        return messages.Count == 0 ? null : Error.Validation(new Dictionary<string, string[]> { ["password"] = [.. messages] });
    }

    /// <summary>
    /// The right to manage users is not the administrator right: only an administrator makes someone an administrator
    /// or changes (deactivates, re-roles, renames) an administrator, so a user manager cannot lift themselves above it.
    /// </summary>
    public static async Task<Error?> CheckAdministratorAsync(KontorDb db, long actorId, bool touchesAdministrator, CancellationToken ct) =>
        touchesAdministrator && !await db.Set<User>().AnyAsync(u => u.Id == actorId && u.IsAdministrator, ct) ? UserErrors.AdministratorOnly : null;

    /// <summary>Maps a failed Identity result; the slices check first, so this mostly covers races with another request.</summary>
    public static Error ToError(IdentityResult result)
    {
        var codes = result.Errors.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        if (codes.Contains(nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            return UserErrors.Conflict;
        }

        if (codes.Contains(nameof(IdentityErrorDescriber.DuplicateEmail)) || codes.Contains(nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return UserErrors.EmailTaken;
        }

        var field = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? "password" : "email";
        return Error.Validation(new Dictionary<string, string[]> { [field] = [.. result.Errors.Select(e => e.Description)] });
    }
}
