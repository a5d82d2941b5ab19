using System.Text.Json;

namespace Kontor.Ui.Deals;

/// <summary>A named filter of the deal list; <see cref="Query"/> is the filter's text form (<see cref="DealListFilter.ToQueryString"/>).</summary>
public sealed record SavedDealFilter(string Name, string Query)
{
    public DealListFilter Filter => DealListFilter.Parse(Query);
}

/// <summary>
/// A user's saved deal-list filters, kept in the browser (there is no server model for them yet). Stored as JSON:
/// <c>{"version":1,"filters":[{"name":"…","query":"status=won&amp;mine=1"}]}</c>. Names are unique without regard to
/// case; saving under a taken name replaces that filter. Unreadable data counts as no saved filters.
/// </summary>
public sealed class DealListSavedFilters
{
    public const int MaxFilters = 30;

    public const int MaxNameLength = 60;

    private const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly DealListSavedFilters None = new([]);

    private DealListSavedFilters(IReadOnlyList<SavedDealFilter> items) => Items = items;

    public static string StorageKey(long userId) => $"kontor.deals.filters.{userId}";

    /// <summary>The filters by name.</summary>
    public IReadOnlyList<SavedDealFilter> Items { get; }

    /// <summary>Saves the filter under the name, or returns null when the name is blank or there are too many filters.</summary>
    public DealListSavedFilters? Save(string name, DealListFilter filter)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxNameLength)
        {
            return null;
        }

        var others = Items.Where(f => !string.Equals(f.Name, trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (others.Count >= MaxFilters)
        {
            return null;
        }

        return new([.. others.Append(new SavedDealFilter(trimmed, filter.ToQueryString())).OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase)]);
    }

    public DealListSavedFilters Delete(string name) =>
        new(Items.Where(f => !string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)).ToList());

    public string Serialize() => JsonSerializer.Serialize(new Stored(FormatVersion, Items.Select(f => new StoredFilter(f.Name, f.Query)).ToList()), Json);

    public static DealListSavedFilters Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return None;
        }

        try
        {
            var data = JsonSerializer.Deserialize<Stored>(stored, Json);
            if (data is not { Version: FormatVersion, Filters: { } filters })
            {
                return None;
            }

            var items = filters
                .Where(f => !string.IsNullOrWhiteSpace(f.Name) && f.Name.Trim().Length <= MaxNameLength)
                .Select(f => new SavedDealFilter(f.Name!.Trim(), DealListFilter.Parse(f.Query).ToQueryString()))
                .DistinctBy(f => f.Name, StringComparer.OrdinalIgnoreCase)
                .Take(MaxFilters)
                .OrderBy(f => f.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToList();
            return new(items);
        }
        catch (JsonException)
        {
            return None;
        }
    }

    private sealed record Stored(int Version, List<StoredFilter>? Filters);

    private sealed record StoredFilter(string? Name, string? Query);
}
