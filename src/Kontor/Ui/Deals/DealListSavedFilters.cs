using Kontor.Common;
using Kontor.Data;
using Kontor.Features.SavedFilters;

namespace Kontor.Ui.Deals;

/// <summary>A named filter of the deal list; <see cref="Query"/> is the filter's text form (<see cref="DealListFilter.ToQueryString"/>).</summary>
public sealed record SavedDealFilter(long Id, string Name, string Query)
{
    public DealListFilter Filter => DealListFilter.Parse(Query);
}

/// <summary>
/// The signed-in user's saved deal-list filters, as the server keeps them (<see cref="SaveFilter"/>): names are unique
/// without regard to case, and saving under a taken name replaces that filter.
/// </summary>
public sealed class DealListSavedFilters
{
    public const string Entity = "deal";

    public static readonly DealListSavedFilters None = new([]);

    private DealListSavedFilters(IReadOnlyList<SavedDealFilter> items) => Items = items;

    /// <summary>The filters by name.</summary>
    public IReadOnlyList<SavedDealFilter> Items { get; }

    public static async Task<DealListSavedFilters> LoadAsync(KontorDb db, long userId, CancellationToken ct)
    {
        var stored = await ListSavedFilters.RunAsync(db, userId, Entity, ct);
        return new([.. stored.Select(f => new SavedDealFilter(f.Id, f.Name, DealListFilter.Parse(f.Query).ToQueryString()))]);
    }

    /// <summary>True when saving under this name replaces a filter instead of adding one.</summary>
    public bool Replaces(string? name) =>
        name is not null && Items.Any(f => string.Equals(f.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the name may be saved: not blank, not too long, and a free slot unless it replaces a filter.</summary>
    public bool CanSave(string? name) =>
        name?.Trim() is { Length: > 0 and <= SavedFilterRules.MaxNameLength } trimmed &&
        (Items.Count < SavedFilterRules.MaxFilters || Replaces(trimmed));

    public static async Task<Error?> SaveAsync(KontorDb db, long userId, string name, DealListFilter filter, TimeProvider clock, CancellationToken ct)
    {
        var request = new SaveFilter.Request { Entity = Entity, Name = name.Trim(), Query = filter.ToQueryString() };
        return (await SaveFilter.RunAsync(db, userId, request, clock, ct)).Error;
    }
}
