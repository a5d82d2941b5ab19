using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Pipelines;

public static class GetPipeline
{
    public static async Task<Results<Ok<PipelineResponse>, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var pipeline = await db.Set<Pipeline>().AsNoTracking().Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pipeline is null)
        {
            return PipelineErrors.NotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(pipeline.Version);
        return TypedResults.Ok(PipelineResponse.From(pipeline, RequestLanguage.Of(http)));
    }
}
