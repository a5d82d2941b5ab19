using Kontor.Features.Access;

namespace Kontor.Features.Departments;

public static class DepartmentsEndpoints
{
    public static RouteGroupBuilder MapDepartments(this IEndpointRouteBuilder app)
    {
        var departments = app.MapGroup("/api/v1/departments").WithTags("Departments").RequireAuthorization();
        departments.MapGet("/", ListDepartments.Handle);
        departments.MapGet("/tree", ListDepartments.Tree);
        departments.MapGet("/{id:long}", GetDepartment.Handle).WithName(nameof(GetDepartment));
        departments.MapPost("/", CreateDepartment.Handle).RequireRight(RequireRightExtensions.MayManageAccess, DepartmentErrors.AdminRequired);
        departments.MapPatch("/{id:long}", UpdateDepartment.Handle).RequireRight(RequireRightExtensions.MayManageAccess, DepartmentErrors.AdminRequired);
        departments.MapDelete("/{id:long}", DeleteDepartment.Handle).RequireRight(RequireRightExtensions.MayManageAccess, DepartmentErrors.AdminRequired);
        return departments;
    }
}
