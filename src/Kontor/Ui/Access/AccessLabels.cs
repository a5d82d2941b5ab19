using Kontor.Features.Access;

namespace Kontor.Ui.Access;

/// <summary>The resource keys (English text) of record types, actions and reaches, in the order the screens show them.</summary>
public static class AccessLabels
{
    public static IReadOnlyList<RecordType> Types { get; } = Enum.GetValues<RecordType>();

    public static IReadOnlyList<AccessAction> Actions { get; } = Enum.GetValues<AccessAction>();

    public static IReadOnlyList<Reach> Reaches { get; } = Enum.GetValues<Reach>();

    public static string Of(RecordType type) => type switch
    {
        RecordType.Deal => "Deals",
        RecordType.Contact => "Contacts",
        RecordType.Company => "Companies",
        RecordType.Product => "Products",
        RecordType.Quote => "Quotes",
        RecordType.Invoice => "Invoices",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Of(AccessAction action) => action switch
    {
        AccessAction.Read => "Read",
        AccessAction.Add => "Add",
        AccessAction.Change => "Change",
        AccessAction.Delete => "Delete",
        AccessAction.Export => "Export",
        AccessAction.Import => "Import",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    public static string Of(Reach reach) => reach switch
    {
        Reach.None => "None",
        Reach.Own => "Own",
        Reach.Department => "Own department",
        Reach.DepartmentTree => "Department and sub-departments",
        Reach.AllOpen => "All open",
        Reach.All => "All",
        _ => throw new ArgumentOutOfRangeException(nameof(reach)),
    };

    /// <summary>A CSS modifier per reach, so that a matrix can be read at a glance (grey for none up to green for all).</summary>
    public static string CssOf(Reach reach) => "kr-reach--" + reach.ToString().ToLowerInvariant();
}
