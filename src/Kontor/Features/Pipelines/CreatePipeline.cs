using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Pipelines;

/// <summary>Creates a pipeline with the starter stages, whose codes carry the new pipeline's prefix (<c>C{id}:NEW</c>).</summary>
public static class CreatePipeline
{
    public sealed record Request
    {
        [Required, StringLength(StageRules.MaxNameLength, MinimumLength = 1)]
        public string Name { get; init; } = "";

        [Range(0, StageRules.MaxSort)]
        public int? Sort { get; init; }
    }

    public static async Task<Results<CreatedAtRoute<PipelineResponse>, ProblemHttpResult>> Handle(
        Request request, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var (pipeline, error) = await RunAsync(db, request, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(pipeline!.Version);
        return TypedResults.CreatedAtRoute(PipelineResponse.From(pipeline, RequestLanguage.Of(http)), nameof(GetPipeline), new { id = pipeline.Id });
    }

    /// <summary>The use case, for every surface that creates pipelines.</summary>
    public static async Task<(Pipeline? Pipeline, Error? Error)> RunAsync(KontorDb db, Request request, CancellationToken ct)
    {
        var name = request.Name.Trim();
        if (name.Length == 0)
        {
            return (null, Error.Validation("name", "The name must not be blank."));
        }

        // The stage codes need the pipeline's id, so the pipeline is saved first; one transaction keeps the two saves whole.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var pipeline = new Pipeline { Name = name, Sort = request.Sort ?? 500 };
        db.Add(pipeline);
        await db.SaveChangesAsync(ct);

        foreach (var stage in DefaultPipeline.StagesForNewPipeline())
        {
            stage.Code = pipeline.CodePrefix + stage.Code;
            pipeline.Stages.Add(stage);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (pipeline, null);
    }
}
