using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Currencies;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Kontor.Features.Files;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.CustomFields;

/// <summary>
/// The one place that checks custom field values, for every write path (create and update of deals, contacts and
/// companies, from the API and the UI). Values are checked against the definitions of the record type: the shape per
/// type (400 <c>custom_fields.invalid_value</c>, unknown codes 400 <c>custom_fields.unknown_field</c>), then the rules
/// that need data (422: mandatory, list items, referenced records, pipeline visibility). Every refusal names its fields as
/// <c>customFields.CODE</c>.
/// </summary>
public static partial class CustomFieldValidator
{
    public const int MaxValues = 100;
    public const int MaxString = 500;
    public const int MaxText = 20_000;
    public const int MaxUrl = 2000;

    /// <summary>
    /// The values of a new record: those sent, checked, plus the default of every visible field that was not sent. Every
    /// mandatory field visible for <paramref name="pipelineId"/> must end up with a value.
    /// </summary>
    public static async Task<(string? Json, Error? Error)> ForNewAsync(
        KontorDb db, CustomFieldEntity entity, IReadOnlyDictionary<string, JsonElement>? sent, long? pipelineId, CancellationToken ct)
    {
        if (sent is not { Count: > 0 } && !await db.Set<FieldDefinition>().AnyAsync(f => f.Entity == entity, ct))
        {
            return (CustomValues.Empty, null);
        }

        var fields = await DefinitionsAsync(db, entity, ct);
        var values = new JsonObject();
        var sentValues = sent ?? CustomValues.None;
        var error = await ApplyAsync(db, fields, values, sentValues, pipelineId, ct);
        if (error is not null)
        {
            return (null, error);
        }

        foreach (var field in fields.Values.Where(f => f.DefaultValue is not null && f.IsVisibleIn(pipelineId) && !sentValues.ContainsKey(f.Code)))
        {
            values[field.Code] = JsonNode.Parse(field.DefaultValue!);
        }

        var missing = fields.Values.Where(f => f.Mandatory && f.IsVisibleIn(pipelineId) && values[f.Code] is null).ToList();
        if (missing.Count > 0)
        {
            return (null, MandatoryMissing(missing.Select(f => f.Code)));
        }

        return (CustomValues.Write(values), null);
    }

    /// <summary>
    /// Merges a patch into stored values key by key: a value replaces, <c>null</c> (or an empty string or list) removes.
    /// Keys the patch does not name stay as they are, so a record that lacks a later-added mandatory field can still be
    /// edited; removing a mandatory field's value is refused.
    /// </summary>
    public static async Task<(string? Json, Error? Error)> MergeAsync(
        KontorDb db, CustomFieldEntity entity, string current, IReadOnlyDictionary<string, JsonElement> patch, long? pipelineId, CancellationToken ct)
    {
        if (patch.Count == 0)
        {
            return (current, null);
        }

        var fields = await DefinitionsAsync(db, entity, ct);
        var values = CustomValues.Parse(current);
        var error = await ApplyAsync(db, fields, values, patch, pipelineId, ct);
        if (error is not null)
        {
            return (null, error);
        }

        var cleared = patch.Keys.Where(code => values[code] is null && fields[code].Mandatory && fields[code].IsVisibleIn(pipelineId)).ToList();
        return cleared.Count > 0 ? (null, MandatoryMissing(cleared)) : (CustomValues.Write(values), null);
    }

    /// <summary>The mandatory fields, visible for <paramref name="pipelineId"/>, that the stored values lack.</summary>
    public static async Task<IReadOnlyList<string>> IncompleteAsync(
        KontorDb db, CustomFieldEntity entity, IReadOnlyDictionary<string, JsonElement> values, long? pipelineId, CancellationToken ct)
    {
        var mandatory = await db.Set<FieldDefinition>().AsNoTracking().Include(f => f.Pipelines)
            .Where(f => f.Entity == entity && f.Mandatory).ToListAsync(ct);
        if (mandatory.Count == 0)
        {
            return [];
        }

        return mandatory.Where(f => f.IsVisibleIn(pipelineId) && !values.ContainsKey(f.Code))
            .OrderBy(f => f.Sort).ThenBy(f => f.Id).Select(f => f.Code).ToList();
    }

    /// <summary>
    /// Checks one value against a definition without the rules that need data: for default values and the UI's editors.
    /// Returns the normalised value (null for "no value") or the message that refuses it.
    /// </summary>
    public static (JsonNode? Value, string? Message) CheckShape(FieldDefinition field, JsonElement value)
    {
        var references = new References();
        return Normalise(field, value, null, references);
    }

    private static async Task<Dictionary<string, FieldDefinition>> DefinitionsAsync(KontorDb db, CustomFieldEntity entity, CancellationToken ct) =>
        await db.Set<FieldDefinition>().AsNoTracking().Include(f => f.Items).Include(f => f.Pipelines).AsSplitQuery()
            .Where(f => f.Entity == entity).ToDictionaryAsync(f => f.Code, StringComparer.Ordinal, ct);

    private static async Task<Error?> ApplyAsync(
        KontorDb db, Dictionary<string, FieldDefinition> fields, JsonObject values, IReadOnlyDictionary<string, JsonElement> sent, long? pipelineId, CancellationToken ct)
    {
        var unknown = sent.Keys.Where(code => !fields.ContainsKey(code)).ToList();
        if (unknown.Count > 0)
        {
            return CustomFieldErrors.Fields(
                CustomFieldErrors.Unknown, "The record type has no custom field with this code.", StatusCodes.Status400BadRequest,
                unknown.ToDictionary(Path, _ => Message("This field is unknown.")));
        }

        var references = new References();
        var invalid = new Dictionary<string, string[]>();
        var normalised = new Dictionary<string, JsonNode?>();
        foreach (var (code, value) in sent)
        {
            var (node, message) = Normalise(fields[code], value, values[code], references);
            if (message is not null)
            {
                invalid[Path(code)] = [message];
            }
            else
            {
                normalised[code] = node;
            }
        }

        if (invalid.Count > 0)
        {
            return CustomFieldErrors.Fields(CustomFieldErrors.Invalid, "One or more custom field values are invalid.", StatusCodes.Status400BadRequest, invalid);
        }

        var hidden = normalised.Where(n => n.Value is not null && !fields[n.Key].IsVisibleIn(pipelineId)).Select(n => n.Key).ToList();
        if (hidden.Count > 0)
        {
            return CustomFieldErrors.Fields(
                CustomFieldErrors.NotInPipeline, "The deal's pipeline does not show this custom field.", StatusCodes.Status422UnprocessableEntity,
                hidden.ToDictionary(Path, _ => Message("The deal's pipeline does not show this field.")));
        }

        if (references.MissingItems.Count > 0)
        {
            return CustomFieldErrors.Fields(
                CustomFieldErrors.ItemNotFound, "A list item does not exist or is retired.", StatusCodes.Status422UnprocessableEntity,
                references.MissingItems.Distinct().ToDictionary(Path, _ => Message("The list item does not exist or is retired.")));
        }

        var missing = await references.MissingAsync(db, ct);
        if (missing.Count > 0)
        {
            return CustomFieldErrors.Fields(
                CustomFieldErrors.ReferenceNotFound, "A referenced record does not exist.", StatusCodes.Status422UnprocessableEntity,
                missing.ToDictionary(Path, code => Message($"The referenced {Noun(fields[code].Type)} does not exist.")));
        }

        foreach (var (code, node) in normalised)
        {
            values[code] = node;
            if (node is null)
            {
                values.Remove(code);
            }
        }

        return null;
    }

    private static Error MandatoryMissing(IEnumerable<string> codes) =>
        CustomFieldErrors.Fields(
            CustomFieldErrors.Mandatory, "A mandatory custom field has no value.", StatusCodes.Status422UnprocessableEntity,
            codes.ToDictionary(Path, _ => Message("This field is mandatory.")));

    public static string Path(string code) => "customFields." + code;

    private static string[] Message(string text) => [text];

    private static string Noun(CustomFieldType type) => type switch
    {
        CustomFieldType.User => "user",
        CustomFieldType.Crm => "record",
        CustomFieldType.File => "file",
        CustomFieldType.Money => "currency",
        _ => "record",
    };

    private static (JsonNode? Value, string? Message) Normalise(FieldDefinition field, JsonElement value, JsonNode? current, References references)
    {
        if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return (null, null);
        }

        if (!field.Multiple)
        {
            return One(field, value, current, references);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            return (null, "Expected a list of values, as the field holds several.");
        }

        if (value.GetArrayLength() > MaxValues)
        {
            return (null, $"At most {MaxValues} values.");
        }

        var list = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in value.EnumerateArray())
        {
            var (node, message) = One(field, element, current, references);
            if (message is not null)
            {
                return (null, message);
            }

            if (node is null)
            {
                return (null, "A list of values must not contain empty values.");
            }

            if (!seen.Add(node.ToJsonString(CustomValues.Storage)))
            {
                return (null, "A value is listed twice.");
            }

            list.Add(node);
        }

        return (list.Count == 0 ? null : list, null);
    }

    private static (JsonNode? Value, string? Message) One(FieldDefinition field, JsonElement v, JsonNode? current, References references)
    {
        switch (field.Type)
        {
            case CustomFieldType.String:
                return Text(v, MaxString, singleLine: true);
            case CustomFieldType.Text:
                return Text(v, MaxText, singleLine: false);
            case CustomFieldType.Integer:
                return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var whole)
                    ? (JsonValue.Create(whole), null)
                    : (null, "Expected a whole number.");
            case CustomFieldType.Decimal:
                return Amount(v) is { } number ? (JsonValue.Create(number), null) : (null, AmountMessage);
            case CustomFieldType.Boolean:
                return v.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? (JsonValue.Create(v.GetBoolean()), null)
                    : (null, "Expected true or false.");
            case CustomFieldType.Date:
                return v.ValueKind == JsonValueKind.String &&
                    DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? (JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), null)
                    : (null, "Expected a date as yyyy-MM-dd.");
            case CustomFieldType.Datetime:
                return Moment(v);
            case CustomFieldType.List:
                if (!IsId(v, out var itemId))
                {
                    return (null, "Expected the id of a list item.");
                }

                var item = field.Items.Find(i => i.Id == itemId);
                if (item is null || (item.Retired && !Holds(current, v)))
                {
                    references.MissingItems.Add(field.Code);
                }

                return (JsonValue.Create(itemId), null);
            case CustomFieldType.Money:
                return Money(field.Code, v, references);
            case CustomFieldType.Url:
                var (url, urlMessage) = Text(v, MaxUrl, singleLine: true);
                return url is null || urlMessage is not null ? (url, urlMessage)
                    : Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                        ? (url, null)
                        : (null, "Expected an absolute http or https address.");
            case CustomFieldType.Email:
                return Channel(v, ChannelKind.Email);
            case CustomFieldType.Phone:
                return Channel(v, ChannelKind.Phone);
            case CustomFieldType.User:
                if (!IsId(v, out var userId))
                {
                    return (null, "Expected the id of a user.");
                }

                references.Users.Add((field.Code, userId));
                return (JsonValue.Create(userId), null);
            case CustomFieldType.File:
                if (!IsId(v, out var fileId))
                {
                    return (null, "Expected the id of an uploaded file.");
                }

                references.Files.Add((field.Code, fileId));
                return (JsonValue.Create(fileId), null);
            case CustomFieldType.Crm:
                return Crm(field.Code, v, references);
            default:
                return (null, "This field cannot hold a value.");
        }
    }

    private const string AmountMessage = "Expected a number with at most four decimals, at most 100,000,000,000,000 in size.";

    /// <summary>Exact numbers as money is kept (Common/Money): at most four decimals, refused rather than cut; trailing zeros dropped.</summary>
    private static decimal? Amount(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d) && Math.Abs(d) <= Common.Money.MaxAmount && d == Common.Money.RoundStored(d)
            ? decimal.Parse(d.ToString("0.####", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            : null;

    private static (JsonNode?, string?) Text(JsonElement v, int max, bool singleLine)
    {
        if (v.ValueKind != JsonValueKind.String)
        {
            return (null, "Expected text.");
        }

        var text = singleLine ? InputText.OrNull(v.GetString()) : (string.IsNullOrWhiteSpace(v.GetString()) ? null : v.GetString());
        if (text is null)
        {
            return (null, null);
        }

        if (text.Length > max)
        {
            return (null, $"At most {max} characters.");
        }

        return singleLine && text.AsSpan().IndexOfAny('\r', '\n') >= 0 ? (null, "Expected a single line.") : (JsonValue.Create(text), null);
    }

    private static (JsonNode?, string?) Channel(JsonElement v, ChannelKind kind)
    {
        var (node, message) = Text(v, ChannelRules.MaxLength, singleLine: true);
        return node is null || message is not null ? (node, message)
            : ChannelRules.IsValid(kind, node.GetValue<string>()) ? (node, null) : (null, ChannelRules.Message(kind));
    }

    // Kept to the second, in UTC, always in one shape, so that stored values sort as text.
    private static (JsonNode?, string?) Moment(JsonElement v)
    {
        const string message = "Expected a date and time with its offset, as 2026-03-02T09:30:00Z or 2026-03-02T10:30:00+01:00.";
        if (v.ValueKind != JsonValueKind.String || v.GetString() is not { } text || !MomentRegex().IsMatch(text) ||
            !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
        {
            return (null, message);
        }

        return moment.Ticks % TimeSpan.TicksPerSecond != 0
            ? (null, "Times are kept to the second; leave out fractions of a second.")
            : (JsonValue.Create(moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)), null);
    }

    private static (JsonNode?, string?) Money(string code, JsonElement v, References references)
    {
        const string message = "Expected {\"amount\": number, \"currency\": \"EUR\"}.";
        if (v.ValueKind != JsonValueKind.Object || v.EnumerateObject().Any(p => p.Name is not ("amount" or "currency")) ||
            !v.TryGetProperty("amount", out var amountValue) || !v.TryGetProperty("currency", out var currencyValue))
        {
            return (null, message);
        }

        if (Amount(amountValue) is not { } amount)
        {
            return (null, AmountMessage);
        }

        if (currencyValue.ValueKind != JsonValueKind.String || !CurrencyWrites.IsCode(currencyValue.GetString()!))
        {
            return (null, "Expected a currency code such as EUR.");
        }

        references.Currencies.Add((code, currencyValue.GetString()!));
        return (new JsonObject { ["amount"] = amount, ["currency"] = currencyValue.GetString() }, null);
    }

    private static (JsonNode?, string?) Crm(string code, JsonElement v, References references)
    {
        const string message = "Expected {\"entity\": \"deal\" | \"contact\" | \"company\", \"id\": number}.";
        if (v.ValueKind != JsonValueKind.Object || v.EnumerateObject().Any(p => p.Name is not ("entity" or "id")) ||
            !v.TryGetProperty("entity", out var entityValue) || !v.TryGetProperty("id", out var idValue) ||
            entityValue.ValueKind != JsonValueKind.String || entityValue.GetString() is not ("deal" or "contact" or "company") ||
            !IsId(idValue, out var id))
        {
            return (null, message);
        }

        var entity = entityValue.GetString()!;
        references.Records.Add((code, entity, id));
        return (new JsonObject { ["entity"] = entity, ["id"] = id }, null);
    }

    private static bool IsId(JsonElement v, out long id)
    {
        id = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out id) && id > 0;
    }

    /// <summary>True when the stored value is, or contains, this element: a retired item that a record keeps stays valid.</summary>
    private static bool Holds(JsonNode? current, JsonElement element)
    {
        var text = element.GetRawText();
        return current switch
        {
            JsonArray array => array.Any(n => n?.ToJsonString() == text),
            JsonValue value => value.ToJsonString() == text,
            _ => false,
        };
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex MomentRegex();

    /// <summary>The records that values point at, checked with one query per kind.</summary>
    private sealed class References
    {
        public List<string> MissingItems { get; } = [];

        public List<(string Code, long Id)> Users { get; } = [];

        public List<(string Code, long Id)> Files { get; } = [];

        public List<(string Code, string Currency)> Currencies { get; } = [];

        public List<(string Code, string Entity, long Id)> Records { get; } = [];

        public async Task<List<string>> MissingAsync(KontorDb db, CancellationToken ct)
        {
            var missing = new List<string>();
            if (Users.Count > 0)
            {
                var ids = Users.Select(u => u.Id).Distinct().ToList();
                var found = await db.Set<User>().Where(u => ids.Contains(u.Id) && u.IsActive).Select(u => u.Id).ToListAsync(ct);
                missing.AddRange(Users.Where(u => !found.Contains(u.Id)).Select(u => u.Code));
            }

            if (Files.Count > 0)
            {
                var ids = Files.Select(f => f.Id).Distinct().ToList();
                var found = await db.Set<StoredFile>().Where(f => ids.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct);
                missing.AddRange(Files.Where(f => !found.Contains(f.Id)).Select(f => f.Code));
            }

            if (Currencies.Count > 0)
            {
                var codes = Currencies.Select(c => c.Currency).Distinct().ToList();
                var found = await db.Set<Currency>().Where(c => codes.Contains(c.Code)).Select(c => c.Code).ToListAsync(ct);
                missing.AddRange(Currencies.Where(c => !found.Contains(c.Currency)).Select(c => c.Code));
            }

            foreach (var group in Records.GroupBy(r => r.Entity))
            {
                var ids = group.Select(r => r.Id).Distinct().ToList();
                var found = group.Key switch
                {
                    "deal" => await db.Set<Deal>().Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync(ct),
                    "contact" => await db.Set<Contact>().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct),
                    _ => await db.Set<Company>().Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct),
                };
                missing.AddRange(group.Where(r => !found.Contains(r.Id)).Select(r => r.Code));
            }

            return missing.Distinct().ToList();
        }
    }
}
