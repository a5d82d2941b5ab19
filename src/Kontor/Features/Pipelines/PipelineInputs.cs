using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Kontor.Features.Pipelines;

/// <summary>Stage names in both languages as a request sends them; a language left out follows the other one.</summary>
public sealed record StageNamesInput
{
    [StringLength(StageRules.MaxNameLength)]
    public string? De { get; init; }

    [StringLength(StageRules.MaxNameLength)]
    public string? En { get; init; }
}

/// <summary>Readers for the fields of merge-patch bodies: each returns false when the value has the wrong type or shape.</summary>
public static partial class PipelineInputs
{
    public const string WrongValue = "The value has the wrong type or is out of range.";

    public static bool Name(JsonElement v, out string name)
    {
        name = "";
        if (v.ValueKind != JsonValueKind.String || v.GetString() is not { } text || text.Length > StageRules.MaxNameLength)
        {
            return false;
        }

        name = text.Trim();
        return name.Length > 0;
    }

    public static bool Sort(JsonElement v, out int sort)
    {
        sort = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out sort) && sort is >= 0 and <= StageRules.MaxSort;
    }

    public static bool Color(JsonElement v, out string color)
    {
        color = "";
        if (v.ValueKind != JsonValueKind.String || v.GetString() is not { } text || !ColorRegex().IsMatch(text))
        {
            return false;
        }

        color = text.ToUpperInvariant();
        return true;
    }

    /// <summary>An object with <c>de</c> and/or <c>en</c>; a language left out is null (not changed).</summary>
    public static bool Names(JsonElement v, out string? de, out string? en)
    {
        (de, en) = (null, null);
        if (v.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var p in v.EnumerateObject())
        {
            if (!Name(p.Value, out var name))
            {
                return false;
            }

            switch (p.Name)
            {
                case "de":
                    de = name;
                    break;
                case "en":
                    en = name;
                    break;
                default:
                    return false;
            }
        }

        return de is not null || en is not null;
    }

    [GeneratedRegex(StageRules.ColorPattern)]
    private static partial Regex ColorRegex();
}
