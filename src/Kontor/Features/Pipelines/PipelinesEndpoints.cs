using Kontor.Features.Access;

namespace Kontor.Features.Pipelines;

public static class PipelinesEndpoints
{
    /// <summary>Pipelines and their stages. The board (<c>/{id}/board</c>) lives with the deals it shows.</summary>
    public static RouteGroupBuilder MapPipelines(this IEndpointRouteBuilder app)
    {
        var pipelines = app.MapGroup("/api/v1/pipelines").WithTags("Pipelines").RequireAuthorization();
        pipelines.MapGet("/", ListPipelines.Handle);
        pipelines.MapPost("/", CreatePipeline.Handle).RequireRight(RequireRightExtensions.MayManagePipelines, PipelineErrors.ManageRequired);
        pipelines.MapGet("/{id:long}", GetPipeline.Handle).WithName(nameof(GetPipeline));
        pipelines.MapPatch("/{id:long}", UpdatePipeline.Handle).RequireRight(RequireRightExtensions.MayManagePipelines, PipelineErrors.ManageRequired);
        pipelines.MapDelete("/{id:long}", DeletePipeline.Handle).RequireRight(RequireRightExtensions.MayManagePipelines, PipelineErrors.ManageRequired);
        pipelines.MapPost("/{id:long}/stages", AddStage.Handle).RequireRight(RequireRightExtensions.MayManagePipelines, PipelineErrors.ManageRequired);
        pipelines.MapPut("/{id:long}/stages/order", ReorderStages.Handle).RequireRight(RequireRightExtensions.MayManagePipelines, PipelineErrors.ManageRequired);
        pipelines.MapGet("/{id:long}/stages/{stageId:long}", GetStage.Handle).WithName(nameof(GetStage));
        pipelines.MapPatch("/{id:long}/stages/{stageId:long}", UpdateStage.Handle).RequireRight(RequireRightExtensions.MayManagePipelines, PipelineErrors.ManageRequired);
        pipelines.MapDelete("/{id:long}/stages/{stageId:long}", DeleteStage.Handle).RequireRight(RequireRightExtensions.MayManagePipelines, PipelineErrors.ManageRequired);
        return pipelines;
    }
}
