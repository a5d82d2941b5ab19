using System.Globalization;
using Kontor.Features.CustomFields;
using Kontor.Features.Deals;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Kontor.Ui.Deals;

/// <summary>Which deals the list shows by their state: open ones, won ones, lost ones or all.</summary>
public enum DealListStatus
{
    Open,
    Won,
    Lost,
    All,
}

/// <summary>
/// The deal list's filters and sort as the page holds them. The same text form (<see cref="ToQueryString"/>) is the
/// page's address and what saved filters store, so a link, a bookmark and a saved filter all mean the same list.
/// </summary>
public sealed partial record DealListFilter
{
    public static readonly DealListFilter Default = new();

    /// <summary>The sorts the list offers (the API knows a few more).</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["title", "amount", "stage", "responsible", "company", "createdAt", "closeDate"];

    public string? Q { get; init; }

    public IReadOnlyList<long> ResponsibleIds { get; init; } = [];

    /// <summary>Only the signed-in user's deals; wins over <see cref="ResponsibleIds"/>.</summary>
    public bool Mine { get; init; }

    public decimal? AmountFrom { get; init; }

    public decimal? AmountTo { get; init; }

    public DealListStatus Status { get; init; } = DealListStatus.Open;

    public long? PipelineId { get; init; }

    /// <summary>Chosen stages name exactly what to show, so the status does not apply while any are chosen.</summary>
    public IReadOnlyList<long> StageIds { get; init; } = [];

    public DateOnly? CreatedFrom { get; init; }

    public DateOnly? CreatedTo { get; init; }

    public DateOnly? CloseFrom { get; init; }

    public DateOnly? CloseTo { get; init; }

    /// <summary>A sort key, <c>-</c> in front for descending; null lists the newest deals first.</summary>
    public string? Sort { get; init; }

    /// <summary>How many filters differ from the default (the search text and the sort are not counted).</summary>
    public int Count =>
        (Mine || ResponsibleIds.Count > 0 ? 1 : 0) +
        (AmountFrom is not null || AmountTo is not null ? 1 : 0) +
        (Status != DealListStatus.Open && StageIds.Count == 0 ? 1 : 0) +
        (PipelineId is not null ? 1 : 0) +
        (StageIds.Count > 0 ? 1 : 0) +
        (CreatedFrom is not null || CreatedTo is not null ? 1 : 0) +
        (CloseFrom is not null || CloseTo is not null ? 1 : 0) +
        CustomFields.Keys.Select(k => k.Split('.')[0]).Distinct().Count();

    /// <summary>
    /// Custom field filters as the API takes them: <c>UF_CRM_X</c> (or <c>UF_CRM_X.from</c>, …) → values; several values
    /// of one key mean "any of".
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> CustomFields { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The filter with one custom field term set, or removed when <paramref name="value"/> is blank.</summary>
    public DealListFilter WithCustomField(string key, string? value)
    {
        var terms = new Dictionary<string, IReadOnlyList<string>>(CustomFields);
        if (string.IsNullOrWhiteSpace(value))
        {
            terms.Remove(key);
        }
        else
        {
            terms[key] = [value.Trim()];
        }

        return this with { CustomFields = terms };
    }

    /// <summary>The filter with every term of the field <paramref name="code"/> replaced by <paramref name="terms"/>.</summary>
    public DealListFilter WithCustomTerms(string code, IReadOnlyDictionary<string, IReadOnlyList<string>> terms)
    {
        var all = CustomFields.Where(t => !Kontor.Ui.CustomFields.FieldFilter.Belongs(t.Key, code)).ToDictionary(t => t.Key, t => t.Value);
        foreach (var (key, values) in terms.Where(t => t.Value.Count > 0))
        {
            all[key] = values;
        }

        return this with { CustomFields = all };
    }

    /// <summary>Two filters are equal when they show the same list, that is when their text forms are equal.</summary>
    public bool Equals(DealListFilter? other) => other is not null && ToQueryString() == other.ToQueryString();

    public override int GetHashCode() => ToQueryString().GetHashCode(StringComparison.Ordinal);

    /// <summary>The list query: dates are whole days in the user's time zone, "mine" is the signed-in user.</summary>
    public ListDeals.Query ToQuery(long me, TimeZoneInfo zone, int limit, string? cursor)
    {
        var status = StageIds.Count > 0 ? DealListStatus.All : Status;
        return new ListDeals.Query
        {
            Q = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
            ResponsibleId = Mine ? [me] : ResponsibleIds.Count > 0 ? [.. ResponsibleIds] : null,
            AmountFrom = AmountFrom,
            AmountTo = AmountTo,
            Closed = status == DealListStatus.Open ? false : null,
            Semantic = Semantic(status),
            PipelineId = PipelineId,
            StageId = StageIds.Count > 0 ? [.. StageIds] : null,
            CreatedFrom = CreatedFrom is { } from ? StartOfDay(from, zone) : null,
            CreatedTo = CreatedTo is { } to ? StartOfDay(to.AddDays(1), zone).AddTicks(-10) : null,
            CloseDateFrom = CloseFrom,
            CloseDateTo = CloseTo,
            Sort = Sort,
            Limit = limit,
            Cursor = cursor,
            CustomFields = CustomFields.Count > 0 ? CustomFieldFilter.Of(CustomFields.SelectMany(t => t.Value.Select(v => new KeyValuePair<string, string>(t.Key, v)))) : null,
        };
    }

    /// <summary>Sorting by a column: a new column sorts ascending, the same column again flips the direction.</summary>
    public DealListFilter SortedBy(string key) =>
        this with { Sort = Sort == key ? "-" + key : key };

    /// <summary>The filter as URL query text (without <c>?</c>), in a fixed order; the default filter is empty.</summary>
    public string ToQueryString()
    {
        var parts = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(new(key, value));
            }
        }

        Add("q", Q?.Trim());
        Add("mine", Mine ? "1" : null);
        Add("responsible", Ids(ResponsibleIds));
        Add("amountFrom", AmountFrom?.ToString(CultureInfo.InvariantCulture));
        Add("amountTo", AmountTo?.ToString(CultureInfo.InvariantCulture));
        Add("status", Status == DealListStatus.Open ? null : Status.ToString().ToLowerInvariant());
        Add("pipeline", PipelineId?.ToString(CultureInfo.InvariantCulture));
        Add("stage", Ids(StageIds));
        Add("createdFrom", Day(CreatedFrom));
        Add("createdTo", Day(CreatedTo));
        Add("closeFrom", Day(CloseFrom));
        Add("closeTo", Day(CloseTo));
        Add("sort", Sort);
        foreach (var (key, values) in CustomFields.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            foreach (var value in values)
            {
                Add(CustomFieldFilter.Prefix + key, value);
            }
        }

        return QueryString.Create(parts).ToUriComponent().TrimStart('?');
    }

    /// <summary>Reads the text form leniently: an unknown key or an unreadable value is left out, never an error.</summary>
    public static DealListFilter Parse(string? query)
    {
        var values = QueryHelpers.ParseQuery(query is null ? null : query.StartsWith('?') ? query : "?" + query);
        string? One(string key) => values.TryGetValue(key, out var v) && !StringValues.IsNullOrEmpty(v) ? v[^1] : null;

        var sort = One("sort");
        return new DealListFilter
        {
            Q = One("q") is { } q && !string.IsNullOrWhiteSpace(q) ? q.Trim() : null,
            Mine = One("mine") is "1" or "true",
            ResponsibleIds = ParseIds(One("responsible")),
            AmountFrom = ParseAmount(One("amountFrom")),
            AmountTo = ParseAmount(One("amountTo")),
            Status = Enum.TryParse<DealListStatus>(One("status"), ignoreCase: true, out var status) && Enum.IsDefined(status)
                ? status
                : DealListStatus.Open,
            PipelineId = long.TryParse(One("pipeline"), NumberStyles.None, CultureInfo.InvariantCulture, out var pipeline) && pipeline > 0 ? pipeline : null,
            StageIds = ParseIds(One("stage")),
            CreatedFrom = ParseDay(One("createdFrom")),
            CreatedTo = ParseDay(One("createdTo")),
            CloseFrom = ParseDay(One("closeFrom")),
            CloseTo = ParseDay(One("closeTo")),
            Sort = sort is not null && (SortKeys.Contains(sort.TrimStart('-')) || CustomSortRegex().IsMatch(sort)) ? sort : null,
            CustomFields = values.Where(v => v.Key.StartsWith(CustomFieldFilter.Prefix, StringComparison.Ordinal) && CustomKeyRegex().IsMatch(v.Key[CustomFieldFilter.Prefix.Length..]))
                .Select(v => (Key: v.Key[CustomFieldFilter.Prefix.Length..], Values: (IReadOnlyList<string>)[.. v.Value.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!.Trim()).Distinct()]))
                .Where(v => v.Values.Count > 0)
                .ToDictionary(v => v.Key, v => v.Values),
        };
    }

    private static string? Semantic(DealListStatus status) => status switch
    {
        DealListStatus.Won => "won",
        DealListStatus.Lost => "lost",
        DealListStatus.Open or DealListStatus.All => null,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private static DateTime StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return DateTime.SpecifyKind(local - zone.GetUtcOffset(local), DateTimeKind.Utc);
    }

    private static string? Ids(IReadOnlyList<long> ids) =>
        ids.Count == 0 ? null : string.Join(',', ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<long> ParseIds(string? text) =>
        text is null
            ? []
            : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(p => long.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0)
                .Where(id => id > 0)
                .Distinct()
                .ToList();

    private static decimal? ParseAmount(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ? amount : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?cf\.UF_CRM_[A-Z0-9_]{1,43}$")]
    private static partial System.Text.RegularExpressions.Regex CustomSortRegex();

    [System.Text.RegularExpressions.GeneratedRegex(@"^UF_CRM_[A-Z0-9_]{1,43}(\.(contains|from|to|currency|empty))?$")]
    private static partial System.Text.RegularExpressions.Regex CustomKeyRegex();

    private static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
