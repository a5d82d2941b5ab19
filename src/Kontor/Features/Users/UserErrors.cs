using Kontor.Common;

namespace Kontor.Features.Users;

public static class UserErrors
{
    public static readonly Error NotFound = Error.NotFound("users", "user");

    public static readonly Error AdminRequired =
        new("users.admin_required", "Your role does not allow creating or changing users.", StatusCodes.Status403Forbidden);

    public static readonly Error EmailTaken =
        new("users.email_taken", "Another user already has this e-mail address.", StatusCodes.Status409Conflict);

    public static readonly Error AdministratorOnly =
        new("users.administrator_only", "Only an administrator may make someone an administrator or change an administrator's account.", StatusCodes.Status403Forbidden);

    public static readonly Error DepartmentNotFound = new("users.department_not_found", "The department does not exist.");

    public static readonly Error CannotDemoteSelf =
        new("users.cannot_demote_self", "Administrators cannot deactivate themselves or take away their own administrator right.");

    public static readonly Error Conflict =
        new("concurrency.conflict", "The user was changed by someone else meanwhile; read it again and retry.", StatusCodes.Status409Conflict);
}
