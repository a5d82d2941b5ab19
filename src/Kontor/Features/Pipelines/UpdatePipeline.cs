using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Pipelines;

/// <summary>
/// PATCH: <c>name</c> and/or <c>sort</c> (merge-patch); other fields are refused. <c>If-Match</c> with a stale ETag is
/// 412; a concurrent change found on save is 409.
/// </summary>
public static class UpdatePipeline
{
    public sealed record Changes(string? Name, int? Sort);

    public static async Task<Results<Ok<PipelineResponse>, ProblemHttpResult>> Handle(
        long id, JsonElement body, KontorDb db, HttpContext http, CancellationToken ct)
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

        if (!ETags.Matches(http.Request, pipeline.Version))
        {
            return PipelineErrors.PreconditionFailed.ToProblem();
        }

        Apply(pipeline, changes!);
        await db.SaveChangesAsync(ct);
        http.Response.Headers.ETag = ETags.Of(pipeline.Version);
        return TypedResults.Ok(PipelineResponse.From(pipeline, RequestLanguage.Of(http)));
    }

    public static void Apply(Pipeline pipeline, Changes changes)
    {
        if (changes.Name is { } name)
        {
            pipeline.Name = name;
        }

        if (changes.Sort is { } sort)
        {
            pipeline.Sort = sort;
        }
    }

    private static readonly HashSet<string> ReadOnly = ["id", "isDefault", "version", "stages"];

    public static (Changes? Changes, Error? Error) Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, Error.Validation("$", "The body must be a JSON object."));
        }

        var errors = new Dictionary<string, string[]>();
        var changes = new Changes(null, null);
        foreach (var p in body.EnumerateObject())
        {
            switch (p.Name)
            {
                case "name" when PipelineInputs.Name(p.Value, out var name):
                    changes = changes with { Name = name };
                    break;
                case "sort" when PipelineInputs.Sort(p.Value, out var sort):
                    changes = changes with { Sort = sort };
                    break;
                case "name" or "sort":
                    errors[p.Name] = [PipelineInputs.WrongValue];
                    break;
                default:
                    errors[p.Name] = [ReadOnly.Contains(p.Name) ? "This field is read-only." : "This field is unknown."];
                    break;
            }
        }

        return errors.Count > 0 ? (null, Error.Validation(errors)) : (changes, null);
    }
}
