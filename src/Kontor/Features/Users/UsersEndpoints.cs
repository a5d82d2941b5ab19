using Kontor.Features.Access;

namespace Kontor.Features.Users;

public static class UsersEndpoints
{
    public static RouteGroupBuilder MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/v1/users").WithTags("Users").RequireAuthorization();
        users.MapGet("/", ListUsers.Handle);
        users.MapGet("/me", GetUser.Me);
        users.MapPatch("/me", UpdateMe.Handle);
        users.MapGet("/{id:long}", GetUser.Handle).WithName(nameof(GetUser));
        users.MapPost("/", CreateUser.Handle).RequireRight(RequireRightExtensions.MayManageAccess, UserErrors.AdminRequired);
        users.MapPatch("/{id:long}", UpdateUser.Handle).RequireRight(RequireRightExtensions.MayManageAccess, UserErrors.AdminRequired);
        users.MapPost("/{id:long}/password", ResetPassword.Handle).RequireRight(RequireRightExtensions.MayManageAccess, UserErrors.AdminRequired);
        return users;
    }
}
