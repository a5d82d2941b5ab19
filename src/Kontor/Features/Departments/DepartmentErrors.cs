using Kontor.Common;

namespace Kontor.Features.Departments;

public static class DepartmentErrors
{
    public static readonly Error NotFound = Error.NotFound("departments", "department");

    public static readonly Error AdminRequired =
        new("departments.admin_required", "Your role does not allow creating, changing or deleting departments.", StatusCodes.Status403Forbidden);

    public static readonly Error ParentNotFound = new("departments.parent_not_found", "The parent department does not exist.");

    public static readonly Error HeadNotFound = new("departments.head_not_found", "The head of the department does not exist or is deactivated.");

    public static readonly Error Cycle =
        new("departments.cycle", "A department cannot be moved under itself or one of its own sub-departments.");

    public static readonly Error HasChildren =
        new("departments.has_children", "The department has sub-departments; move or delete them first.", StatusCodes.Status409Conflict);

    public static readonly Error HasUsers =
        new("departments.has_users", "Users (active or deactivated) belong to the department; move them first.", StatusCodes.Status409Conflict);
}
