using Kontor.Common;

namespace Kontor.Features.Access;

public static class RoleErrors
{
    public static readonly Error NotFound = Error.NotFound("roles", "role");

    public static readonly Error ManageRequired =
        new("roles.manage_required", "Your role does not allow managing roles.", StatusCodes.Status403Forbidden);

    public static readonly Error NameTaken = new("roles.name_taken", "Another role has this name.", StatusCodes.Status409Conflict);

    public static readonly Error InUse =
        new("roles.in_use", "Users hold this role; give them another role first.", StatusCodes.Status409Conflict);

    public static readonly Error PipelineNotFound = new("roles.pipeline_not_found", "One of the pipelines does not exist.");

    public static readonly Error StageNotFound = new("roles.stage_not_found", "One of the stages does not exist or belongs to another pipeline.");

    public static readonly Error RoleNotFound = new("users.role_not_found", "One of the roles does not exist.");

    public static readonly Error PreconditionFailed =
        new("concurrency.precondition_failed", "The role was changed meanwhile; read it again and retry.", StatusCodes.Status412PreconditionFailed);
}
