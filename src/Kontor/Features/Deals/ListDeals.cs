using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Customers;
using Kontor.Features.CustomFields;
using Kontor.Features.Pipelines;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

/// <summary>The filterable, sortable deal list with keyset paging: no COUNT, no OFFSET.</summary>
public static class ListDeals
{
    public sealed record Query
    {
        [FromQuery] public long? PipelineId { get; init; }

        /// <summary>One or more stage ids.</summary>
        [FromQuery] public long[]? StageId { get; init; }

        /// <summary><c>inProgress</c>, <c>won</c> or <c>lost</c>.</summary>
        [FromQuery, RegularExpression("^(?i)(inProgress|won|lost)$")] public string? Semantic { get; init; }

        /// <summary>One or more responsible users.</summary>
        [FromQuery] public long[]? ResponsibleId { get; init; }

        [FromQuery] public long? CompanyId { get; init; }

        [FromQuery] public long? ContactId { get; init; }

        [FromQuery] public bool? Closed { get; init; }

        /// <summary>Amount range, compared in the deal's own currency; combine with <c>currency</c>.</summary>
        [FromQuery] public decimal? AmountFrom { get; init; }

        [FromQuery] public decimal? AmountTo { get; init; }

        [FromQuery, RegularExpression("^[A-Z]{3}$")] public string? Currency { get; init; }

        [FromQuery] public DateTime? CreatedFrom { get; init; }

        [FromQuery] public DateTime? CreatedTo { get; init; }

        [FromQuery] public DateOnly? CloseDateFrom { get; init; }

        [FromQuery] public DateOnly? CloseDateTo { get; init; }

        /// <summary>Text contained in the title, case-insensitive.</summary>
        [FromQuery, StringLength(200)] public string? Q { get; init; }

        /// <summary>A column, <c>-</c> for descending: id, title, amount, createdAt, updatedAt, movedAt, beginDate, closeDate, stage (its place in the pipeline), responsible or company (by name), or a custom field as <c>cf.UF_CRM_X</c>.</summary>
        [FromQuery, StringLength(60)] public string? Sort { get; init; }

        [FromQuery, Range(1, 200)] public int? Limit { get; init; }

        [FromQuery, StringLength(500)] public string? Cursor { get; init; }

        /// <summary>Custom field filters from the <c>cf.</c> parameters (see <see cref="CustomFieldFilter"/>).</summary>
        public CustomFieldFilter? CustomFields { get; init; }
    }

    public sealed record DealSummary(
        long Id,
        string Title,
        long PipelineId,
        long StageId,
        StageSemantic StageSemantic,
        bool IsClosed,
        decimal Amount,
        string Currency,
        int? Probability,
        long? CompanyId,
        string? CompanyName,
        long ResponsibleId,
        string ResponsibleName,
        DateOnly BeginDate,
        DateOnly CloseDate,
        DateTime CreatedAt,
        DateTime UpdatedAt,
        DateTime MovedAt,
        int OpenActivities = 0,
        int OverdueActivities = 0)
    {
        public IReadOnlyDictionary<string, JsonElement> CustomFields { get; init; } = CustomValues.None;

        /// <summary>Visible to everyone (beyond the responsible user's reach).</summary>
        public bool IsOpened { get; init; }
    }

    private sealed record Position(string Sort, string Value, long Id);

    private static readonly Dictionary<string, (IKeyset<Deal> Keyset, Func<DealSummary, string> Value)> Sorts =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = (new Keyset<Deal, long>(d => d.Id, d => d.Id, KeysetFormats.ParseId), s => KeysetFormats.Of(s.Id)),
            ["title"] = (new Keyset<Deal, string>(d => d.Title, d => d.Id, v => v), s => s.Title),
            ["amount"] = (new Keyset<Deal, decimal>(d => d.Amount, d => d.Id, KeysetFormats.ParseAmount), s => KeysetFormats.Of(s.Amount)),
            ["createdAt"] = (new Keyset<Deal, DateTime>(d => d.CreatedAt, d => d.Id, KeysetFormats.ParseTime), s => KeysetFormats.Of(s.CreatedAt)),
            ["updatedAt"] = (new Keyset<Deal, DateTime>(d => d.UpdatedAt, d => d.Id, KeysetFormats.ParseTime), s => KeysetFormats.Of(s.UpdatedAt)),
            ["movedAt"] = (new Keyset<Deal, DateTime>(d => d.MovedAt, d => d.Id, KeysetFormats.ParseTime), s => KeysetFormats.Of(s.MovedAt)),
            ["beginDate"] = (new Keyset<Deal, DateOnly>(d => d.BeginDate, d => d.Id, KeysetFormats.ParseDate), s => KeysetFormats.Of(s.BeginDate)),
            ["closeDate"] = (new Keyset<Deal, DateOnly>(d => d.CloseDate, d => d.Id, KeysetFormats.ParseDate), s => KeysetFormats.Of(s.CloseDate)),
        };

    private static readonly string[] RelatedSorts = ["stage", "responsible", "company"];

    /// <summary>
    /// Sorts by a value of another table, so the key is a subquery on this context. Stages are few: their places are read
    /// once to write the cursor of the last row.
    /// </summary>
    private static async Task<(IKeyset<Deal> Keyset, Func<DealSummary, string> Value)?> RelatedSortAsync(KontorDb db, string name, CancellationToken ct)
    {
        if (name.Equals("stage", StringComparison.OrdinalIgnoreCase))
        {
            var places = await db.Set<Stage>().AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Sort, ct);
            return (new Keyset<Deal, long>(
                    d => db.Set<Stage>().Where(s => s.Id == d.StageId).Select(s => (long)s.Sort).FirstOrDefault(), d => d.Id, KeysetFormats.ParseId),
                s => KeysetFormats.Of((long)places.GetValueOrDefault(s.StageId)));
        }

        if (name.Equals("responsible", StringComparison.OrdinalIgnoreCase))
        {
            return (new Keyset<Deal, string>(
                    d => db.Set<User>().Where(u => u.Id == d.ResponsibleId).Select(u => u.Name).FirstOrDefault() ?? "", d => d.Id, v => v),
                s => s.ResponsibleName);
        }

        if (name.Equals("company", StringComparison.OrdinalIgnoreCase))
        {
            return (new Keyset<Deal, string>(
                    d => db.Set<Company>().Where(c => c.Id == d.CompanyId).Select(c => c.Name).FirstOrDefault() ?? "", d => d.Id, v => v),
                s => s.CompanyName ?? "");
        }

        return null;
    }

    public static async Task<Results<Ok<Page<DealSummary>>, ProblemHttpResult>> Handle([AsParameters] Query query, KontorDb db, TimeProvider clock, CancellationToken ct)
    {
        var (page, error) = await RunAsync(db, query, clock, ct);
        return error is null ? TypedResults.Ok(page!) : error.ToProblem();
    }

    /// <inheritdoc cref="RunAsync(KontorDb, Query, TimeProvider, CancellationToken)"/>
    public static Task<(Page<DealSummary>? Page, Error? Error)> RunAsync(KontorDb db, Query query, CancellationToken ct) =>
        RunAsync(db, query, TimeProvider.System, ct);

    /// <summary>The list for every surface (API, UI, exports): filters, sort, keyset page, open and overdue activities per deal.</summary>
    public static async Task<(Page<DealSummary>? Page, Error? Error)> RunAsync(KontorDb db, Query query, TimeProvider clock, CancellationToken ct)
    {
        var sortText = string.IsNullOrEmpty(query.Sort) ? "-id" : query.Sort;
        var descending = sortText.StartsWith('-');
        var sortName = sortText.TrimStart('-', '+');
        var sort = Sorts.GetValueOrDefault(sortName);
        if (sortName.StartsWith(CustomFieldFilter.Prefix, StringComparison.Ordinal))
        {
            var custom = await CustomFieldQuery.SortAsync<Deal>(db, CustomFieldEntity.Deal, sortName[CustomFieldFilter.Prefix.Length..], d => d.CustomFields, d => d.Id, ct);
            if (custom.Error is { } sortError)
            {
                return (null, sortError);
            }

            sort = (custom.Keyset!, s => custom.Value!(s.CustomFields));
        }
        else if (sort.Keyset is null)
        {
            if (await RelatedSortAsync(db, sortName, ct) is not { } related)
            {
                return (null, Error.Validation("sort", $"Sort by one of: {string.Join(", ", Sorts.Keys.Concat(RelatedSorts))}."));
            }

            sort = related;
        }

        if (!Cursor.TryDecode<Position>(query.Cursor, out var position) ||
            (position is not null && (!string.Equals(position.Sort, sortText, StringComparison.Ordinal) || !sort.Keyset.TryParse(position.Value))))
        {
            return (null, Cursor.Invalid);
        }

        var (deals, filterError) = await CustomFieldQuery.FilterAsync(
            db, CustomFieldEntity.Deal, Filter(db.Set<Deal>().AsNoTracking(), query, db.IsPostgres), d => d.CustomFields, query.CustomFields, ct);
        if (filterError is not null)
        {
            return (null, filterError);
        }

        if (position is not null)
        {
            deals = sort.Keyset.After(deals!, position.Value, position.Id, descending);
        }

        var limit = query.Limit ?? 50;
        var rows = await sort.Keyset.Order(deals!, descending)
            .Take(limit + 1)
            .Select(d => new DealSummary(
                d.Id, d.Title, d.PipelineId, d.StageId, d.StageSemantic, d.IsClosed, d.Amount, d.CurrencyCode, d.Probability,
                d.CompanyId, db.Set<Company>().Where(c => c.Id == d.CompanyId).Select(c => c.Name).FirstOrDefault(),
                d.ResponsibleId, db.Set<User>().Where(u => u.Id == d.ResponsibleId).Select(u => u.Name).FirstOrDefault() ?? "",
                d.BeginDate, d.CloseDate, d.CreatedAt, d.UpdatedAt, d.MovedAt)
            { CustomFields = CustomValues.Read(d.CustomFields), IsOpened = d.IsOpened })
            .ToListAsync(ct);

        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            var last = rows[^1];
            next = Cursor.Encode(new Position(sortText, sort.Value(last), last.Id));
        }

        var counts = await Activities.ActivityRules.CountsAsync(db, rows.Select(r => r.Id).ToList(), clock.GetUtcNow().UtcDateTime, ct);
        var items = rows.Select(r => counts.TryGetValue(r.Id, out var c) ? r with { OpenActivities = c.Open, OverdueActivities = c.Overdue } : r).ToList();
        return (new Page<DealSummary>(items, next), null);
    }

    public static IQueryable<Deal> Filter(IQueryable<Deal> deals, Query q, bool postgres)
    {
        if (q.PipelineId is { } pipeline)
        {
            deals = deals.Where(d => d.PipelineId == pipeline);
        }

        if (q.StageId is { Length: > 0 } stages)
        {
            deals = stages.Length == 1 ? deals.Where(d => d.StageId == stages[0]) : deals.Where(d => stages.Contains(d.StageId));
        }

        if (q.Semantic is { } text && Enum.TryParse<StageSemantic>(text, ignoreCase: true, out var semantic))
        {
            deals = deals.Where(d => d.StageSemantic == semantic);
        }

        if (q.ResponsibleId is { Length: > 0 } responsible)
        {
            deals = responsible.Length == 1 ? deals.Where(d => d.ResponsibleId == responsible[0]) : deals.Where(d => responsible.Contains(d.ResponsibleId));
        }

        if (q.CompanyId is { } company)
        {
            deals = deals.Where(d => d.CompanyId == company);
        }

        if (q.ContactId is { } contact)
        {
            deals = deals.Where(d => d.Contacts.Any(c => c.ContactId == contact));
        }

        if (q.Closed is { } closed)
        {
            deals = deals.Where(d => d.IsClosed == closed);
        }

        if (q.Currency is { } currency)
        {
            deals = deals.Where(d => d.CurrencyCode == currency);
        }

        if (q.AmountFrom is { } from)
        {
            deals = deals.Where(d => d.Amount >= from);
        }

        if (q.AmountTo is { } to)
        {
            deals = deals.Where(d => d.Amount <= to);
        }

        if (q.CreatedFrom is { } createdFrom)
        {
            var utc = createdFrom.ToUniversalTime();
            deals = deals.Where(d => d.CreatedAt >= utc);
        }

        if (q.CreatedTo is { } createdTo)
        {
            var utc = createdTo.ToUniversalTime();
            deals = deals.Where(d => d.CreatedAt <= utc);
        }

        if (q.CloseDateFrom is { } closeFrom)
        {
            deals = deals.Where(d => d.CloseDate >= closeFrom);
        }

        if (q.CloseDateTo is { } closeTo)
        {
            deals = deals.Where(d => d.CloseDate <= closeTo);
        }

        return deals.WhereContains(q.Q, postgres, (d, contains) => contains(d.Title));
    }
}
