using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Pipelines;

/// <summary>Deletes a pipeline and its stages; the default pipeline and a pipeline that holds deals are refused.</summary>
public static class DeletePipeline
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var pipeline = await db.Set<Pipeline>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pipeline is null)
        {
            return PipelineErrors.NotFound.ToProblem();
        }

        if (!ETags.Matches(http.Request, pipeline.Version))
        {
            return PipelineErrors.PreconditionFailed.ToProblem();
        }

        if (await RunAsync(db, pipeline, ct) is { } error)
        {
            return error.ToProblem();
        }

        return TypedResults.NoContent();
    }

    public static async Task<Error?> RunAsync(KontorDb db, Pipeline pipeline, CancellationToken ct)
    {
        if (pipeline.IsDefault)
        {
            return PipelineErrors.IsDefault;
        }

        var deals = await db.Set<Deal>().IgnoreQueryFilters().CountAsync(d => d.PipelineId == pipeline.Id, ct);
        if (deals > 0)
        {
            return PipelineErrors.HasDeals(deals);
        }

        db.Remove(pipeline);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // A deal created in the pipeline meanwhile makes the database refuse the delete (its keys restrict it).
            deals = await db.Set<Deal>().IgnoreQueryFilters().CountAsync(d => d.PipelineId == pipeline.Id, ct);
            if (deals == 0)
            {
                throw;
            }

            return PipelineErrors.HasDeals(deals);
        }

        return null;
    }
}
