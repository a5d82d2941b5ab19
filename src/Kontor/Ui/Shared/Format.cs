using System.Globalization;

namespace Kontor.Ui.Shared;

/// <summary>Money, numbers and dates in the user's culture: <c>1.234,56 €</c> in de-DE, <c>€1,234.56</c> in en-US.</summary>
public static class Format
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EUR"] = "€",
        ["USD"] = "$",
        ["GBP"] = "£",
        ["CHF"] = "CHF",
        ["PLN"] = "zł",
        ["JPY"] = "¥",
    };

    public static string Money(decimal amount, string currency, int decimals = 2)
    {
        var culture = CultureInfo.CurrentCulture;
        var number = (NumberFormatInfo)culture.NumberFormat.Clone();
        number.CurrencySymbol = Symbols.GetValueOrDefault(currency, currency);
        number.CurrencyDecimalDigits = decimals;
        return amount.ToString("C", number);
    }

    public static string Number(decimal value) => value.ToString("#,##0.####", CultureInfo.CurrentCulture);

    public static string Date(DateOnly date) => date.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>A UTC time shown in the given IANA time zone.</summary>
    public static string Time(DateTime utc, string timeZone = "Europe/Berlin")
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("g", CultureInfo.CurrentCulture);
    }

    public static string Initials(string? name) =>
        string.Concat((name ?? "?").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(p => char.ToUpperInvariant(p[0])));
}
