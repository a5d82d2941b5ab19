using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kontor.Features.CustomFields;

namespace Kontor.Ui.CustomFields;

/// <summary>One value of a custom field while its editor holds it; which members count depends on the field's type.</summary>
public sealed class ValueDraft
{
    /// <summary>Text, web address, e-mail address and phone number; the typed amount of decimal and money fields.</summary>
    public string? Text { get; set; }

    public long? Whole { get; set; }

    public bool Flag { get; set; }

    public DateTime? Date { get; set; }

    public TimeSpan? Time { get; set; }

    /// <summary>A list item, user, file or linked record.</summary>
    public long? Id { get; set; }

    /// <summary>The kind of a linked record: deal, contact or company.</summary>
    public string? Entity { get; set; }

    public string Currency { get; set; } = "EUR";

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Whole is null && Date is null && Id is null;
}

/// <summary>
/// What the user enters into the editor of one custom field, and the JSON value it becomes (culture-free, as the API
/// takes it). A field holding several values keeps one <see cref="ValueDraft"/> per value: typed values as rows that are
/// added and removed one by one, picked values (list items, users, links, files) as a set without repeats.
/// </summary>
public sealed class FieldDraft
{
    private readonly TimeZoneInfo _zone;
    private readonly string _currency;

    public FieldDraft(FieldResponse field, JsonElement? value, TimeZoneInfo zone, string currency = "EUR")
    {
        (Field, _zone, _currency) = (field, zone, currency);
        if (value is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } v)
        {
            foreach (var element in field.Multiple && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : [v])
            {
                Values.Add(Load(element));
            }
        }

        if (Values.Count == 0 && !IsPicked)
        {
            Add();
        }
    }

    public FieldResponse Field { get; }

    public List<ValueDraft> Values { get; } = [];

    /// <summary>The one value of a field that holds one.</summary>
    public ValueDraft One => Values.Count > 0 ? Values[0] : Add();

    /// <summary>Values are chosen (list items, users, links, files) rather than typed.</summary>
    public bool IsPicked => Field.Type is CustomFieldType.List or CustomFieldType.User or CustomFieldType.Crm or CustomFieldType.File;

    /// <summary>The ids of the chosen values, in order.</summary>
    public IReadOnlyList<long> PickedIds => [.. Values.Where(v => v.Id is not null).Select(v => v.Id!.Value)];

    /// <summary>An empty row for one more value; a field holding one value has its row already.</summary>
    public ValueDraft Add()
    {
        if (!Field.Multiple && Values.Count > 0)
        {
            return One;
        }

        var draft = new ValueDraft { Currency = Values.LastOrDefault()?.Currency ?? _currency };
        Values.Add(draft);
        return draft;
    }

    /// <summary>Removes a value; the one row of a single value is emptied instead.</summary>
    public void Remove(ValueDraft draft)
    {
        Values.Remove(draft);
        if (Values.Count == 0 && !IsPicked)
        {
            Add();
        }
    }

    /// <summary>Chooses a list item, user, file or linked record: one more for a field holding several, the value otherwise. False when it is chosen already.</summary>
    public bool Pick(long id, string? entity = null)
    {
        if (Values.Exists(v => v.Id == id && v.Entity == entity))
        {
            return false;
        }

        if (!Field.Multiple)
        {
            Values.Clear();
        }

        Values.Add(new ValueDraft { Id = id, Entity = entity });
        return true;
    }

    /// <summary>The value to send: JSON null when there is none, or a message key when a value cannot be read.</summary>
    public (JsonElement Value, string? Problem) ToValue()
    {
        var nodes = new List<JsonNode>();
        foreach (var draft in Values)
        {
            var (node, problem) = Read(draft);
            if (problem is not null)
            {
                return (Null, problem);
            }

            if (node is not null && (!Field.Multiple || !nodes.Exists(n => JsonNode.DeepEquals(n, node))))
            {
                nodes.Add(node);
            }
        }

        if (nodes.Count == 0)
        {
            return (Null, null);
        }

        return (JsonSerializer.SerializeToElement(Field.Multiple ? new JsonArray([.. nodes]) : nodes[0]), null);
    }

    /// <summary>Reads a typed amount; the message key when it is not one.</summary>
    public static (decimal? Amount, string? Problem) Amount(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        if (!AmountText.TryParse(text, CultureInfo.CurrentCulture, out var amount))
        {
            return (null, "Enter a number such as 1,234.50.");
        }

        return amount != decimal.Round(amount, 4) ? (null, "At most four decimals.")
            : Math.Abs(amount) > Common.Money.MaxAmount ? (null, "The number is too large.")
            : (amount, null);
    }

    private static readonly JsonElement Null = JsonDocument.Parse("null").RootElement.Clone();

    private (JsonNode? Node, string? Problem) Read(ValueDraft v)
    {
        switch (Field.Type)
        {
            case CustomFieldType.Integer:
                return (v.Whole is { } whole ? JsonValue.Create(whole) : null, null);
            case CustomFieldType.Decimal:
                var (number, numberProblem) = Amount(v.Text);
                return (number is { } n ? JsonValue.Create(n) : null, numberProblem);
            case CustomFieldType.Money:
                var (amount, amountProblem) = Amount(v.Text);
                return (amount is { } a ? new JsonObject { ["amount"] = a, ["currency"] = v.Currency } : null, amountProblem);
            case CustomFieldType.Boolean:
                return (JsonValue.Create(v.Flag), null);
            case CustomFieldType.Date:
                return (v.Date is { } d ? JsonValue.Create(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null, null);
            case CustomFieldType.Datetime:
                return (v.Date is { } day ? JsonValue.Create(Utc(day, v.Time ?? TimeSpan.Zero)) : null, null);
            case CustomFieldType.List or CustomFieldType.User or CustomFieldType.File:
                return (v.Id is { } id ? JsonValue.Create(id) : null, null);
            case CustomFieldType.Crm:
                return (v.Entity is { } entity && v.Id is { } record ? new JsonObject { ["entity"] = entity, ["id"] = record } : null, null);
            case CustomFieldType.Text:
                return (string.IsNullOrWhiteSpace(v.Text) ? null : JsonValue.Create(v.Text), null);
            default:
                return (string.IsNullOrWhiteSpace(v.Text) ? null : JsonValue.Create(v.Text.Trim()), null);
        }
    }

    private ValueDraft Load(JsonElement v)
    {
        var draft = new ValueDraft { Currency = _currency };
        switch (Field.Type)
        {
            case CustomFieldType.Integer when v.TryGetInt64(out var whole):
                draft.Whole = whole;
                break;
            case CustomFieldType.Decimal when v.ValueKind == JsonValueKind.Number:
                draft.Text = AmountText.Format(v.GetDecimal(), CultureInfo.CurrentCulture, 0);
                break;
            case CustomFieldType.Boolean:
                draft.Flag = v.ValueKind == JsonValueKind.True;
                break;
            case CustomFieldType.Date when DateTime.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                draft.Date = date;
                break;
            case CustomFieldType.Datetime when DateTime.TryParse(v.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var utc):
                var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
                (draft.Date, draft.Time) = (local.Date, local.TimeOfDay);
                break;
            case CustomFieldType.List or CustomFieldType.User or CustomFieldType.File when v.TryGetInt64(out var id):
                draft.Id = id;
                break;
            case CustomFieldType.Money when v.ValueKind == JsonValueKind.Object:
                draft.Text = AmountText.Format(v.GetProperty("amount").GetDecimal(), CultureInfo.CurrentCulture);
                draft.Currency = v.GetProperty("currency").GetString() ?? _currency;
                break;
            case CustomFieldType.Crm when v.ValueKind == JsonValueKind.Object:
                draft.Entity = v.GetProperty("entity").GetString();
                draft.Id = v.GetProperty("id").GetInt64();
                break;
            default:
                draft.Text = v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText();
                break;
        }

        return draft;
    }

    private string Utc(DateTime day, TimeSpan time)
    {
        var local = DateTime.SpecifyKind(day.Date + new TimeSpan(time.Hours, time.Minutes, 0), DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, _zone).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }
}
