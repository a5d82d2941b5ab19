using System.Globalization;
using System.Text.Json;
using Kontor.Features.CustomFields;
using Kontor.Ui.Shared;

namespace Kontor.Ui.CustomFields;

/// <summary>Names the UI shows for the records and users a value points at.</summary>
public sealed class FieldNames
{
    public Dictionary<long, string> Users { get; init; } = [];

    public Dictionary<(string Entity, long Id), string> Records { get; init; } = [];

    public Dictionary<long, string> Files { get; init; } = [];
}

/// <summary>
/// Custom field values as people read them, in the current culture: numbers and money formatted, list items by their
/// label, users and linked records by name, yes/no words. The stored values are culture-free JSON.
/// </summary>
public static class FieldValues
{
    public static string Label(FieldResponse field, string language) =>
        (language == "en" ? field.Labels.En : field.Labels.De) ?? field.Code;

    public static string? Help(FieldResponse field, string language) => language == "en" ? field.Help.En ?? field.Help.De : field.Help.De ?? field.Help.En;

    public static string ItemLabel(FieldItemResponse item, string language) => (language == "en" ? item.Labels.En : item.Labels.De) ?? "";

    /// <summary>The value for display; null when there is none.</summary>
    public static string? Display(FieldResponse field, JsonElement? value, string language, TimeZoneInfo zone, FieldNames? names = null, Func<bool, string>? yesNo = null)
    {
        var parts = Parts(field, value, language, zone, names, yesNo);
        return parts.Count == 0 ? null : string.Join(", ", parts.Select(p => p.Text));
    }

    /// <summary>
    /// Each value for display with where it leads: a web address opens, an e-mail address writes (<c>mailto:</c>), a phone
    /// number calls (<c>tel:</c>), a link opens its record and a file downloads. Empty when there is no value.
    /// </summary>
    public static IReadOnlyList<ShownValue> Parts(FieldResponse field, JsonElement? value, string language, TimeZoneInfo zone, FieldNames? names = null, Func<bool, string>? yesNo = null)
    {
        if (value is not { } v || v.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return [];
        }

        var elements = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v];
        return elements.Select(e => One(field, e, language, zone, names, yesNo) is { } text ? new ShownValue(text, Href(field.Type, e)) : null).OfType<ShownValue>().ToList();
    }

    /// <summary>Where one stored value leads, or null.</summary>
    public static string? Href(CustomFieldType type, JsonElement v) => type switch
    {
        CustomFieldType.Url when v.ValueKind == JsonValueKind.String && Uri.TryCreate(v.GetString(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" => uri.OriginalString,
        CustomFieldType.Email when v.ValueKind == JsonValueKind.String => "mailto:" + v.GetString(),
        CustomFieldType.Phone when v.ValueKind == JsonValueKind.String && Dialable(v.GetString()!) is { Length: > 0 } number => "tel:" + number,
        CustomFieldType.Crm when v.ValueKind == JsonValueKind.Object && v.TryGetProperty("entity", out var entity) && v.TryGetProperty("id", out var id) && id.TryGetInt64(out var recordId) =>
            RecordHref(entity.GetString() ?? "", recordId),
        CustomFieldType.File when v.TryGetInt64(out var fileId) => FileHref(fileId),
        _ => null,
    };

    /// <summary>The page of a deal, contact or company.</summary>
    public static string? RecordHref(string entity, long id) => entity switch
    {
        "deal" => $"deals/{id.ToString(CultureInfo.InvariantCulture)}",
        "contact" => $"contacts/{id.ToString(CultureInfo.InvariantCulture)}",
        "company" => $"companies/{id.ToString(CultureInfo.InvariantCulture)}",
        _ => null,
    };

    public static string FileHref(long id) => "/api/v1/files/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A phone number as a dialler takes it: digits, with a leading plus.</summary>
    public static string Dialable(string phone)
    {
        var digits = string.Concat(phone.Where(char.IsAsciiDigit));
        return phone.TrimStart().StartsWith('+') && digits.Length > 0 ? "+" + digits : digits;
    }

    /// <summary>A value kept as culture-free text (as the timeline stores it) for display.</summary>
    public static string? DisplayText(FieldResponse field, string? text, string language, TimeZoneInfo zone, FieldNames? names = null, Func<bool, string>? yesNo = null)
    {
        if (text is null)
        {
            return null;
        }

        // One text value is kept as itself, so "42" or "[1]" typed into a text field is text, not JSON.
        if (!field.Multiple && field.Type is CustomFieldType.String or CustomFieldType.Text or CustomFieldType.Url or CustomFieldType.Email or CustomFieldType.Phone)
        {
            return text;
        }

        JsonElement value;
        try
        {
            value = JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            value = JsonSerializer.SerializeToElement(text);
        }

        return Display(field, value, language, zone, names, yesNo);
    }

    private static string? One(FieldResponse field, JsonElement v, string language, TimeZoneInfo zone, FieldNames? names, Func<bool, string>? yesNo)
    {
        switch (field.Type)
        {
            case CustomFieldType.Integer when v.TryGetInt64(out var whole):
                return whole.ToString("#,##0", CultureInfo.CurrentCulture);
            case CustomFieldType.Decimal when v.ValueKind == JsonValueKind.Number:
                return Format.Number(v.GetDecimal());
            case CustomFieldType.Boolean when v.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return yesNo?.Invoke(v.GetBoolean()) ?? (v.GetBoolean() ? "✓" : "–");
            case CustomFieldType.Date when v.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return Format.Date(date);
            case CustomFieldType.Datetime when v.ValueKind == JsonValueKind.String &&
                DateTime.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc):
                return TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString("g", CultureInfo.CurrentCulture);
            case CustomFieldType.List when v.TryGetInt64(out var itemId):
                return field.Items.FirstOrDefault(i => i.Id == itemId) is { } item ? ItemLabel(item, language) : itemId.ToString(CultureInfo.InvariantCulture);
            case CustomFieldType.Money when v.ValueKind == JsonValueKind.Object && v.TryGetProperty("amount", out var amount) && v.TryGetProperty("currency", out var currency):
                return Format.Money(amount.GetDecimal(), currency.GetString() ?? "", Math.Clamp((int)amount.GetDecimal().Scale, 2, 4));
            case CustomFieldType.User when v.TryGetInt64(out var userId):
                return names?.Users.GetValueOrDefault(userId) ?? "#" + userId.ToString(CultureInfo.InvariantCulture);
            case CustomFieldType.File when v.TryGetInt64(out var fileId):
                return names?.Files.GetValueOrDefault(fileId) ?? "#" + fileId.ToString(CultureInfo.InvariantCulture);
            case CustomFieldType.Crm when v.ValueKind == JsonValueKind.Object && v.TryGetProperty("entity", out var entity) && v.TryGetProperty("id", out var id):
                return names?.Records.GetValueOrDefault((entity.GetString() ?? "", id.GetInt64())) ?? "#" + id.GetInt64().ToString(CultureInfo.InvariantCulture);
            default:
                return v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
        }
    }
}

/// <summary>A deal, contact or company a link field can point at.</summary>
public sealed record FieldRecord(string Entity, long Id, string Name);

/// <summary>One value as shown, and where it leads (null: nowhere).</summary>
public sealed record ShownValue(string Text, string? Href);
