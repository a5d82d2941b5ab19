using System.ComponentModel.DataAnnotations;
using Kontor.Features.Users;

namespace Kontor.Ui.Access;

/// <summary>
/// The form of a new or changed user. Checks what a person can fix before anything is sent (the slice core checks
/// again): a name, an e-mail address, for a new user a password that meets the password rules, and at least one role
/// for anyone who is not an administrator (without a role a user sees nothing).
/// </summary>
public sealed class UserForm
{
    public const int MinPasswordLength = 8;

    private UserResponse? _original;

    public long? Id => _original?.Id;

    public bool IsNew => _original is null;

    public string Name { get; set; } = "";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public long? DepartmentId { get; set; }

    public bool IsAdministrator { get; set; }

    public HashSet<long> RoleIds { get; } = [];

    public static UserForm ForNew() => new();

    public static UserForm From(UserResponse user)
    {
        var form = new UserForm
        {
            _original = user,
            Name = user.Name,
            Email = user.Email,
            DepartmentId = user.DepartmentId,
            IsAdministrator = user.IsAdministrator,
        };
        form.RoleIds.UnionWith(user.RoleIds);
        return form;
    }

    public void Toggle(long roleId, bool held)
    {
        if (held)
        {
            RoleIds.Add(roleId);
        }
        else
        {
            RoleIds.Remove(roleId);
        }
    }

    /// <summary>The resource key of the first thing to fix, or null.</summary>
    public string? Check()
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            return "Enter a name.";
        }

        if (string.IsNullOrWhiteSpace(Email) || (IsNew && !new EmailAddressAttribute().IsValid(Email.Trim())))
        {
            return "Enter a valid e-mail address.";
        }

        if (IsNew && PasswordProblem(Password) is { } weak)
        {
            return weak;
        }

        return RoleIds.Count == 0 && !IsAdministrator ? "Choose at least one role." : null;
    }

    /// <summary>Identity's rules as the app sets them: 8 characters with a digit and a lower-case letter.</summary>
    public static string? PasswordProblem(string password) =>
        password.Length < MinPasswordLength || !password.Any(char.IsAsciiDigit) || !password.Any(char.IsLower)
            ? "The password needs at least 8 characters, with a digit and a lower-case letter."
            : null;

    public CreateUser.Request ToCreate() => new()
    {
        Name = Name.Trim(),
        Email = Email.Trim(),
        Password = Password,
        DepartmentId = DepartmentId,
        RoleIds = [.. RoleIds.Order()],
    };

    /// <summary>
    /// Only what changed: the core refuses a user's own administrator right being set to false even when it already
    /// is, so unchanged flags are left out.
    /// </summary>
    public UserChanges ToChanges()
    {
        var original = _original ?? throw new InvalidOperationException("A new user has no changes.");
        return new UserChanges
        {
            Name = Name.Trim() == original.Name ? null : Name.Trim(),
            ChangesDepartment = DepartmentId != original.DepartmentId,
            DepartmentId = DepartmentId,
            IsAdministrator = IsAdministrator == original.IsAdministrator ? null : IsAdministrator,
            RoleIds = RoleIds.SetEquals(original.RoleIds) ? null : [.. RoleIds.Order()],
        };
    }
}
