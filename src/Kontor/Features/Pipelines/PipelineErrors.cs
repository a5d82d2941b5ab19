using Kontor.Common;

namespace Kontor.Features.Pipelines;

public static class PipelineErrors
{
    public static readonly Error NotFound = Error.NotFound("pipelines", "pipeline");

    public static readonly Error StageNotFound = Error.NotFound("stages", "stage");

    public static readonly Error ManageRequired =
        new("pipelines.manage_required", "Your role does not allow changing pipelines and stages.", StatusCodes.Status403Forbidden);

    public static readonly Error IsDefault =
        new("pipelines.default", "The default pipeline cannot be deleted.", StatusCodes.Status409Conflict);

    public static Error HasDeals(int count) =>
        new("pipelines.has_deals", $"The pipeline holds {count} deal(s); move or delete them first.", StatusCodes.Status409Conflict);

    public static readonly Error OneWonStage =
        new("pipelines.one_won_stage", "A pipeline has exactly one won stage; add an in-progress or a lost stage instead.");

    public static readonly Error StageCodeExists =
        new("pipelines.stage_code_exists", "The pipeline already has a stage with this code.", StatusCodes.Status409Conflict);

    public static readonly Error StageCodePrefix =
        new("pipelines.stage_code_prefix", "The code carries the prefix of another pipeline.");

    public static readonly Error StageOrder =
        new("pipelines.stage_order", "Stages must be ordered in-progress first, then the won stage, then the lost stages.");

    public static readonly Error StageListMismatch =
        new("pipelines.stage_list_mismatch", "The list must name every stage of the pipeline exactly once.");

    public static Error StageHasDeals(int count) =>
        new("pipelines.stage_has_deals", $"The stage holds {count} deal(s); move them to another stage first.", StatusCodes.Status409Conflict);

    public static readonly Error NeedsWonStage =
        new("pipelines.needs_won_stage", "The won stage cannot be deleted: a pipeline keeps exactly one won stage.");

    public static readonly Error NeedsInProgressStage =
        new("pipelines.needs_in_progress_stage", "The last in-progress stage cannot be deleted: a pipeline keeps at least one.");

    public static readonly Error NeedsLostStage =
        new("pipelines.needs_lost_stage", "The last lost stage cannot be deleted: a pipeline keeps at least one, so deals can be closed as lost.");

    public static readonly Error PreconditionFailed =
        new("concurrency.precondition_failed", "The pipeline was changed meanwhile; read it again and retry.", StatusCodes.Status412PreconditionFailed);
}
