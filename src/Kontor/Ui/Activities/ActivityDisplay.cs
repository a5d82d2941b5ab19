using System.Globalization;
using Kontor.Common;
using Kontor.Features.Activities;

namespace Kontor.Ui.Activities;

public enum Due
{
    Overdue,
    Today,
    Later,
}

/// <summary>How activities read on screen: when they are due, with which icon and words, in the user's zone and culture.</summary>
public static class ActivityDisplay
{
    public static Due DueOf(DateTimeOffset deadline, bool overdue, DateTime utcNow, TimeZoneInfo zone)
    {
        if (overdue)
        {
            return Due.Overdue;
        }

        var (start, end) = LocalTime.Day(utcNow, zone);
        return deadline.UtcDateTime >= start && deadline.UtcDateTime < end ? Due.Today : Due.Later;
    }

    /// <summary>"14:30" for today, otherwise the short date and time of the current culture.</summary>
    public static string When(DateTimeOffset deadline, DateTime utcNow, TimeZoneInfo zone)
    {
        var local = LocalTime.ToZoned(deadline.UtcDateTime, zone);
        var today = LocalTime.ToZoned(utcNow, zone).Date;
        return local.ToString(local.Date == today ? "t" : "g", CultureInfo.CurrentCulture);
    }

    public static string Icon(ActivityType type) => type switch
    {
        ActivityType.Call => MudBlazor.Icons.Material.Filled.Phone,
        ActivityType.Meeting => MudBlazor.Icons.Material.Filled.Groups,
        ActivityType.Email => MudBlazor.Icons.Material.Filled.Email,
        _ => MudBlazor.Icons.Material.Filled.TaskAlt,
    };

    /// <summary>The string key of an enum value's display name.</summary>
    public static string Name(Enum value) => value switch
    {
        ActivityType.Call => "Call",
        ActivityType.Meeting => "Meeting",
        ActivityType.Email => "E-mail",
        ActivityType.Todo => "To-do",
        CommunicationOutcome.NoAnswer => "No answer",
        Kontor.Features.Payments.PaymentMethod.BankTransfer => "Bank transfer",
        Kontor.Features.Payments.PaymentMethod.DirectDebit => "Direct debit",
        _ => value.ToString(),
    };

    /// <summary>The string key of a camelCase enum name as stored in timeline data.</summary>
    public static string NameOfCode(string? code) => code switch
    {
        null or "" => "",
        "noAnswer" => "No answer",
        "bankTransfer" => "Bank transfer",
        "directDebit" => "Direct debit",
        "payPal" => "PayPal",
        "todo" => "To-do",
        "email" => "E-mail",
        _ => char.ToUpperInvariant(code[0]) + code[1..],
    };
}
