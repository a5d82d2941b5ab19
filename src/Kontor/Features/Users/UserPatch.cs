using System.Text.Json;
using Kontor.Common;

namespace Kontor.Features.Users;

/// <summary>Field changes of a user; a null member means "not part of the change".</summary>
public sealed record UserChanges
{
    public string? Name { get; set; }

    public string? Locale { get; set; }

    public string? TimeZone { get; set; }

    /// <summary>True when the department is part of the change; <see cref="DepartmentId"/> null then clears it.</summary>
    public bool ChangesDepartment { get; set; }

    public long? DepartmentId { get; set; }

    public bool? IsAdministrator { get; set; }

    public bool? IsActive { get; set; }

    /// <summary>The roles the user is to hold, all of them; null leaves them as they are.</summary>
    public IReadOnlyList<long>? RoleIds { get; set; }

    public void ApplyTo(User user)
    {
        user.Name = Name ?? user.Name;
        user.Locale = Locale ?? user.Locale;
        user.TimeZone = TimeZone ?? user.TimeZone;
        user.DepartmentId = ChangesDepartment ? DepartmentId : user.DepartmentId;
        user.IsAdministrator = IsAdministrator ?? user.IsAdministrator;
        user.IsActive = IsActive ?? user.IsActive;
    }
}

/// <summary>
/// Reads a merge-patch body of a user field by field, collecting every error with its field name. People change their
/// own name, locale and time zone; administrators also the department, the administrator right and the active flag.
/// </summary>
public static class UserPatch
{
    public static (UserChanges? Changes, Error? Error) Parse(JsonElement body, bool asAdministrator)
    {
        var patch = new PatchReader<UserChanges>(body);
        patch.TextWhere(
            "name", v => v.Trim() is { Length: >= 1 and <= 200 }, (c, v) => c.Name = v.Trim(), "The name must be text of 1 to 200 characters.");
        patch.TextWhere("locale", UserSettings.IsLocale, (c, v) => c.Locale = v, UserSettings.LocaleMessage);
        patch.TextWhere("timeZone", UserSettings.IsTimeZone, (c, v) => c.TimeZone = v, UserSettings.TimeZoneMessage);
        if (asAdministrator)
        {
            patch.IdOrNull("departmentId", (c, v) => (c.ChangesDepartment, c.DepartmentId) = (true, v), "The value must be a department id or null.");
            patch.Bool("isAdministrator", (c, v) => c.IsAdministrator = v, "The value must be true or false.");
            patch.Bool("isActive", (c, v) => c.IsActive = v, "The value must be true or false.");
            patch.Ids("roleIds", 50, (c, v) => c.RoleIds = v);
        }
        else
        {
            patch.Refuse("Only an administrator may change this field.", "departmentId", "isAdministrator", "isActive", "roleIds");
        }

        patch.ReadOnly("id", "email", "createdAt");
        if (patch.Finish() is { } error)
        {
            return (null, error);
        }

        var changes = new UserChanges();
        patch.ApplyTo(changes);
        return (changes, null);
    }
}
