using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Pipelines;

/// <summary>
/// Deletes a stage. The won stage, the last in-progress stage and the last lost stage stay; a stage that holds deals is
/// refused until they are moved (no cascade).
/// </summary>
public static class DeleteStage
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(
        long id, long stageId, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var pipeline = await db.LoadPipelineAsync(id, ct);
        if (pipeline is null)
        {
            return PipelineErrors.NotFound.ToProblem();
        }

        var stage = pipeline.Stages.FirstOrDefault(s => s.Id == stageId);
        if (stage is null)
        {
            return PipelineErrors.StageNotFound.ToProblem();
        }

        if (!ETags.Matches(http.Request, pipeline.Version))
        {
            return PipelineErrors.PreconditionFailed.ToProblem();
        }

        if (await RunAsync(db, pipeline, stage, ct) is { } error)
        {
            return error.ToProblem();
        }

        return TypedResults.NoContent();
    }

    public static async Task<Error?> RunAsync(KontorDb db, Pipeline pipeline, Stage stage, CancellationToken ct)
    {
        var left = pipeline.Stages.Count(s => s.Semantic == stage.Semantic);
        switch (stage.Semantic)
        {
            case StageSemantic.Won:
                return PipelineErrors.NeedsWonStage;
            case StageSemantic.InProgress when left == 1:
                return PipelineErrors.NeedsInProgressStage;
            case StageSemantic.Lost when left == 1:
                return PipelineErrors.NeedsLostStage;
        }

        var deals = await db.Set<Deal>().IgnoreQueryFilters().CountAsync(d => d.StageId == stage.Id, ct);
        if (deals > 0)
        {
            return PipelineErrors.StageHasDeals(deals);
        }

        db.Remove(stage);

        // A removed stage row leaves the pipeline row untouched; bumping its version makes the save check and advance it.
        pipeline.BumpVersion();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // A deal moved onto the stage meanwhile makes the database refuse the delete (its key restricts it).
            deals = await db.Set<Deal>().IgnoreQueryFilters().CountAsync(d => d.StageId == stage.Id, ct);
            if (deals == 0)
            {
                throw;
            }

            return PipelineErrors.StageHasDeals(deals);
        }

        return null;
    }
}
