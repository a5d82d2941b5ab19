using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.CustomFields;
using Kontor.Features.Pipelines;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

public static class CreateDeal
{
    public sealed record Request
    {
        [Required, StringLength(255, MinimumLength = 1)]
        public string Title { get; init; } = "";

        /// <summary>Defaults to the default pipeline.</summary>
        public long? PipelineId { get; init; }

        /// <summary>Defaults to the pipeline's first stage.</summary>
        public long? StageId { get; init; }

        [RegularExpression("^[A-Z]{3}$")]
        public string? Currency { get; init; }

        /// <summary>A manual amount; leave it out to let the amount follow the product rows.</summary>
        [Range(typeof(decimal), "0", "100000000000000")]
        public decimal? Amount { get; init; }

        [Range(0, 100)]
        public int? Probability { get; init; }

        public long? CompanyId { get; init; }

        [MaxLength(100)]
        public IReadOnlyList<long>? ContactIds { get; init; }

        public long? ResponsibleId { get; init; }

        [MaxLength(100)]
        public IReadOnlyList<long>? ObserverIds { get; init; }

        public DateOnly? BeginDate { get; init; }

        public DateOnly? CloseDate { get; init; }

        [StringLength(50)]
        public string? SourceId { get; init; }

        [StringLength(2000)]
        public string? SourceDescription { get; init; }

        [StringLength(20_000)]
        public string? Comments { get; init; }

        public bool? IsOpened { get; init; }

        [MaxLength(500)]
        public IReadOnlyList<DealProducts.RowInput>? Products { get; init; }

        /// <summary>Custom field values by code; fields not given get their default.</summary>
        [MaxLength(1000)]
        public IReadOnlyDictionary<string, JsonElement>? CustomFields { get; init; }
    }

    public static async Task<Results<CreatedAtRoute<DealResponse>, ProblemHttpResult>> Handle(
        Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (deal, error) = await RunAsync(db, request, http.User.Id(), clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(deal!.Version);
        return TypedResults.CreatedAtRoute(await DealResponse.From(deal).WithIncompleteAsync(db, ct), nameof(GetDeal), new { id = deal.Id });
    }

    /// <summary>The use case, for every surface that creates deals (API, UI, intake, dialect).</summary>
    public static async Task<(Deal? Deal, Error? Error)> RunAsync(KontorDb db, Request request, long userId, TimeProvider clock, CancellationToken ct)
    {
        var pipeline = await db.Set<Pipeline>().Include(p => p.Stages)
            .Where(p => request.PipelineId == null ? p.IsDefault : p.Id == request.PipelineId)
            .FirstOrDefaultAsync(ct);
        if (pipeline is null)
        {
            return (null, DealErrors.PipelineNotFound);
        }

        Stage stage;
        if (request.StageId is { } stageId)
        {
            var found = pipeline.Stages.FirstOrDefault(s => s.Id == stageId);
            if (found is null)
            {
                return (null, await db.Set<Stage>().AnyAsync(s => s.Id == stageId, ct) ? DealErrors.StageOfAnotherPipeline : DealErrors.StageNotFound);
            }

            stage = found;
        }
        else
        {
            stage = pipeline.FirstStage;
        }

        var currency = request.Currency ?? (await Currencies.CurrencyRates.LoadAsync(db, ct)).Base.Code;
        var users = (request.ObserverIds ?? []).Append(request.ResponsibleId ?? userId).ToList();
        if (await DealReferences.CheckAsync(db, currency, request.CompanyId, request.ContactIds, users, ct) is { } refError)
        {
            return (null, refError);
        }

        if (request.BeginDate is { } begin && request.CloseDate is { } close && close < begin)
        {
            return (null, Error.Validation("closeDate", "The close date must not be before the begin date."));
        }

        var (customFields, customError) = await CustomFieldValidator.ForNewAsync(db, CustomFieldEntity.Deal, request.CustomFields, pipeline.Id, ct);
        if (customError is not null)
        {
            return (null, customError);
        }

        var input = new NewDeal(
            request.Title.Trim(), currency, request.Amount, request.Probability, request.CompanyId, request.ContactIds ?? [],
            request.ResponsibleId, request.ObserverIds ?? [], request.BeginDate, request.CloseDate, request.SourceId,
            request.SourceDescription, request.Comments, request.IsOpened, customFields!);
        var now = clock.GetUtcNow().UtcDateTime;
        var deal = Deal.Create(input, pipeline, stage, userId, now);
        if (!db.Access.Allows(AccessAction.Add, deal))
        {
            return (null, request.ResponsibleId is { } other && other != userId ? DealAccess.ResponsibleForbidden : DealAccess.Forbidden);
        }

        // A deal that starts beyond the first stage counts as moved there: the role's right for that stage applies.
        if (stage.Id != pipeline.FirstStage.Id && !db.Access.Allows(AccessAction.Change, deal))
        {
            return (null, DealAccess.StageForbidden);
        }

        if (request.Products is { Count: > 0 } products)
        {
            var rows = await DealProducts.BuildRowsAsync(db, products, currency, ct);
            if (rows.Error is { } rowError)
            {
                return (null, rowError);
            }

            deal.ReplaceProductRows(rows.Rows!, userId, now);
        }

        db.Add(deal);
        await db.SaveChangesAsync(ct);
        return (deal, null);
    }
}
