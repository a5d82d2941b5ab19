using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Pipelines;

/// <summary>
/// PATCH a stage: <c>name</c> (both languages) or <c>names</c> (one or both), <c>color</c>, <c>sort</c> (must keep the
/// stage order). Code and semantic never change. <c>If-Match</c> compares with the pipeline's version.
/// </summary>
public static class UpdateStage
{
    public sealed record Changes(string? NameDe, string? NameEn, string? Color, int? Sort);

    public static async Task<Results<Ok<StageResponse>, ProblemHttpResult>> Handle(
        long id, long stageId, JsonElement body, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var (changes, invalid) = Parse(body);
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }

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

        if (Apply(pipeline, stage, changes!) is { } error)
        {
            return error.ToProblem();
        }

        await db.SaveChangesAsync(ct);
        http.Response.Headers.ETag = ETags.Of(pipeline.Version);
        return TypedResults.Ok(StageResponse.From(stage, RequestLanguage.Of(http)));
    }

    /// <summary>Applies the changes to a stage of a loaded pipeline; a real change bumps the pipeline's version.</summary>
    public static Error? Apply(Pipeline pipeline, Stage stage, Changes changes)
    {
        if (changes.Sort is { } sort && !StageRules.InOrder(pipeline.Stages.Select(s => (s.Semantic, s == stage ? sort : s.Sort))))
        {
            return PipelineErrors.StageOrder;
        }

        var before = (stage.NameDe, stage.NameEn, stage.Color, stage.Sort);
        stage.NameDe = changes.NameDe ?? stage.NameDe;
        stage.NameEn = changes.NameEn ?? stage.NameEn;
        stage.Color = changes.Color ?? stage.Color;
        stage.Sort = changes.Sort ?? stage.Sort;
        if (before != (stage.NameDe, stage.NameEn, stage.Color, stage.Sort))
        {
            // The stage is part of the pipeline's state: its version must move, and be checked, with it.
            pipeline.BumpVersion();
        }

        return null;
    }

    private static readonly HashSet<string> Immutable = ["code", "semantic"];

    private static readonly HashSet<string> ReadOnly = ["id"];

    public static (Changes? Changes, Error? Error) Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, Error.Validation("$", "The body must be a JSON object."));
        }

        var errors = new Dictionary<string, string[]>();
        var changes = new Changes(null, null, null, null);
        foreach (var p in body.EnumerateObject())
        {
            switch (p.Name)
            {
                case "name" when PipelineInputs.Name(p.Value, out var name):
                    changes = changes with { NameDe = name, NameEn = name };
                    break;
                case "names" when PipelineInputs.Names(p.Value, out var de, out var en):
                    changes = changes with { NameDe = de, NameEn = en };
                    break;
                case "color" when PipelineInputs.Color(p.Value, out var color):
                    changes = changes with { Color = color };
                    break;
                case "sort" when PipelineInputs.Sort(p.Value, out var sort):
                    changes = changes with { Sort = sort };
                    break;
                case "name" or "names" or "color" or "sort":
                    errors[p.Name] = [PipelineInputs.WrongValue];
                    break;
                default:
                    errors[p.Name] = [
                        Immutable.Contains(p.Name) ? "This field cannot be changed."
                        : ReadOnly.Contains(p.Name) ? "This field is read-only."
                        : "This field is unknown."];
                    break;
            }
        }

        if (body.TryGetProperty("name", out _) && body.TryGetProperty("names", out _))
        {
            errors["name"] = ["Give either name or names, not both."];
        }

        return errors.Count > 0 ? (null, Error.Validation(errors)) : (changes, null);
    }
}
