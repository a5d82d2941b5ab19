using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Kontor.Features.Users;

/// <summary>The personal settings a user may choose: the UI culture and the time zone.</summary>
public static partial class UserSettings
{
    public static readonly IReadOnlyList<string> Locales = ["de-DE", "en-US"];

    public const string LocaleMessage = "Use de-DE or en-US.";

    public const string TimeZoneMessage = "Use an IANA time zone such as Europe/Berlin.";

    public static bool IsLocale(string? value) => value is not null && Locales.Contains(value, StringComparer.Ordinal);

    /// <summary>
    /// True for a time zone the server knows by its IANA id. Windows ids are refused because clients and the
    /// database must agree on one spelling; the character check keeps file-system paths out of the lookup.
    /// </summary>
    public static bool IsTimeZone(string? value) =>
        value is { Length: > 0 and <= 64 } &&
        TimeZoneId().IsMatch(value) &&
        TimeZoneInfo.TryFindSystemTimeZoneById(value, out var zone) &&
        zone.HasIanaId;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$")]
    private static partial Regex TimeZoneId();
}

/// <summary>A supported UI culture; null means "not given".</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SupportedLocaleAttribute() : ValidationAttribute(UserSettings.LocaleMessage)
{
    public override bool IsValid(object? value) => value is null || UserSettings.IsLocale(value as string);
}

/// <summary>An IANA time zone id; null means "not given".</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class IanaTimeZoneAttribute() : ValidationAttribute(UserSettings.TimeZoneMessage)
{
    public override bool IsValid(object? value) => value is null || UserSettings.IsTimeZone(value as string);
}
