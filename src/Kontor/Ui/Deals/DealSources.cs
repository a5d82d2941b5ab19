using Microsoft.Extensions.Localization;

namespace Kontor.Ui.Deals;

/// <summary>Where a deal came from: Bitrix24's source codes, with the label the UI shows for each.</summary>
public static class DealSources
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("CALL", "Call"),
        ("EMAIL", "E-mail"),
        ("WEB", "Website"),
        ("WEBFORM", "Web form"),
        ("CALLBACK", "Callback"),
        ("ADVERTISING", "Advertising"),
        ("PARTNER", "Partner"),
        ("RECOMMENDATION", "Recommendation"),
        ("TRADE_SHOW", "Trade show"),
        ("STORE", "Online store"),
        ("OTHER", "Other"),
    ];

    /// <summary>The resource key of a known code, or null for a code the UI does not know (it is shown as it is).</summary>
    public static string? Label(string? code) => All.FirstOrDefault(s => s.Code == code).Label;
}

/// <summary>Units as people read them; the stored default unit is <c>pcs</c>.</summary>
public static class Units
{
    public static string Display(string unit, IStringLocalizer text) => unit == "pcs" ? text["pcs"].Value : unit;
}
