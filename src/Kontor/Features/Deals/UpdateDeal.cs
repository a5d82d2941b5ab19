using System.Globalization;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Pipelines;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

/// <summary>
/// PATCH: a JSON object with any writable fields (merge-patch). A field that is present is changed, <c>null</c>
/// clears it where it may be empty; unknown and read-only fields are refused. Moving the stage or pipeline follows the
/// deal's rules. <c>If-Match</c> with a stale ETag is 412; a concurrent change found on save is 409.
/// </summary>
public static class UpdateDeal
{
    public static async Task<Results<Ok<DealResponse>, ProblemHttpResult>> Handle(
        long id, JsonElement body, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var patch = Parse(body);
        if (patch.Error is { } invalid)
        {
            return invalid.ToProblem();
        }

        var deal = await db.LoadDealAsync(id, ct, withRows: patch.Changes!.Amount is { Value: null });
        if (deal is null)
        {
            return DealErrors.NotFound.ToProblem();
        }

        if (!ETags.Matches(http.Request, deal.Version))
        {
            return DealErrors.PreconditionFailed.ToProblem();
        }

        if (await RunAsync(db, deal, patch.Changes, patch.PipelineId, patch.StageId, http.User.Id(), clock, ct) is { } error)
        {
            return error.ToProblem();
        }

        await db.SaveChangesAsync(ct);
        http.Response.Headers.ETag = ETags.Of(deal.Version);
        return TypedResults.Ok(DealResponse.From(deal));
    }

    /// <summary>Applies a change to a loaded deal: references checked, pipeline and stage moves first, then fields.</summary>
    public static async Task<Error?> RunAsync(
        KontorDb db, Deal deal, DealChanges changes, long? pipelineId, long? stageId, long userId, TimeProvider clock, CancellationToken ct)
    {
        var users = new List<long>();
        if (changes.ResponsibleId is { } r)
        {
            users.Add(r.Value);
        }

        users.AddRange(changes.ObserverIds ?? []);
        if (await DealReferences.CheckAsync(db, changes.CurrencyCode?.Value, changes.CompanyId?.Value, changes.ContactIds, users, ct) is { } refError)
        {
            return refError;
        }

        var begin = changes.BeginDate?.Value ?? deal.BeginDate;
        var close = changes.CloseDate?.Value ?? deal.CloseDate;
        if ((changes.BeginDate is not null || changes.CloseDate is not null) && close < begin)
        {
            return Error.Validation("closeDate", "The close date must not be before the begin date.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (pipelineId is { } pid && pid != deal.PipelineId)
        {
            var pipeline = await db.Set<Pipeline>().Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == pid, ct);
            if (pipeline is null)
            {
                return DealErrors.PipelineNotFound;
            }

            deal.MoveToPipeline(pipeline, userId, now);
        }

        if (stageId is { } sid)
        {
            var stage = await db.Set<Stage>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == sid, ct);
            if (stage is null)
            {
                return DealErrors.StageNotFound;
            }

            if (deal.MoveTo(stage, userId, now) is { } moveError)
            {
                return moveError;
            }
        }

        deal.Change(changes, userId, now);
        return null;
    }

    private static readonly HashSet<string> ReadOnly =
    [
        "id", "stageSemantic", "isClosed", "isManualAmount", "taxValue", "createdAt", "createdById", "updatedAt",
        "updatedById", "movedAt", "movedById", "closedAt", "closedById", "version",
    ];

    public sealed record Patch(DealChanges? Changes, long? PipelineId, long? StageId, Error? Error);

    /// <summary>Reads a merge-patch body field by field, collecting every error with its field name.</summary>
    public static Patch Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return new(null, null, null, Error.Validation("$", "The body must be a JSON object."));
        }

        var errors = new Dictionary<string, string[]>();
        var c = new DealChanges();
        long? pipelineId = null, stageId = null;
        foreach (var p in body.EnumerateObject())
        {
            var v = p.Value;
            var ok = true;
            switch (p.Name)
            {
                case "title":
                    ok = Text(v, 1, 255, nullable: false, out var title);
                    if (ok)
                    {
                        c = c with { Title = Optional.Of(title!.Trim()) };
                    }

                    break;
                case "pipelineId":
                    ok = Id(v, out var pipe);
                    pipelineId = pipe;
                    break;
                case "stageId":
                    ok = Id(v, out var stage);
                    stageId = stage;
                    break;
                case "currency":
                    ok = Text(v, 3, 3, nullable: false, out var currency) && currency!.All(char.IsAsciiLetterUpper);
                    if (ok)
                    {
                        c = c with { CurrencyCode = Optional.Of(currency!) };
                    }

                    break;
                case "amount":
                    ok = v.ValueKind == JsonValueKind.Null || (v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var a) && a is >= 0m and <= Money.MaxAmount);
                    if (ok)
                    {
                        c = c with { Amount = Optional.Of<decimal?>(v.ValueKind == JsonValueKind.Null ? null : v.GetDecimal()) };
                    }

                    break;
                case "probability":
                    ok = v.ValueKind == JsonValueKind.Null || (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var pr) && pr is >= 0 and <= 100);
                    if (ok)
                    {
                        c = c with { Probability = Optional.Of<int?>(v.ValueKind == JsonValueKind.Null ? null : v.GetInt32()) };
                    }

                    break;
                case "companyId":
                    ok = v.ValueKind == JsonValueKind.Null || Id(v, out _);
                    if (ok)
                    {
                        c = c with { CompanyId = Optional.Of<long?>(v.ValueKind == JsonValueKind.Null ? null : v.GetInt64()) };
                    }

                    break;
                case "responsibleId":
                    ok = Id(v, out var responsible);
                    if (ok)
                    {
                        c = c with { ResponsibleId = Optional.Of(responsible) };
                    }

                    break;
                case "contactIds":
                    ok = Ids(v, out var contacts);
                    if (ok)
                    {
                        c = c with { ContactIds = contacts };
                    }

                    break;
                case "observerIds":
                    ok = Ids(v, out var observers);
                    if (ok)
                    {
                        c = c with { ObserverIds = observers };
                    }

                    break;
                case "beginDate":
                    ok = Date(v, out var beginDate);
                    if (ok)
                    {
                        c = c with { BeginDate = Optional.Of(beginDate) };
                    }

                    break;
                case "closeDate":
                    ok = Date(v, out var closeDate);
                    if (ok)
                    {
                        c = c with { CloseDate = Optional.Of(closeDate) };
                    }

                    break;
                case "sourceId":
                    ok = Text(v, 0, 50, nullable: true, out var source);
                    if (ok)
                    {
                        c = c with { SourceId = Optional.Of(source) };
                    }

                    break;
                case "sourceDescription":
                    ok = Text(v, 0, 2000, nullable: true, out var sourceDescription);
                    if (ok)
                    {
                        c = c with { SourceDescription = Optional.Of(sourceDescription) };
                    }

                    break;
                case "comments":
                    ok = Text(v, 0, 20_000, nullable: true, out var comments);
                    if (ok)
                    {
                        c = c with { Comments = Optional.Of(comments) };
                    }

                    break;
                case "isOpened":
                    ok = v.ValueKind is JsonValueKind.True or JsonValueKind.False;
                    if (ok)
                    {
                        c = c with { IsOpened = Optional.Of(v.GetBoolean()) };
                    }

                    break;
                default:
                    errors[p.Name] = [ReadOnly.Contains(p.Name) ? "This field is read-only." : "This field is unknown."];
                    continue;
            }

            if (!ok)
            {
                errors[p.Name] = ["The value has the wrong type or is out of range."];
            }
        }

        return errors.Count > 0 ? new(null, null, null, Error.Validation(errors)) : new(c, pipelineId, stageId, null);
    }

    private static bool Text(JsonElement v, int min, int max, bool nullable, out string? value)
    {
        value = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (v.ValueKind == JsonValueKind.Null)
        {
            return nullable;
        }

        return value is not null && value.Trim().Length >= min && value.Length <= max;
    }

    private static bool Id(JsonElement v, out long id)
    {
        id = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out id) && id > 0;
    }

    private static bool Ids(JsonElement v, out IReadOnlyList<long>? ids)
    {
        ids = null;
        if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() > 100)
        {
            return false;
        }

        var list = new List<long>();
        foreach (var item in v.EnumerateArray())
        {
            if (!Id(item, out var id))
            {
                return false;
            }

            list.Add(id);
        }

        ids = list;
        return true;
    }

    private static bool Date(JsonElement v, out DateOnly date)
    {
        date = default;
        return v.ValueKind == JsonValueKind.String &&
            DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
