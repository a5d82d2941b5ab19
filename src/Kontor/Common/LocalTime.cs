using System.Globalization;

namespace Kontor.Common;

/// <summary>
/// Converts between UTC (what the model stores) and the wall-clock time of an IANA time zone (what people type and read).
/// A local time that a daylight-saving change skips moves forward by the gap (02:30 on the spring-forward night is 03:30);
/// a local time that occurs twice is the first of the two (the earlier instant, still on summer time).
/// </summary>
public static class LocalTime
{
    private static readonly string[] LocalFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public const string InputMessage =
        "Expected a date-time such as 2026-03-30T14:00 (in your time zone) or with an offset (2026-03-30T14:00+02:00, 2026-03-30T12:00Z).";

    /// <summary>The zone for an IANA id; UTC when the id is unknown to this machine.</summary>
    public static TimeZoneInfo Zone(string? ianaId) =>
        ianaId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Reads a date-time typed in <paramref name="zone"/>, or an instant with an explicit offset or Z.</summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        text = text.Trim();
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || HasNumericOffset(text);
        if (hasOffset)
        {
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
            {
                return false;
            }

            utc = instant.UtcDateTime;
            return true;
        }

        if (!DateTime.TryParseExact(text, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        utc = ToUtc(local, zone);
        return true;
    }

    /// <summary>A wall-clock time of <paramref name="zone"/> as UTC, resolving skipped and repeated times as described above.</summary>
    public static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // The offset before the gap applied to the skipped time lands the same distance past the gap.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            return DateTime.SpecifyKind(local - before, DateTimeKind.Utc);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            var earlier = offsets.Max();
            return DateTime.SpecifyKind(local - earlier, DateTimeKind.Utc);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>A UTC instant as it reads on the wall clock of <paramref name="zone"/>, with that moment's offset.</summary>
    public static DateTimeOffset ToZoned(DateTime utc, TimeZoneInfo zone)
    {
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var offset = zone.GetUtcOffset(instant);
        return new DateTimeOffset(DateTime.SpecifyKind(instant + offset, DateTimeKind.Unspecified), offset);
    }

    /// <summary>The UTC bounds [start, end) of the local calendar day that contains <paramref name="utcNow"/>.</summary>
    public static (DateTime Start, DateTime End) Day(DateTime utcNow, TimeZoneInfo zone)
    {
        var today = ToZoned(utcNow, zone).Date;
        return (ToUtc(today, zone), ToUtc(today.AddDays(1), zone));
    }

    /// <summary>The UTC bounds [start, end) of the local week (Monday to Sunday) that contains <paramref name="utcNow"/>.</summary>
    public static (DateTime Start, DateTime End) Week(DateTime utcNow, TimeZoneInfo zone)
    {
        var today = ToZoned(utcNow, zone).Date;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        return (ToUtc(monday, zone), ToUtc(monday.AddDays(7), zone));
    }

    private static bool HasNumericOffset(string text)
    {
        // An offset follows the time: the last '+' or a '-' after the 'T' (dates themselves contain '-').
        var t = text.IndexOfAny(['T', 't', ' ']);
        return t > 0 && text.AsSpan(t).IndexOfAny('+', '-') >= 0;
    }
}
