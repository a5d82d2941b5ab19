using Kontor.Common;
using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kontor.Features.Timeline;

/// <summary>
/// Turns the events that deals raise into timeline entries, before commit and in the same transaction as the change,
/// so history is exact and nothing is lost.
/// </summary>
public sealed class OnDealEvents : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            await RecordAsync(db, cancellationToken);
        }

        return result;
    }

    /// <summary>Synchronous saves carry no record changes (KontorDb allows them for the key ring only); events need the async path.</summary>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context?.ChangeTracker.Entries<IHasDomainEvents>().Any(e => e.Entity.DomainEvents.Count > 0) == true
            ? throw new NotSupportedException("Use SaveChangesAsync.")
            : result;

    private static async Task RecordAsync(DbContext db, CancellationToken ct)
    {
        var sources = db.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        if (sources.Count == 0)
        {
            return;
        }

        var events = sources.SelectMany(s => s.DomainEvents).ToList();
        sources.ForEach(s => s.ClearDomainEvents());

        var stageIds = events.OfType<DealMoved>().SelectMany(m => new[] { m.FromStageId, m.ToStageId }).Distinct().ToList();
        var stages = stageIds.Count == 0
            ? []
            : await db.Set<Stage>().AsNoTracking().Where(s => stageIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);

        foreach (var e in events)
        {
            var entry = e switch
            {
                DealCreated c => TimelineEntry.ForDeal(c.Deal, TimelineKinds.Created, c.Deal.CreatedById, c.Deal.CreatedAt,
                    new { c.Deal.Title, stage = StageRef(c.Stage), c.Deal.Amount, currency = c.Deal.CurrencyCode }),
                DealFieldsChanged f => TimelineEntry.ForDeal(f.Deal, TimelineKinds.FieldsChanged, f.UserId, f.At,
                    new { changes = f.Changes.Select(ch => new { field = JsonName(ch.Field), from = ch.From, to = ch.To }) }),
                DealMoved m => TimelineEntry.ForDeal(m.Deal, TimelineKinds.StageMoved, m.UserId, m.At,
                    new
                    {
                        from = StageRef(stages.GetValueOrDefault(m.FromStageId)),
                        to = StageRef(stages.GetValueOrDefault(m.ToStageId)),
                        fromPipelineId = m.FromPipelineId,
                        toPipelineId = m.ToPipelineId,
                    }),
                DealClosed c => TimelineEntry.ForDeal(c.Deal, TimelineKinds.Closed, c.UserId, c.At,
                    new { result = c.Result == StageSemantic.Won ? "won" : "lost" }),
                DealReopened r => TimelineEntry.ForDeal(r.Deal, TimelineKinds.Reopened, r.UserId, r.At, new { }),
                DealProductsChanged p => TimelineEntry.ForDeal(p.Deal, TimelineKinds.ProductsChanged, p.UserId, p.At,
                    new
                    {
                        before = p.Before,
                        after = p.After,
                        changes = p.Changes.Select(ch => new { field = JsonName(ch.Field), from = ch.From, to = ch.To }),
                    }),
                _ => OnRecordEvents.EntryFor(e),
            };
            if (entry is not null)
            {
                db.Add(entry);
            }
        }
    }

    private static object? StageRef(Stage? s) =>
        s is null ? null : new { id = s.Id, code = s.Code, nameDe = s.NameDe, nameEn = s.NameEn, semantic = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(s.Semantic.ToString()) };

    private static string JsonName(string field) => char.ToLowerInvariant(field[0]) + field[1..];
}
