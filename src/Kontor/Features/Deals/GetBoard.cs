using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Currencies;
using Kontor.Features.Customers;
using Kontor.Features.Pipelines;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

/// <summary>
/// The kanban board of a pipeline: per stage in order its count, its sum in the base currency and the newest-moved
/// cards, with a cursor per stage to load more. Won and lost stages are drop targets; their contents are counted and
/// listed only with <c>includeFinal=true</c>, because closed deals leave the board's open columns.
/// </summary>
public static class GetBoard
{
    public sealed record Query
    {
        [FromQuery, Range(1, 100)] public int? PerStage { get; init; }

        [FromQuery] public bool? IncludeFinal { get; init; }

        [FromQuery] public long[]? ResponsibleId { get; init; }

        [FromQuery, StringLength(200)] public string? Q { get; init; }

        [FromQuery] public decimal? AmountFrom { get; init; }

        [FromQuery] public decimal? AmountTo { get; init; }
    }

    public sealed record Card(
        long Id, string Title, decimal Amount, string Currency, long? CompanyId, string? CustomerName, long ResponsibleId,
        string ResponsibleName, DateTime MovedAt, bool IsClosed, int OpenActivities = 0, int OverdueActivities = 0);

    public sealed record Column(
        long StageId, string Code, string Name, string Color, StageSemantic Semantic, int? Count, decimal? Sum,
        IReadOnlyList<Card>? Cards, string? Next);

    public sealed record Board(long PipelineId, string Currency, IReadOnlyList<Column> Columns);

    private sealed record Position(DateTime MovedAt, long Id);

    public static async Task<Results<Ok<Board>, ProblemHttpResult>> Handle(
        long id, [AsParameters] Query query, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var board = await RunAsync(db, id, query, RequestLanguage.Of(http), clock, ct);
        return board is null ? Error.NotFound("pipelines", "pipeline").ToProblem() : TypedResults.Ok(board);
    }

    /// <inheritdoc cref="RunAsync(KontorDb, long, Query, string, TimeProvider, CancellationToken)"/>
    public static Task<Board?> RunAsync(KontorDb db, long id, Query query, string language, CancellationToken ct) =>
        RunAsync(db, id, query, language, TimeProvider.System, ct);

    /// <summary>The board for every surface; null when the pipeline does not exist. Cards carry open and overdue activity counts.</summary>
    public static async Task<Board?> RunAsync(KontorDb db, long id, Query query, string language, TimeProvider clock, CancellationToken ct)
    {
        var pipeline = await db.Set<Pipeline>().AsNoTracking().Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (pipeline is null)
        {
            return null;
        }

        var perStage = query.PerStage ?? 20;
        var includeFinal = query.IncludeFinal ?? false;
        var stages = pipeline.Stages.OrderBy(s => s.Sort).ToList();
        var shown = stages.Where(s => includeFinal || !s.IsFinal).Select(s => s.Id).ToList();
        var deals = Filter(db, pipeline.Id, query);

        var sums = await deals.Where(d => shown.Contains(d.StageId))
            .GroupBy(d => new { d.StageId, d.CurrencyCode })
            .Select(g => new { g.Key.StageId, g.Key.CurrencyCode, Count = g.Count(), Sum = g.Sum(d => d.Amount) })
            .ToListAsync(ct);
        var rates = await CurrencyRates.LoadAsync(db, ct);

        var columns = new List<Column>();
        foreach (var stage in stages)
        {
            var name = stage.Name(language);
            if (!shown.Contains(stage.Id))
            {
                columns.Add(new Column(stage.Id, stage.Code, name, stage.Color, stage.Semantic, null, null, null, null));
                continue;
            }

            var groups = sums.Where(s => s.StageId == stage.Id).ToList();
            var (cards, next) = await CardsAsync(db, deals, stage.Id, null, perStage, ct);
            columns.Add(new Column(
                stage.Id, stage.Code, name, stage.Color, stage.Semantic, groups.Sum(g => g.Count),
                rates.SumInBase(groups.Select(g => (g.CurrencyCode, g.Sum))), cards, next));
        }

        var counts = await Activities.ActivityRules.CountsAsync(
            db, columns.SelectMany(c => c.Cards ?? []).Select(c => c.Id).ToList(), clock.GetUtcNow().UtcDateTime, ct);
        return new Board(pipeline.Id, rates.Base.Code, columns.Select(c => c with { Cards = WithCounts(c.Cards, counts) }).ToList());
    }

    /// <summary>The next cards of one stage after a cursor from the board ("load more").</summary>
    public static async Task<Results<Ok<Page<Card>>, ProblemHttpResult>> More(
        long id, long stageId, [AsParameters] Query query, [FromQuery, StringLength(500)] string? cursor, KontorDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Set<Stage>().AnyAsync(s => s.Id == stageId && s.PipelineId == id, ct))
        {
            return Error.NotFound("stages", "stage").ToProblem();
        }

        var (page, error) = await MoreAsync(db, id, stageId, query, cursor, clock, ct);
        return error is null ? TypedResults.Ok(page!) : error.ToProblem();
    }

    /// <inheritdoc cref="MoreAsync(KontorDb, long, long, Query, string?, TimeProvider, CancellationToken)"/>
    public static Task<(Page<Card>? Page, Error? Error)> MoreAsync(KontorDb db, long id, long stageId, Query query, string? cursor, CancellationToken ct) =>
        MoreAsync(db, id, stageId, query, cursor, TimeProvider.System, ct);

    /// <summary>"Load more" for every surface.</summary>
    public static async Task<(Page<Card>? Page, Error? Error)> MoreAsync(
        KontorDb db, long id, long stageId, Query query, string? cursor, TimeProvider clock, CancellationToken ct)
    {
        if (!Common.Cursor.TryDecode<Position>(cursor, out var position))
        {
            return (null, Common.Cursor.Invalid);
        }

        var (cards, next) = await CardsAsync(db, Filter(db, id, query), stageId, position, query.PerStage ?? 20, ct);
        var counts = await Activities.ActivityRules.CountsAsync(db, cards.Select(c => c.Id).ToList(), clock.GetUtcNow().UtcDateTime, ct);
        return (new Page<Card>(WithCounts(cards, counts)!, next), null);
    }

    private static List<Card>? WithCounts(IReadOnlyList<Card>? cards, Dictionary<long, Activities.ActivityCounts> counts) =>
        cards?.Select(c => counts.TryGetValue(c.Id, out var n) ? c with { OpenActivities = n.Open, OverdueActivities = n.Overdue } : c).ToList();

    private static IQueryable<Deal> Filter(KontorDb db, long pipelineId, Query query) =>
        ListDeals.Filter(db.Set<Deal>().AsNoTracking().Where(d => d.PipelineId == pipelineId), new ListDeals.Query
        {
            ResponsibleId = query.ResponsibleId,
            Q = query.Q,
            AmountFrom = query.AmountFrom,
            AmountTo = query.AmountTo,
        }, db.IsPostgres);

    private static async Task<(IReadOnlyList<Card> Cards, string? Next)> CardsAsync(
        KontorDb db, IQueryable<Deal> deals, long stageId, Position? after, int limit, CancellationToken ct)
    {
        var inStage = deals.Where(d => d.StageId == stageId);
        if (after is not null)
        {
            inStage = inStage.Where(d => d.MovedAt < after.MovedAt || (d.MovedAt == after.MovedAt && d.Id < after.Id));
        }

        var cards = await inStage.OrderByDescending(d => d.MovedAt).ThenByDescending(d => d.Id)
            .Take(limit + 1)
            .Select(d => new Card(
                d.Id, d.Title, d.Amount, d.CurrencyCode, d.CompanyId,
                db.Set<Company>().Where(c => c.Id == d.CompanyId).Select(c => c.Name).FirstOrDefault()
                    ?? db.Set<DealContact>().Where(dc => dc.DealId == d.Id).OrderBy(dc => dc.Sort)
                        .Join(db.Set<Contact>(), dc => dc.ContactId, c => c.Id, (dc, c) => c.FirstName + " " + c.LastName)
                        .FirstOrDefault(),
                d.ResponsibleId,
                db.Set<User>().Where(u => u.Id == d.ResponsibleId).Select(u => u.Name).FirstOrDefault() ?? "",
                d.MovedAt, d.IsClosed))
            .ToListAsync(ct);

        string? next = null;
        if (cards.Count > limit)
        {
            cards.RemoveAt(limit);
            next = Common.Cursor.Encode(new Position(cards[^1].MovedAt, cards[^1].Id));
        }

        return (cards, next);
    }

}
