using System.Globalization;
using System.Text.Json;
using Kontor.Features.Timeline;
using Kontor.Ui.Activities;
using Kontor.Ui.Shared;
using Microsoft.Extensions.Localization;

namespace Kontor.Ui.Deals;

/// <summary>
/// Sentences for what people add to a deal: comments (their safe HTML), activities, calls and e-mails, payments and
/// deliveries, read from each entry's snapshot in the UI language.
/// </summary>
public sealed class TimelineRecordText(IStringLocalizer text, Func<DateTime, string> when)
{
    public (TimelineTone Tone, string Sentence, IReadOnlyList<string> Details, string? Html)? Describe(GetTimeline.Item item)
    {
        var d = item.Data;
        return item.Kind switch
        {
            TimelineKinds.Comment => (TimelineTone.Comment,
                item.Comment?.IsEdited == true ? $"{text["Comment"]} ({text["edited"]})" : text["Comment"].Value,
                [], item.Comment?.Html),
            TimelineKinds.Activity => Activity(d),
            TimelineKinds.Call or TimelineKinds.Email => Communication(item.Kind, d),
            TimelineKinds.Payment => Payment(d),
            TimelineKinds.Delivery => Delivery(d),
            _ => null,
        };
    }

    private (TimelineTone, string, IReadOnlyList<string>, string?) Activity(JsonElement d)
    {
        var subject = $"{Name(Str(d, "type"))} „{Str(d, "subject")}“";
        var sentence = Str(d, "event") switch
        {
            "done" => text["Activity done: {0}", subject].Value,
            "cancelled" => text["Activity cancelled: {0}", subject].Value,
            "changed" => text["Activity changed: {0}", subject].Value,
            "deleted" => text["Activity deleted: {0}", subject].Value,
            _ => text["Activity planned: {0}", subject].Value,
        };
        var details = new List<string>();
        if (Str(d, "event") is "planned" or "changed" && Time(d, "deadline") is { } deadline)
        {
            details.Add(text["Due: {0}", when(deadline)].Value);
        }

        if (Str(d, "result") is { Length: > 0 } result)
        {
            details.Add(text["Result: {0}", result].Value);
        }

        if (Str(d, "event") == "planned" && Str(d, "description") is { Length: > 0 } description)
        {
            details.Add(description);
        }

        return (Str(d, "event") == "done" ? TimelineTone.Done : TimelineTone.Activity, sentence, details, null);
    }

    private (TimelineTone, string, IReadOnlyList<string>, string?) Communication(string kind, JsonElement d)
    {
        var incoming = Str(d, "direction") == "incoming";
        var sentence = (kind, incoming) switch
        {
            (TimelineKinds.Call, true) => text["Incoming call"].Value,
            (TimelineKinds.Call, false) => text["Outgoing call"].Value,
            (_, true) => text["Incoming e-mail"].Value,
            _ => text["Outgoing e-mail"].Value,
        };
        var details = new List<string>();
        if (Str(d, "subject") is { Length: > 0 } subject)
        {
            details.Add(subject);
        }

        if (Str(d, "outcome") is { Length: > 0 } outcome)
        {
            details.Add(text["Outcome: {0}", Name(outcome)].Value);
        }

        if (d.TryGetProperty("durationSeconds", out var seconds) && seconds.ValueKind == JsonValueKind.Number && seconds.GetInt32() > 0)
        {
            details.Add(text["Duration: {0} min", Math.Ceiling(seconds.GetInt32() / 60m).ToString(CultureInfo.CurrentCulture)].Value);
        }

        if (Str(d, "note") is { Length: > 0 } note)
        {
            details.Add(note);
        }

        return (kind == TimelineKinds.Call ? TimelineTone.Call : TimelineTone.Email, sentence, details, null);
    }

    private (TimelineTone, string, IReadOnlyList<string>, string?) Payment(JsonElement d)
    {
        var amount = d.TryGetProperty("amount", out var a) && a.ValueKind == JsonValueKind.Number ? Format.Money(a.GetDecimal(), Str(d, "currency") ?? "EUR") : "";
        var money = $"{amount} ({Name(Str(d, "state"))})";
        var sentence = Str(d, "event") switch
        {
            "changed" => text["Payment changed: {0}", money].Value,
            "deleted" => text["Payment deleted: {0}", money].Value,
            _ => text["Payment recorded: {0}", money].Value,
        };
        var details = new List<string>();
        if (Str(d, "paidAt") is { Length: > 0 } paidAt && DateOnly.TryParse(paidAt, CultureInfo.InvariantCulture, out var day))
        {
            details.Add(text["Paid on: {0}", day.ToString("d", CultureInfo.CurrentCulture)].Value);
        }

        if (Str(d, "method") is { Length: > 0 } method)
        {
            details.Add(text["Method: {0}", Name(method)].Value);
        }

        if (Str(d, "reference") is { Length: > 0 } reference)
        {
            details.Add(text["Reference: {0}", reference].Value);
        }

        details.AddRange(Changes(d, "amount", "currency", "paidAt", "method", "state", "reference", "note"));
        return (TimelineTone.Payment, sentence, details, null);
    }

    private (TimelineTone, string, IReadOnlyList<string>, string?) Delivery(JsonElement d)
    {
        var sentence = Str(d, "event") switch
        {
            "changed" => text["Delivery changed"].Value,
            "deleted" => text["Delivery deleted"].Value,
            _ => text["Delivery recorded"].Value,
        };
        var details = new List<string> { text["State: {0}", Name(Str(d, "state"))].Value };
        if (Str(d, "carrier") is { Length: > 0 } || Str(d, "trackingNumber") is { Length: > 0 })
        {
            details.Add(text["Tracking: {0}", $"{Str(d, "carrier")} {Str(d, "trackingNumber")}".Trim()].Value);
        }

        if (Str(d, "address") is { Length: > 0 } address)
        {
            details.Add(address.ReplaceLineEndings(", "));
        }

        details.AddRange(Changes(d, "state", "carrier", "trackingNumber", "address", "expectedAt", "shippedAt", "deliveredAt", "note"));
        return (TimelineTone.Delivery, sentence, details, null);
    }

    /// <summary>The listed field changes as "Field: old → new", values in the reader's culture.</summary>
    private IEnumerable<string> Changes(JsonElement d, params string[] fields)
    {
        if (!d.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        // An amount is in the currency the payment had on that side of the change.
        var currency = Str(d, "currency") ?? "EUR";
        var currencyChange = changes.EnumerateArray().FirstOrDefault(c => Str(c, "field") == "currency");
        var (fromCurrency, toCurrency) = (Str(currencyChange, "from") ?? currency, Str(currencyChange, "to") ?? currency);
        foreach (var change in changes.EnumerateArray())
        {
            var field = Str(change, "field");
            if (field is not null && fields.Contains(field))
            {
                yield return text["{0}: {1} → {2}", text[Label(field)].Value,
                    Value(field, Str(change, "from"), fromCurrency), Value(field, Str(change, "to"), toCurrency)].Value;
            }
        }
    }

    private string Value(string field, string? value, string currency)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "—";
        }

        return field switch
        {
            "amount" => TimelineText.ParseDecimal(value) is { } amount ? Format.Money(amount, currency) : value,
            "paidAt" or "expectedAt" or "shippedAt" or "deliveredAt" => TimelineText.ParseDate(value) is { } day ? Format.Date(day) : value,
            "method" or "state" => Name(value),
            _ => value.ReplaceLineEndings(", "),
        };
    }

    private static string Label(string field) => field switch
    {
        "amount" => "Amount",
        "currency" => "Currency",
        "paidAt" => "Date",
        "method" => "Method",
        "reference" => "Reference",
        "state" => "State",
        "carrier" => "Carrier",
        "trackingNumber" => "Tracking number",
        "address" => "Address",
        "expectedAt" => "Expected on",
        "shippedAt" => "Shipped on",
        "deliveredAt" => "Delivered on",
        _ => "Note",
    };

    private string Name(string? code) => code is null ? "" : text[ActivityDisplay.NameOfCode(code)].Value;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateTime? Time(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.TryGetDateTime(out var t) ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : null;
}
