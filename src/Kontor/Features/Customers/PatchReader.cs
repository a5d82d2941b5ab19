using System.Globalization;
using System.Text.Json;
using Kontor.Common;

namespace Kontor.Features.Customers;

/// <summary>
/// Reads a JSON merge-patch body for a <typeparamref name="T"/>. Each call names one writable field, checks its value
/// and remembers how to apply it: a present field is changed, <c>null</c> clears it where it may be empty. Fields that
/// no call named are refused as unknown or read-only. Every error is collected with its field name; nothing is applied
/// until <see cref="ApplyTo"/>.
/// </summary>
public sealed class PatchReader<T>
{
    private static readonly string WrongType = "The value has the wrong type or is out of range.";

    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);
    private readonly List<Action<T>> _changes = [];
    private readonly string _prefix;

    public PatchReader(JsonElement body, string prefix = "")
    {
        _prefix = prefix;
        if (body.ValueKind != JsonValueKind.Object)
        {
            _errors[prefix.Length == 0 ? "$" : prefix.TrimEnd('.')] = ["Expected a JSON object."];
            return;
        }

        foreach (var p in body.EnumerateObject())
        {
            _fields[p.Name] = p.Value;
        }
    }

    /// <summary>True when the body sets this field.</summary>
    public bool Has(string name) => _fields.ContainsKey(name);

    /// <summary>A string of at most <paramref name="max"/> characters, stored trimmed; blank or null clears it unless it is required.</summary>
    public void Text(string name, int max, Action<T, string?> apply, bool required = false)
    {
        if (!Take(name, out var v))
        {
            return;
        }

        if (v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            Fail(name, WrongType);
        }
        else if (v.GetString() is { } raw && raw.Length > max)
        {
            Fail(name, $"The value must be at most {max} characters long.");
        }
        else if (InputText.OrNull(v.GetString()) is { } text)
        {
            _changes.Add(t => apply(t, text));
        }
        else if (required)
        {
            Fail(name, "The value must not be empty.");
        }
        else
        {
            _changes.Add(t => apply(t, null));
        }
    }

    public void Bool(string name, Action<T, bool> apply)
    {
        if (!Take(name, out var v))
        {
            return;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            var value = v.GetBoolean();
            _changes.Add(t => apply(t, value));
        }
        else
        {
            Fail(name, WrongType);
        }
    }

    /// <summary>A date as <c>yyyy-MM-dd</c>, or null.</summary>
    public void Date(string name, Action<T, DateOnly?> apply)
    {
        if (!Take(name, out var v))
        {
            return;
        }

        if (v.ValueKind == JsonValueKind.Null)
        {
            _changes.Add(t => apply(t, null));
        }
        else if (v.ValueKind == JsonValueKind.String &&
            DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            _changes.Add(t => apply(t, date));
        }
        else
        {
            Fail(name, "Expected a date as yyyy-MM-dd.");
        }
    }

    /// <summary>The id of another record, or null.</summary>
    public void Id(string name, Action<T, long?> apply)
    {
        if (!Take(name, out var v))
        {
            return;
        }

        if (v.ValueKind == JsonValueKind.Null)
        {
            _changes.Add(t => apply(t, null));
        }
        else if (IsId(v, out var id))
        {
            _changes.Add(t => apply(t, id));
        }
        else
        {
            Fail(name, WrongType);
        }
    }

    /// <summary>An ordered list of distinct ids that replaces the current one.</summary>
    public void Ids(string name, int max, Action<T, IReadOnlyList<long>> apply)
    {
        if (!Take(name, out var v))
        {
            return;
        }

        if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() > max)
        {
            Fail(name, $"Expected a list of at most {max} ids.");
            return;
        }

        var ids = new List<long>();
        foreach (var item in v.EnumerateArray())
        {
            if (!IsId(item, out var id))
            {
                Fail(name, WrongType);
                return;
            }

            ids.Add(id);
        }

        if (ids.Distinct().Count() != ids.Count)
        {
            Fail(name, "An id is listed twice.");
            return;
        }

        _changes.Add(t => apply(t, ids));
    }

    /// <summary>A list of phone numbers or e-mail addresses (<c>{type, value}</c>) that replaces the current one.</summary>
    public void Channels(string name, ChannelKind kind, Action<T, IReadOnlyList<ChannelValue>> apply)
    {
        if (!Take(name, out var v))
        {
            return;
        }

        if (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() > ChannelRules.MaxPerKind)
        {
            Fail(name, $"Expected a list of at most {ChannelRules.MaxPerKind} entries.");
            return;
        }

        var values = new List<ChannelValue>();
        for (var i = 0; i < v.GetArrayLength(); i++)
        {
            var field = $"{_prefix}{name}[{i}]";
            var entry = new PatchReader<ChannelDraft>(v[i], field + ".");
            entry.Text("type", 10, (d, s) => d.Type = s);
            entry.Text("value", ChannelRules.MaxLength, (d, s) => d.Value = s!, required: true);
            if (entry.Finish() is { } entryError)
            {
                Merge(entryError);
                continue;
            }

            var draft = new ChannelDraft();
            entry.ApplyTo(draft);
            var type = ChannelType.Work;
            if (!entry.Has("value"))
            {
                _errors[field + ".value"] = ["The value is required."];
            }
            else if (draft.Type is { } typeName && !TryChannelType(typeName, out type))
            {
                _errors[field + ".type"] = ["Expected one of: work, mobile, home, other."];
            }
            else if (!ChannelRules.IsValid(kind, draft.Value))
            {
                _errors[field + ".value"] = [ChannelRules.Message(kind)];
            }
            else
            {
                values.Add(new ChannelValue(type, draft.Value));
            }
        }

        _changes.Add(t => apply(t, values));
    }

    /// <summary>A nested object whose fields merge into <paramref name="target"/>; <c>null</c> resets it with <paramref name="clear"/>.</summary>
    public void Nested<TInner>(string name, Func<T, TInner> target, Action<T> clear, Action<PatchReader<TInner>> fields)
    {
        if (!Take(name, out var v))
        {
            return;
        }

        if (v.ValueKind == JsonValueKind.Null)
        {
            _changes.Add(clear);
            return;
        }

        var inner = new PatchReader<TInner>(v, $"{_prefix}{name}.");
        fields(inner);
        if (inner.Finish() is { } error)
        {
            Merge(error);
            return;
        }

        _changes.Add(t => inner.ApplyTo(target(t)));
    }

    /// <summary>Refuses the fields no call named and returns every error, or null when the body can be applied.</summary>
    public Error? Finish(IReadOnlySet<string>? readOnly = null)
    {
        foreach (var name in _fields.Keys.Where(n => !_named.Contains(n)))
        {
            _errors[_prefix + name] = [readOnly?.Contains(name) == true ? "This field is read-only." : "This field is unknown."];
        }

        return _errors.Count > 0 ? Error.Validation(_errors) : null;
    }

    public void ApplyTo(T target)
    {
        foreach (var change in _changes)
        {
            change(target);
        }
    }

    private bool Take(string name, out JsonElement value)
    {
        _named.Add(name);
        return _fields.TryGetValue(name, out value);
    }

    private void Fail(string name, string message) => _errors[_prefix + name] = [message];

    private void Merge(Error error)
    {
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]>())
        {
            _errors[field] = messages;
        }
    }

    private static bool IsId(JsonElement v, out long id)
    {
        id = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out id) && id > 0;
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
    private sealed class ChannelDraft
    {
        public string? Type { get; set; }

        public string Value { get; set; } = "";
    }
}
