using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Pipelines;

/// <summary>
/// Adds an in-progress or lost stage. The code defaults to <c>UC_</c> and six random characters and is stored with the
/// pipeline's prefix. Without a sort an in-progress stage goes right before the won stage and a lost stage goes last.
/// </summary>
public static class AddStage
{
    public sealed record Request : IValidatableObject
    {
        [StringLength(StageRules.MaxPrefixedCodeLength), RegularExpression(StageRules.CodePattern)]
        public string? Code { get; init; }

        /// <summary>The name in both languages; give <c>name</c> or <c>names</c>.</summary>
        [StringLength(StageRules.MaxNameLength)]
        public string? Name { get; init; }

        public StageNamesInput? Names { get; init; }

        /// <summary>Defaults to in progress; a pipeline has exactly one won stage, so <c>won</c> is refused.</summary>
        public StageSemantic? Semantic { get; init; }

        [RegularExpression(StageRules.ColorPattern)]
        public string? Color { get; init; }

        [Range(0, StageRules.MaxSort)]
        public int? Sort { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Name is not null && Names is not null)
            {
                yield return new("Give either name or names, not both.", [nameof(Name)]);
            }
            else if (string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Names?.De) && string.IsNullOrWhiteSpace(Names?.En))
            {
                yield return new("A name is required.", [Names is null ? nameof(Name) : nameof(Names)]);
            }
            else if (Names is { } names && ((names.De is { } de && de.Trim().Length == 0) || (names.En is { } en && en.Trim().Length == 0)))
            {
                yield return new("A name must not be blank.", [nameof(Names)]);
            }
        }
    }

    public static async Task<Results<CreatedAtRoute<StageResponse>, ProblemHttpResult>> Handle(
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

        var (stage, error) = await RunAsync(db, pipeline, request, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(pipeline.Version);
        return TypedResults.CreatedAtRoute(StageResponse.From(stage!, RequestLanguage.Of(http)), nameof(GetStage), new { id, stageId = stage!.Id });
    }

    /// <summary>The use case on a loaded pipeline (with its stages), for every surface that adds stages.</summary>
    public static async Task<(Stage? Stage, Error? Error)> RunAsync(KontorDb db, Pipeline pipeline, Request request, CancellationToken ct)
    {
        var semantic = request.Semantic ?? StageSemantic.InProgress;
        if (semantic == StageSemantic.Won)
        {
            return (null, PipelineErrors.OneWonStage);
        }

        string code;
        if (request.Code is { } given)
        {
            if (!StageRules.TryStoredCode(pipeline, given, out code))
            {
                return (null, PipelineErrors.StageCodePrefix);
            }

            if (StageRules.CodeTaken(pipeline, code))
            {
                return (null, PipelineErrors.StageCodeExists);
            }
        }
        else
        {
            code = StageRules.NewCode(pipeline);
        }

        var de = (request.Name ?? request.Names?.De ?? request.Names?.En)!.Trim();
        var en = (request.Name ?? request.Names?.En ?? request.Names?.De)!.Trim();
        var stage = new Stage
        {
            PipelineId = pipeline.Id,
            Code = code,
            NameDe = de,
            NameEn = en,
            Semantic = semantic,
            Color = request.Color?.ToUpperInvariant() ?? StageRules.DefaultColor(semantic),
        };
        if (request.Sort is { } sort)
        {
            stage.Sort = sort;
            if (!StageRules.InOrder(pipeline.Stages.Append(stage)))
            {
                return (null, PipelineErrors.StageOrder);
            }
        }
        else
        {
            StageRules.Place(pipeline, stage);
        }

        pipeline.Stages.Add(stage);

        // A new stage row alone leaves the pipeline row untouched; bumping its version makes the save check and
        // advance it, so two concurrent stage edits cannot both pass.
        pipeline.BumpVersion();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Another request added the same code meanwhile and the unique index refused this one.
            if (!await db.Set<Stage>().AnyAsync(s => s.PipelineId == pipeline.Id && s.Code == code, ct))
            {
                throw;
            }

            return (null, PipelineErrors.StageCodeExists);
        }

        return (stage, null);
    }
}
