using Kontor.Common;

namespace Kontor.Features.Users;

/// <summary>
/// Until roles exist, every signed-in user may read people and departments and only administrators may change them.
/// The check is a filter rather than a policy so that the refusal carries the feature's own problem code; a body that
/// cannot be read or fails its shape rules is refused with 400 before the filter runs.
/// </summary>
public static class UsersPermissions
{
    public static RouteHandlerBuilder RequireAdministrator(this RouteHandlerBuilder route, Error refusal) =>
        route.AddEndpointFilter(async (context, next) =>
            context.HttpContext.User.IsAdministrator() ? await next(context) : refusal.ToProblem());
}
