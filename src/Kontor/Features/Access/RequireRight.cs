using Kontor.Common;
using Kontor.Data;

namespace Kontor.Features.Access;

/// <summary>
/// Guards an endpoint with a right of the signed-in user's roles (managing pipelines, custom fields, users and roles;
/// changing the catalog). A filter rather than a policy, so that the refusal carries the feature's own problem code; a
/// body that cannot be read or fails its shape rules is refused with 400 before the filter runs.
/// </summary>
public static class RequireRightExtensions
{
    public static RouteHandlerBuilder RequireRight(this RouteHandlerBuilder route, Func<AccessScope, bool> right, Error refusal) =>
        route.AddEndpointFilter(async (context, next) =>
            right(context.HttpContext.RequestServices.GetRequiredService<KontorDb>().Access) ? await next(context) : refusal.ToProblem());

    public static bool MayManagePipelines(AccessScope access) => access.ManagePipelines;

    public static bool MayManageCustomFields(AccessScope access) => access.ManageCustomFields;

    public static bool MayManageAccess(AccessScope access) => access.ManageAccess;

    /// <summary>The catalog has no owners: a reach other than none allows the action on every product.</summary>
    public static Func<AccessScope, bool> MayOnProducts(AccessAction action) => access => access.ReachOf(RecordType.Product, action) != Reach.None;
}
