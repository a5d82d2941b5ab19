using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Pipelines;

/// <summary>
/// PUT the order of all stages of a pipeline: every stage exactly once, in-progress stages first, then the won stage,
/// then the lost stages. The stages get the sorts 10, 20, 30, ... in that order.
/// </summary>
public static class ReorderStages
{
    public sealed record Request
    {
        [Required, MaxLength(1000)]
        public IReadOnlyList<long>? StageIds { get; init; }
    }

    public static async Task<Results<Ok<PipelineResponse>, ProblemHttpResult>> Handle(
        long id, Request request, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var pipeline = await db.LoadPipelineAsync(id, ct);
        if (pipeline is null)
        {
            return PipelineErrors.NotFound.ToProblem();
        }

        if (!ETags.Matches(http.Request, pipeline.Version))
        {
            return PipelineErrors.PreconditionFailed.ToProblem();
        }

        if (Run(pipeline, request.StageIds!) is { } error)
        {
            return error.ToProblem();
        }

        await db.SaveChangesAsync(ct);
        http.Response.Headers.ETag = ETags.Of(pipeline.Version);
        return TypedResults.Ok(PipelineResponse.From(pipeline, RequestLanguage.Of(http)));
    }

    /// <summary>Reorders the stages of a loaded pipeline; a real change bumps the pipeline's version.</summary>
    public static Error? Run(Pipeline pipeline, IReadOnlyList<long> stageIds)
    {
        var byId = pipeline.Stages.ToDictionary(s => s.Id);
        if (stageIds.Count != byId.Count || stageIds.Distinct().Count() != stageIds.Count || !stageIds.All(byId.ContainsKey))
        {
            return PipelineErrors.StageListMismatch;
        }

        var ordered = stageIds.Select(s => byId[s]).ToList();
        if (!StageRules.InOrder(ordered.Select(s => s.Semantic)))
        {
            return PipelineErrors.StageOrder;
        }

        var before = ordered.Select(s => s.Sort).ToList();
        StageRules.Renumber(ordered);
        if (!before.SequenceEqual(ordered.Select(s => s.Sort)))
        {
            // The order is part of the pipeline's state: its version must move, and be checked, with it.
            pipeline.BumpVersion();
        }

        return null;
    }
}
