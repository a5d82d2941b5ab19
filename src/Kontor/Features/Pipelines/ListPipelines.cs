using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Pipelines;

/// <summary>All pipelines by sort, then id, each with its stages in order. There are few, so there is no paging.</summary>
public static class ListPipelines
{
    public static async Task<Ok<PipelineList>> Handle(KontorDb db, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await RunAsync(db, RequestLanguage.Of(http), ct));

    /// <summary>The list for every surface, stage names in <paramref name="language"/> (<c>de</c> or <c>en</c>).</summary>
    public static async Task<PipelineList> RunAsync(KontorDb db, string language, CancellationToken ct)
    {
        var pipelines = await db.Set<Pipeline>().AsNoTracking().Include(p => p.Stages)
            .OrderBy(p => p.Sort).ThenBy(p => p.Id)
            .ToListAsync(ct);
        return new PipelineList(pipelines.Select(p => PipelineResponse.From(p, language)).ToList());
    }
}
