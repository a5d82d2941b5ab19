using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kontor.Features.CustomFields;

namespace Kontor.Ui.CustomFields;

/// <summary>
/// What the user types into the editor of one custom field, and the JSON value it becomes (culture-free, as the API
/// takes it). Fields holding several values of a plain type are typed one per line.
/// </summary>
public sealed class FieldDraft
{
    private readonly FieldResponse _field;
    private readonly TimeZoneInfo _zone;

    public FieldDraft(FieldResponse field, JsonElement? value, TimeZoneInfo zone)
    {
        (_field, _zone) = (field, zone);
        if (value is not { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } v)
        {
            Currency = "EUR";
            return;
        }

        if (field.Multiple && v.ValueKind == JsonValueKind.Array)
        {
            var elements = v.EnumerateArray().ToList();
            Ids = elements.Where(e => e.ValueKind == JsonValueKind.Number).Select(e => e.GetInt64()).ToList();
            Text = string.Join('\n', elements.Select(e => Line(field.Type, e)));
            return;
        }

        Load(v);
    }

    public string? Text { get; set; }

    public long? Whole { get; set; }

    public decimal? Number { get; set; }

    public bool Flag { get; set; }

    public DateTime? Date { get; set; }

    public TimeSpan? Time { get; set; }

    /// <summary>A list item, user or file.</summary>
    public long? Id { get; set; }

    /// <summary>List items, users or files of a field holding several.</summary>
    public IEnumerable<long> Ids { get; set; } = [];

    public string Currency { get; set; } = "EUR";

    public string? CrmEntity { get; set; }

    /// <summary>Edited one per line.</summary>
    public bool IsLines => _field.Multiple && _field.Type is not (CustomFieldType.List or CustomFieldType.User or CustomFieldType.File);

    /// <summary>The value to send: null (JSON null) when there is none, or a message key when the input cannot be read.</summary>
    public (JsonElement Value, string? Problem) ToValue()
    {
        if (IsLines)
        {
            var lines = (Text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var array = new JsonArray();
            foreach (var line in lines)
            {
                if (ParseLine(_field.Type, line) is not { } node)
                {
                    return (Null, "One of the lines is not a valid value.");
                }

                array.Add(node);
            }

            return (array.Count == 0 ? Null : JsonSerializer.SerializeToElement(array), null);
        }

        if (_field.Multiple)
        {
            var ids = Ids.Distinct().ToList();
            return (ids.Count == 0 ? Null : JsonSerializer.SerializeToElement(ids), null);
        }

        JsonNode? value = _field.Type switch
        {
            CustomFieldType.Integer => Whole is { } w ? JsonValue.Create(w) : null,
            CustomFieldType.Decimal => Number is { } n ? JsonValue.Create(n) : null,
            CustomFieldType.Boolean => JsonValue.Create(Flag),
            CustomFieldType.Date => Date is { } d ? JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
            CustomFieldType.Datetime => Date is { } day ? JsonValue.Create(Utc(day, Time ?? TimeSpan.Zero)) : null,
            CustomFieldType.List or CustomFieldType.User or CustomFieldType.File => Id is { } id ? JsonValue.Create(id) : null,
            CustomFieldType.Money => Number is { } amount ? new JsonObject { ["amount"] = amount, ["currency"] = Currency } : null,
            CustomFieldType.Crm => CrmEntity is { } entity && Id is { } record ? new JsonObject { ["entity"] = entity, ["id"] = record } : null,
            _ => string.IsNullOrWhiteSpace(Text) ? null : JsonValue.Create(_field.Type == CustomFieldType.Text ? Text : Text.Trim()),
        };
        return (value is null ? Null : JsonSerializer.SerializeToElement(value), null);
    }

    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    private void Load(JsonElement v)
    {
        switch (_field.Type)
        {
            case CustomFieldType.Integer when v.TryGetInt64(out var whole):
                Whole = whole;
                break;
            case CustomFieldType.Decimal when v.ValueKind == JsonValueKind.Number:
                Number = v.GetDecimal();
                break;
            case CustomFieldType.Boolean:
                Flag = v.ValueKind == JsonValueKind.True;
                break;
            case CustomFieldType.Date when DateTime.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                Date = date;
                break;
            case CustomFieldType.Datetime when DateTime.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc):
                var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
                (Date, Time) = (local.Date, local.TimeOfDay);
                break;
            case CustomFieldType.List or CustomFieldType.User or CustomFieldType.File when v.TryGetInt64(out var id):
                Id = id;
                break;
            case CustomFieldType.Money when v.ValueKind == JsonValueKind.Object:
                Number = v.GetProperty("amount").GetDecimal();
                Currency = v.GetProperty("currency").GetString() ?? "EUR";
                break;
            case CustomFieldType.Crm when v.ValueKind == JsonValueKind.Object:
                CrmEntity = v.GetProperty("entity").GetString();
                Id = v.GetProperty("id").GetInt64();
                break;
            default:
                Text = v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
                break;
        }
    }

    private string Utc(DateTime day, TimeSpan time)
    {
        var local = DateTime.SpecifyKind(day.Date + new TimeSpan(time.Hours, time.Minutes, 0), DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, _zone).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    private static string Line(CustomFieldType type, JsonElement e) => type switch
    {
        CustomFieldType.Decimal or CustomFieldType.Integer when e.ValueKind == JsonValueKind.Number => e.GetDecimal().ToString("0.####", CultureInfo.CurrentCulture),
        _ when e.ValueKind == JsonValueKind.String => e.GetString() ?? "",
        _ => e.GetRawText(),
    };

    private static JsonNode? ParseLine(CustomFieldType type, string line) => type switch
    {
        CustomFieldType.Integer => long.TryParse(line, NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands, CultureInfo.CurrentCulture, out var w) ? JsonValue.Create(w) : null,
        CustomFieldType.Decimal => decimal.TryParse(line, NumberStyles.Number, CultureInfo.CurrentCulture, out var d) ? JsonValue.Create(d) : null,
        CustomFieldType.Date => DateTime.TryParse(line, CultureInfo.CurrentCulture, DateTimeStyles.None, out var date)
            ? JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null,
        CustomFieldType.Datetime or CustomFieldType.Money or CustomFieldType.Crm => JsonNode.Parse(line),
        _ => JsonValue.Create(line),
    };
}
