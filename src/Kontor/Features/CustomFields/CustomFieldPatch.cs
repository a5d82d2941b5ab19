using System.Text.Json;
using Kontor.Common;

namespace Kontor.Features.CustomFields;

/// <summary>Reads the <c>customFields</c> member of a merge-patch body: an object of values by code.</summary>
public static class CustomFieldPatch
{
    public const int MaxFields = 1000;

    /// <summary>The values by code, or null after reporting to <paramref name="patch"/> what is wrong.</summary>
    public static IReadOnlyDictionary<string, JsonElement>? Read<T>(PatchReader<T> patch, JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            patch.AddError(path, "Expected an object of custom field values by code.");
            return null;
        }

        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            values[property.Name] = property.Value.Clone();
        }

        if (values.Count > MaxFields)
        {
            patch.AddError(path, $"At most {MaxFields} values at once.");
            return null;
        }

        return values;
    }

    /// <summary>The <c>customFields</c> member of a body, when it is an object; for slices that read the rest of the body on their own.</summary>
    public static IReadOnlyDictionary<string, JsonElement>? Of(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("customFields", out var value) && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal)
            : null;
}
