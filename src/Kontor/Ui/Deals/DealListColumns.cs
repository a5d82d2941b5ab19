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
/// The columns a user chose to see. The title always stays, because it links to the deal. Custom fields show as the
/// administrator set them ("show in the list") until the user shows or hides one. Stored in the browser as a
/// comma-separated list of column names, with <c>+cf:CODE</c> and <c>-cf:CODE</c> for custom fields; anything unreadable
/// falls back to the default choice.
/// </summary>
public sealed partial class DealListColumns
{
    public static readonly IReadOnlyList<DealColumn> All = Enum.GetValues<DealColumn>();

    public static readonly DealListColumns Default = new(
        [DealColumn.Title, DealColumn.Amount, DealColumn.Stage, DealColumn.Responsible, DealColumn.Company, DealColumn.Created, DealColumn.CloseDate, DealColumn.Activities]);

    private readonly HashSet<DealColumn> _visible;

    /// <summary>The custom fields the user showed (true) or hid (false), by code.</summary>
    private readonly Dictionary<string, bool> _custom;

    private DealListColumns(IEnumerable<DealColumn> visible, IReadOnlyDictionary<string, bool>? custom = null)
    {
        _visible = [.. visible, DealColumn.Title];
        _custom = new Dictionary<string, bool>(custom ?? new Dictionary<string, bool>(), StringComparer.Ordinal);
    }

    public static string StorageKey(long userId) => $"kontor.deals.columns.{userId}";

    public IReadOnlyList<DealColumn> Visible => All.Where(_visible.Contains).ToList();

    public bool Shows(DealColumn column) => _visible.Contains(column);

    public static bool CanHide(DealColumn column) => column != DealColumn.Title;

    /// <summary>True when the list shows the custom field <paramref name="code"/>; <paramref name="byDefault"/> is the field's "show in the list".</summary>
    public bool Shows(string code, bool byDefault) => _custom.TryGetValue(code, out var shown) ? shown : byDefault;

    public DealListColumns Toggle(string code, bool byDefault) =>
        new(_visible, new Dictionary<string, bool>(_custom) { [code] = !Shows(code, byDefault) });

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
        : Shows(column) ? new(_visible.Where(c => c != column), _custom)
        : new(_visible.Append(column), _custom);

    public string Serialize() => string.Join(',', Visible.Select(c => JsonNamingPolicy.CamelCase.ConvertName(c.ToString()))
        .Concat(_custom.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Value ? "+" : "-") + CustomPrefix + c.Key)));

    public static DealListColumns Parse(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return Default;
        }

        var chosen = new List<DealColumn>();
        var custom = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (CustomRegex().Match(name) is { Success: true } match)
            {
                custom[match.Groups["code"].Value] = match.Groups["sign"].Value == "+";
                continue;
            }

            if (!Enum.TryParse<DealColumn>(name, ignoreCase: true, out var column) || !Enum.IsDefined(column))
            {
                return Default;
            }

            chosen.Add(column);
        }

        return new(chosen, custom);
    }

    private const string CustomPrefix = "cf:";

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<sign>[+-])cf:(?<code>UF_CRM_[A-Z0-9_]{1,43})$")]
    private static partial System.Text.RegularExpressions.Regex CustomRegex();
}
