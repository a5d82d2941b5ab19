using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Pipelines;

/// <summary>One stage; its ETag is the pipeline's version, which every stage write checks and bumps.</summary>
public static class GetStage
{
    public static async Task<Results<Ok<StageResponse>, ProblemHttpResult>> Handle(
        long id, long stageId, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var version = await db.Set<Pipeline>().Where(p => p.Id == id).Select(p => (int?)p.Version).FirstOrDefaultAsync(ct);
        if (version is null)
        {
            return PipelineErrors.NotFound.ToProblem();
        }

        var stage = await db.Set<Stage>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == stageId && s.PipelineId == id, ct);
        if (stage is null)
        {
            return PipelineErrors.StageNotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(version.Value);
        return TypedResults.Ok(StageResponse.From(stage, RequestLanguage.Of(http)));
    }
}
