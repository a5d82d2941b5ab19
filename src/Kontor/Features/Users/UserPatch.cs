using System.Text.Json;
using Kontor.Common;

namespace Kontor.Features.Users;

/// <summary>Field changes of a user; a null member means "not part of the change".</summary>
public sealed record UserChanges
{
    public string? Name { get; init; }

    public string? Locale { get; init; }

    public string? TimeZone { get; init; }

    /// <summary>True when the department is part of the change; <see cref="DepartmentId"/> null then clears it.</summary>
    public bool ChangesDepartment { get; init; }

    public long? DepartmentId { get; init; }

    public bool? IsAdministrator { get; init; }

    public bool? IsActive { get; init; }

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
    private static readonly HashSet<string> ReadOnly = ["id", "email", "createdAt"];

    private static readonly HashSet<string> AdministratorOnly = ["departmentId", "isAdministrator", "isActive"];

    public static (UserChanges? Changes, Error? Error) Parse(JsonElement body, bool asAdministrator)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, Error.Validation("$", "The body must be a JSON object."));
        }

        var errors = new Dictionary<string, string[]>();
        var c = new UserChanges();
        foreach (var p in body.EnumerateObject())
        {
            var v = p.Value;
            if (!asAdministrator && AdministratorOnly.Contains(p.Name))
            {
                errors[p.Name] = ["Only an administrator may change this field."];
                continue;
            }

            switch (p.Name)
            {
                case "name":
                    if (v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: >= 1 and <= 200 } name)
                    {
                        c = c with { Name = name };
                    }
                    else
                    {
                        errors[p.Name] = ["The name must be text of 1 to 200 characters."];
                    }

                    break;
                case "locale":
                    if (v.ValueKind == JsonValueKind.String && UserSettings.IsLocale(v.GetString()))
                    {
                        c = c with { Locale = v.GetString() };
                    }
                    else
                    {
                        errors[p.Name] = [UserSettings.LocaleMessage];
                    }

                    break;
                case "timeZone":
                    if (v.ValueKind == JsonValueKind.String && UserSettings.IsTimeZone(v.GetString()))
                    {
                        c = c with { TimeZone = v.GetString() };
                    }
                    else
                    {
                        errors[p.Name] = [UserSettings.TimeZoneMessage];
                    }

                    break;
                case "departmentId":
                    if (v.ValueKind == JsonValueKind.Null)
                    {
                        c = c with { ChangesDepartment = true, DepartmentId = null };
                    }
                    else if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var department) && department > 0)
                    {
                        c = c with { ChangesDepartment = true, DepartmentId = department };
                    }
                    else
                    {
                        errors[p.Name] = ["The value must be a department id or null."];
                    }

                    break;
                case "isAdministrator":
                    if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        c = c with { IsAdministrator = v.GetBoolean() };
                    }
                    else
                    {
                        errors[p.Name] = ["The value must be true or false."];
                    }

                    break;
                case "isActive":
                    if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
                    {
                        c = c with { IsActive = v.GetBoolean() };
                    }
                    else
                    {
                        errors[p.Name] = ["The value must be true or false."];
                    }

                    break;
                default:
                    errors[p.Name] = [ReadOnly.Contains(p.Name) ? "This field is read-only." : "This field is unknown."];
                    break;
            }
        }

        return errors.Count > 0 ? (null, Error.Validation(errors)) : (c, null);
    }
}
