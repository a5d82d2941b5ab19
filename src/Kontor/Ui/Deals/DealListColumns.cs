using System.Text.Json;

namespace Kontor.Ui.Deals;

/// <summary>A column of the deal list, in the order the list shows them.</summary>
public enum DealColumn
{
    Title,
    Amount,
    Stage,
    Responsible,
    Company,
    Pipeline,
    Probability,
    Created,
    CloseDate,
    Activities,
}

/// <summary>
/// The columns a user chose to see. The title always stays, because it links to the deal. Stored in the browser as a
/// comma-separated list of column names; anything unreadable falls back to the default choice.
/// </summary>
public sealed class DealListColumns
{
    public static readonly IReadOnlyList<DealColumn> All = Enum.GetValues<DealColumn>();

    public static readonly DealListColumns Default = new(
        [DealColumn.Title, DealColumn.Amount, DealColumn.Stage, DealColumn.Responsible, DealColumn.Company, DealColumn.Created, DealColumn.CloseDate, DealColumn.Activities]);

    private readonly HashSet<DealColumn> _visible;

    private DealListColumns(IEnumerable<DealColumn> visible) => _visible = [.. visible, DealColumn.Title];

    public static string StorageKey(long userId) => $"kontor.deals.columns.{userId}";

    public IReadOnlyList<DealColumn> Visible => All.Where(_visible.Contains).ToList();

    public bool Shows(DealColumn column) => _visible.Contains(column);

    public static bool CanHide(DealColumn column) => column != DealColumn.Title;

    /// <summary>The sort key of a column, or null when the list cannot be sorted by it.</summary>
    public static string? SortKey(DealColumn column) => column switch
    {
        DealColumn.Title => "title",
        DealColumn.Amount => "amount",
        DealColumn.Stage => "stage",
        DealColumn.Responsible => "responsible",
        DealColumn.Company => "company",
        DealColumn.Created => "createdAt",
        DealColumn.CloseDate => "closeDate",
        DealColumn.Pipeline or DealColumn.Probability or DealColumn.Activities => null,
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public DealListColumns Toggle(DealColumn column) =>
        !CanHide(column) ? this
        : Shows(column) ? new(_visible.Where(c => c != column))
        : new(_visible.Append(column));

    public string Serialize() => string.Join(',', Visible.Select(c => JsonNamingPolicy.CamelCase.ConvertName(c.ToString())));

    public static DealListColumns Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return Default;
        }

        var chosen = new List<DealColumn>();
        foreach (var name in stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<DealColumn>(name, ignoreCase: true, out var column) || !Enum.IsDefined(column))
            {
                return Default;
            }

            chosen.Add(column);
        }

        return new(chosen);
    }
}
