using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kontor.Features.CustomFields;

/// <summary>
/// The stored form of a record's custom field values: a JSON object keyed by field code, keys in ordinal order. The
/// stored JSON is the API's JSON (no conversion on read), so a record renders without its definitions.
/// </summary>
public static class CustomValues
{
    public const string Empty = "{}";

    public static readonly IReadOnlyDictionary<string, JsonElement> None = new Dictionary<string, JsonElement>();

    // Readable umlauts in the column; the text never goes into HTML.
    internal static readonly JsonSerializerOptions Storage = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The values of a record for a response.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Read(string? json)
    {
        if (string.IsNullOrEmpty(json) || json == Empty)
        {
            return None;
        }

        using var document = JsonDocument.Parse(json);
        var values = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.Clone();
        }

        return values;
    }

    internal static JsonObject Parse(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    internal static string Write(JsonObject values)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in values.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sorted[key] = value?.DeepClone();
        }

        return sorted.ToJsonString(Storage);
    }

    /// <summary>
    /// The values that differ between two stored objects, as culture-free text for history: a string as itself, every
    /// other value as its JSON (<c>12.5</c>, <c>true</c>, <c>2026-03-02</c> stays a string, <c>[3,5]</c>).
    /// </summary>
    public static IReadOnlyList<(string Code, string? From, string? To)> Diff(string before, string after)
    {
        if (before == after)
        {
            return [];
        }

        var (old, next) = (Parse(before), Parse(after));
        return old.Select(p => p.Key).Union(next.Select(p => p.Key)).Order(StringComparer.Ordinal)
            .Select(code => (code, From: Text(old[code]), To: Text(next[code])))
            .Where(c => c.From != c.To)
            .ToList();
    }

    /// <summary>A value as culture-free text (see <see cref="Diff"/>); null for no value.</summary>
    public static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(Storage),
    };

    /// <inheritdoc cref="Text(JsonNode?)"/>
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => JsonSerializer.Serialize(value, Storage),
    };
}
