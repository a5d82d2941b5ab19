using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Kontor.Ui.CustomFields;

/// <summary>
/// Numbers and amounts as people type them in their culture: "1.234,50" and "1234,5" in German, "1,234.50" in English,
/// with or without a currency sign. A lone separator of the other culture that cannot be a thousands separator
/// ("1234.5" typed in German) is read as the decimal separator, because that is what the person meant.
/// </summary>
public static partial class AmountText
{
    /// <summary>Reads <paramref name="text"/>; false when it is not a number (blank text is not one either).</summary>
    public static bool TryParse(string? text, CultureInfo culture, out decimal amount)
    {
        amount = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var format = culture.NumberFormat;
        var dec = format.NumberDecimalSeparator;
        var group = string.IsNullOrWhiteSpace(format.NumberGroupSeparator) ? "" : format.NumberGroupSeparator;
        var compact = new StringBuilder();
        foreach (var c in text.Trim())
        {
            // Spaces group digits in many cultures; currency signs (and ISO codes, below) may be typed around the number.
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.CurrencySymbol)
            {
                compact.Append(c);
            }
        }

        var s = LettersAround().Replace(compact.ToString(), "");
        var negative = s.StartsWith('-') || s.StartsWith('−');
        if (negative || s.StartsWith('+'))
        {
            s = s[1..];
        }

        string whole;
        var fraction = "";
        var at = s.LastIndexOf(dec, StringComparison.Ordinal);
        if (at >= 0)
        {
            (whole, fraction) = (s[..at], s[(at + dec.Length)..]);
            if (!Digits().IsMatch(fraction) && fraction.Length > 0)
            {
                return false;
            }
        }
        else
        {
            whole = s;
            var other = dec == "," ? "." : ",";
            var lone = whole.IndexOf(other, StringComparison.Ordinal);
            if (lone >= 0 && lone == whole.LastIndexOf(other, StringComparison.Ordinal) && (group != other || whole.Length - lone - 1 != 3))
            {
                (whole, fraction) = (whole[..lone], whole[(lone + 1)..]);
                if (fraction.Length > 0 && !Digits().IsMatch(fraction))
                {
                    return false;
                }
            }
        }

        if (whole.Length == 0 && fraction.Length == 0)
        {
            return false;
        }

        if (group.Length > 0 && whole.Contains(group, StringComparison.Ordinal))
        {
            // Grouped digits must be grouped correctly: "1.234.567", never "12.34".
            var parts = whole.Split(group);
            if (!Digits().IsMatch(parts[0]) || parts[0].Length > 3 || parts.Skip(1).Any(p => p.Length != 3 || !Digits().IsMatch(p)))
            {
                return false;
            }

            whole = string.Concat(parts);
        }
        else if (whole.Length > 0 && !Digits().IsMatch(whole))
        {
            return false;
        }

        var invariant = (whole.Length == 0 ? "0" : whole) + (fraction.Length > 0 ? "." + fraction : "");
        if (!decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            return false;
        }

        amount = negative ? -amount : amount;
        return true;
    }

    /// <summary>An amount for an input: grouped, with <paramref name="decimals"/> decimals at least and four at most.</summary>
    public static string Format(decimal amount, CultureInfo culture, int decimals = 2)
    {
        var fixedDigits = Math.Clamp(decimals, 0, 4);
        return amount.ToString("#,##0." + new string('0', fixedDigits) + new string('#', 4 - fixedDigits), culture);
    }

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();

    [GeneratedRegex("^[A-Z]{3}|[A-Z]{3}$")]
    private static partial Regex LettersAround();
}
