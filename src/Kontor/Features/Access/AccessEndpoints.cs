namespace Kontor.Features.Access;

public static class AccessEndpoints
{
    /// <summary>Roles: everyone signed in reads them; changing them takes the "manage roles and users" right.</summary>
    public static RouteGroupBuilder MapAccess(this IEndpointRouteBuilder app)
    {
        var roles = app.MapGroup("/api/v1/roles").WithTags("Roles").RequireAuthorization();
        roles.MapGet("/", GetRoles.List);
        roles.MapGet("/{id:long}", GetRoles.Get).WithName("GetRole");
        roles.MapPost("/", SaveRole.Create).RequireRight(RequireRightExtensions.MayManageAccess, RoleErrors.ManageRequired);
        roles.MapPut("/{id:long}", SaveRole.Replace).RequireRight(RequireRightExtensions.MayManageAccess, RoleErrors.ManageRequired);
        roles.MapDelete("/{id:long}", SaveRole.Delete).RequireRight(RequireRightExtensions.MayManageAccess, RoleErrors.ManageRequired);
        return roles;
    }
}
