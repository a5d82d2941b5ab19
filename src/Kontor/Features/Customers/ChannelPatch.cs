using System.Text.Json;
using Kontor.Common;

namespace Kontor.Features.Customers;

/// <summary>The phones and e-mails of a PATCH body.</summary>
public static class ChannelPatch
{
    /// <summary>A list of phone numbers or e-mail addresses (<c>{type, value}</c>) that replaces the current one.</summary>
    public static void Channels<T>(this PatchReader<T> patch, string name, ChannelKind kind, Action<T, IReadOnlyList<ChannelValue>> apply) =>
        patch.Field(name, (value, path) => Read(patch, value, path, kind) is { } values ? t => apply(t, values) : null);

    private static List<ChannelValue>? Read<T>(PatchReader<T> patch, JsonElement list, string path, ChannelKind kind)
    {
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() > ChannelRules.MaxPerKind)
        {
            patch.AddError(path, $"Expected a list of at most {ChannelRules.MaxPerKind} entries.");
            return null;
        }

        var values = new List<ChannelValue>();
        var valid = true;
        for (var i = 0; i < list.GetArrayLength(); i++)
        {
            var field = $"{path}[{i}]";
            var entry = new PatchReader<Draft>(list[i], field + ".");
            entry.Text("type", 10, (d, s) => d.Type = s);
            entry.Text("value", ChannelRules.MaxLength, (d, s) => d.Value = s!, required: true);
            if (entry.Finish() is { } entryError)
            {
                patch.AddErrors(entryError);
                valid = false;
                continue;
            }

            var draft = new Draft();
            entry.ApplyTo(draft);
            var type = ChannelType.Work;
            if (!entry.Has("value"))
            {
                patch.AddError(field + ".value", "The value is required.");
                valid = false;
            }
            else if (draft.Type is { } typeName && !TryChannelType(typeName, out type))
            {
                patch.AddError(field + ".type", "Expected one of: work, mobile, home, other.");
                valid = false;
            }
            else if (!ChannelRules.IsValid(kind, draft.Value))
            {
                patch.AddError(field + ".value", ChannelRules.Message(kind));
                valid = false;
            }
            else
            {
                values.Add(new ChannelValue(type, draft.Value));
            }
        }

        return valid ? values : null;
    }

    private static bool TryChannelType(string text, out ChannelType type)
    {
        foreach (var candidate in Enum.GetValues<ChannelType>())
        {
            if (JsonNamingPolicy.CamelCase.ConvertName(candidate.ToString()) == text)
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>One phone or e-mail entry while it is read.</summary>
    private sealed class Draft
    {
        public string? Type { get; set; }

        public string Value { get; set; } = "";
    }
}
