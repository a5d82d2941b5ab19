using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Currencies;
using Kontor.Features.CustomFields;
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
        return TypedResults.Ok(await (await DealResponse.From(deal).WithIncompleteAsync(db, ct)).WithActivitiesAsync(db, clock, ct));
    }

    /// <summary>Applies a change to a loaded deal: references checked, pipeline and stage moves first, then fields.</summary>
    public static async Task<Error?> RunAsync(
        KontorDb db, Deal deal, DealChanges changes, long? pipelineId, long? stageId, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (DealAccess.CheckBefore(db.Access, deal, movesStage: stageId is { } target && target != deal.StageId) is { } refused)
        {
            return refused;
        }

        var (stageBefore, responsibleBefore) = (deal.StageId, deal.ResponsibleId);
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

        string? customFields = null;
        if (changes.CustomFields is { } customPatch)
        {
            var merged = await CustomFieldValidator.MergeAsync(db, CustomFieldEntity.Deal, deal.CustomFields, customPatch, pipelineId ?? deal.PipelineId, ct);
            if (merged.Error is { } customError)
            {
                return customError;
            }

            customFields = merged.Json;
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

        // The same right must hold for the deal as it is after the change: a stage the role may not enter, or a
        // responsible outside its reach, refuses the whole change (the caller saves nothing).
        deal.Change(changes, userId, now, customFields);
        return DealAccess.CheckOutcome(db.Access, deal, stageBefore != deal.StageId, responsibleBefore != deal.ResponsibleId);
    }

    public sealed record Patch(DealChanges? Changes, long? PipelineId, long? StageId, Error? Error);

    /// <summary>Reads a merge-patch body field by field, collecting every error with its field name.</summary>
    public static Patch Parse(JsonElement body)
    {
        var patch = new PatchReader<Draft>(body);
        patch.Text("title", 255, (d, v) => d.Changes = d.Changes with { Title = Optional.Of(v!) }, required: true);
        patch.Id("pipelineId", (d, v) => d.PipelineId = v);
        patch.Id("stageId", (d, v) => d.StageId = v);
        patch.TextWhere("currency", CurrencyWrites.IsCode, (d, v) => d.Changes = d.Changes with { CurrencyCode = Optional.Of(v) });
        patch.NumberOrNull("amount", 0m, Money.MaxAmount, (d, v) => d.Changes = d.Changes with { Amount = Optional.Of(v) });
        patch.WholeNumberOrNull("probability", 0, 100, (d, v) => d.Changes = d.Changes with { Probability = Optional.Of(v) });
        patch.IdOrNull("companyId", (d, v) => d.Changes = d.Changes with { CompanyId = Optional.Of(v) });
        patch.Id("responsibleId", (d, v) => d.Changes = d.Changes with { ResponsibleId = Optional.Of(v) });
        patch.Ids("contactIds", 100, (d, v) => d.Changes = d.Changes with { ContactIds = v }, distinct: false);
        patch.Ids("observerIds", 100, (d, v) => d.Changes = d.Changes with { ObserverIds = v }, distinct: false);
        patch.Date("beginDate", (d, v) => d.Changes = d.Changes with { BeginDate = Optional.Of(v) });
        patch.Date("closeDate", (d, v) => d.Changes = d.Changes with { CloseDate = Optional.Of(v) });
        patch.RawText("sourceId", 50, (d, v) => d.Changes = d.Changes with { SourceId = Optional.Of(v) });
        patch.RawText("sourceDescription", 2000, (d, v) => d.Changes = d.Changes with { SourceDescription = Optional.Of(v) });
        patch.RawText("comments", 20_000, (d, v) => d.Changes = d.Changes with { Comments = Optional.Of(v) });
        patch.Bool("isOpened", (d, v) => d.Changes = d.Changes with { IsOpened = Optional.Of(v) });
        patch.Field("customFields", (v, path) => CustomFieldPatch.Read(patch, v, path) is { } values
            ? d => d.Changes = d.Changes with { CustomFields = values }
            : null);
        patch.ReadOnly(
            "id", "stageSemantic", "isClosed", "isManualAmount", "taxValue", "createdAt", "createdById", "updatedAt",
            "updatedById", "movedAt", "movedById", "closedAt", "closedById", "version", "incompleteFields");
        if (patch.Finish() is { } error)
        {
            return new(null, null, null, error);
        }

        var draft = new Draft();
        patch.ApplyTo(draft);
        return new(draft.Changes, draft.PipelineId, draft.StageId, null);
    }

    /// <summary>A patch while it is read.</summary>
    private sealed class Draft
    {
        public DealChanges Changes { get; set; } = new();

        public long? PipelineId { get; set; }

        public long? StageId { get; set; }
    }
}
