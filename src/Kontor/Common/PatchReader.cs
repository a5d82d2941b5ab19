using System.Globalization;
using System.Text.Json;

namespace Kontor.Common;

/// <summary>
/// Reads a JSON merge-patch body for a <typeparamref name="T"/>. Each call names one writable field, checks its value
/// and remembers how to apply it: a present field is changed, <c>null</c> clears it where it may be empty. Fields that
/// no call named are refused as unknown; <see cref="ReadOnly"/> and <see cref="Refuse"/> name fields that exist but may
/// not be written. Every error is collected with its field name; nothing is applied until <see cref="ApplyTo"/>.
/// </summary>
/// <remarks>
/// The methods ending in <c>OrNull</c> accept <c>null</c> and pass it on; the others refuse it. A <c>message</c>
/// argument replaces the default sentence for a refused value.
/// </remarks>
public sealed class PatchReader<T>
{
    private const string WrongType = "The value has the wrong type or is out of range.";
    private const string DateMessage = "Expected a date as yyyy-MM-dd.";

    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);
    private readonly HashSet<string> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);
    private readonly List<Action<T>> _changes = [];
    private readonly string _prefix;

    /// <param name="body">The body, or a nested object of it.</param>
    /// <param name="prefix">The path of a nested object with a trailing dot (<c>address.</c>); empty for the body.</param>
    public PatchReader(JsonElement body, string prefix = "")
    {
        _prefix = prefix;
        if (body.ValueKind != JsonValueKind.Object)
        {
            if (prefix.Length == 0)
            {
                _errors["$"] = ["The body must be a JSON object."];
            }
            else
            {
                _errors[prefix.TrimEnd('.')] = ["Expected a JSON object."];
            }

            return;
        }

        foreach (var p in body.EnumerateObject())
        {
            _fields[p.Name] = p.Value;
        }
    }

    private delegate bool Parse<TValue>(JsonElement value, out TValue result);

    /// <summary>True when the body sets this field.</summary>
    public bool Has(string name) => _fields.ContainsKey(name);

    /// <summary>A string of at most <paramref name="max"/> characters, stored trimmed; blank or null clears it unless it is required.</summary>
    public void Text(string name, int max, Action<T, string?> apply, bool required = false)
    {
        if (!TakeText(name, max, out var raw))
        {
            return;
        }

        if (InputText.OrNull(raw) is { } text)
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

    /// <summary>A string of at most <paramref name="max"/> characters, or null, passed on exactly as sent (spaces and all).</summary>
    public void RawText(string name, int max, Action<T, string?> apply)
    {
        if (TakeText(name, max, out var text))
        {
            _changes.Add(t => apply(t, text));
        }
    }

    /// <summary>A string that <paramref name="valid"/> accepts, passed on exactly as sent; null is refused.</summary>
    public void TextWhere(string name, Func<string, bool> valid, Action<T, string> apply, string message = WrongType) =>
        Read(name, (JsonElement v, out string text) =>
        {
            text = v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            return v.ValueKind == JsonValueKind.String && valid(text);
        }, message, apply);

    public void Bool(string name, Action<T, bool> apply, string message = WrongType) =>
        Read(name, (JsonElement v, out bool value) =>
        {
            value = v.ValueKind == JsonValueKind.True;
            return v.ValueKind is JsonValueKind.True or JsonValueKind.False;
        }, message, apply);

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public void WholeNumber(string name, int min, int max, Action<T, int> apply, string message = WrongType) =>
        Read(name, (JsonElement v, out int value) => IsInt(v, min, max, out value), message, apply);

    /// <inheritdoc cref="WholeNumber"/>
    public void WholeNumberOrNull(string name, int min, int max, Action<T, int?> apply) =>
        ReadOrNull(name, (JsonElement v, out int value) => IsInt(v, min, max, out value), WrongType, apply);

    /// <summary>
    /// A number from <paramref name="min"/> to <paramref name="max"/>; <paramref name="storable"/> also refuses more than
    /// four decimals, the precision amounts are stored with, so that the value reads back as written.
    /// </summary>
    public void Number(string name, decimal min, decimal max, Action<T, decimal> apply, bool storable = false) =>
        Read(name, (JsonElement v, out decimal value) => IsDecimal(v, min, max, storable, out value), WrongType, apply);

    /// <inheritdoc cref="Number"/>
    public void NumberOrNull(string name, decimal min, decimal max, Action<T, decimal?> apply, bool storable = false) =>
        ReadOrNull(name, (JsonElement v, out decimal value) => IsDecimal(v, min, max, storable, out value), WrongType, apply);

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public void Date(string name, Action<T, DateOnly> apply) => Read(name, IsDate, DateMessage, apply);

    /// <inheritdoc cref="Date"/>
    public void DateOrNull(string name, Action<T, DateOnly?> apply) => ReadOrNull(name, IsDate, DateMessage, apply);

    /// <summary>The id of another record.</summary>
    public void Id(string name, Action<T, long> apply, string message = WrongType) => Read(name, IsId, message, apply);

    /// <inheritdoc cref="Id"/>
    public void IdOrNull(string name, Action<T, long?> apply, string message = WrongType) => ReadOrNull(name, IsId, message, apply);

    /// <summary>An ordered list of ids that replaces the current one; <paramref name="distinct"/> refuses an id listed twice.</summary>
    public void Ids(string name, int max, Action<T, IReadOnlyList<long>> apply, bool distinct = true)
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

        if (distinct && ids.Distinct().Count() != ids.Count)
        {
            Fail(name, "An id is listed twice.");
            return;
        }

        _changes.Add(t => apply(t, ids));
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
            AddErrors(error);
            return;
        }

        _changes.Add(t => inner.ApplyTo(target(t)));
    }

    /// <summary>
    /// A field the caller reads itself: <paramref name="read"/> gets the value and the field's path, reports what is wrong
    /// with <see cref="AddError"/> and returns the change to apply, or null when it refused the value.
    /// </summary>
    public void Field(string name, Func<JsonElement, string, Action<T>?> read)
    {
        if (Take(name, out var v) && read(v, _prefix + name) is { } change)
        {
            _changes.Add(change);
        }
    }

    /// <summary>Refuses the value at <paramref name="path"/> (a full path, such as <c>phones[1].value</c>).</summary>
    public void AddError(string path, string message) => _errors[path] = [message];

    /// <summary>Takes over the field errors of <paramref name="error"/>, such as those of a reader for a nested entry.</summary>
    public void AddErrors(Error error)
    {
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]>())
        {
            _errors[field] = messages;
        }
    }

    /// <summary>Fields a response shows but a change may not set.</summary>
    public void ReadOnly(params string[] names) => Refuse("This field is read-only.", names);

    /// <summary>Refuses these fields with <paramref name="message"/> when the body sets them.</summary>
    public void Refuse(string message, params string[] names)
    {
        foreach (var name in names)
        {
            if (Take(name, out _))
            {
                Fail(name, message);
            }
        }
    }

    /// <summary>Refuses the fields no call named and returns every error, or null when the body can be applied.</summary>
    public Error? Finish()
    {
        foreach (var name in _fields.Keys.Where(n => !_named.Contains(n)))
        {
            _errors[_prefix + name] = ["This field is unknown."];
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

    private void Read<TValue>(string name, Parse<TValue> parse, string message, Action<T, TValue> apply)
    {
        if (!Take(name, out var v))
        {
            return;
        }

        if (parse(v, out var value))
        {
            _changes.Add(t => apply(t, value));
        }
        else
        {
            Fail(name, message);
        }
    }

    private void ReadOrNull<TValue>(string name, Parse<TValue> parse, string message, Action<T, TValue?> apply)
        where TValue : struct
    {
        if (!Take(name, out var v))
        {
            return;
        }

        if (v.ValueKind == JsonValueKind.Null)
        {
            _changes.Add(t => apply(t, null));
        }
        else if (parse(v, out var value))
        {
            _changes.Add(t => apply(t, value));
        }
        else
        {
            Fail(name, message);
        }
    }

    private bool Take(string name, out JsonElement value)
    {
        _named.Add(name);
        return _fields.TryGetValue(name, out value);
    }

    /// <summary>A string or null of at most <paramref name="max"/> characters; false when the field is absent or refused.</summary>
    private bool TakeText(string name, int max, out string? text)
    {
        text = null;
        if (!Take(name, out var v))
        {
            return false;
        }

        if (v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            Fail(name, WrongType);
            return false;
        }

        text = v.GetString();
        if (text?.Length > max)
        {
            Fail(name, $"The value must be at most {max} characters long.");
            return false;
        }

        return true;
    }

    private void Fail(string name, string message) => _errors[_prefix + name] = [message];

    private static bool IsId(JsonElement v, out long id)
    {
        id = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out id) && id > 0;
    }

    private static bool IsInt(JsonElement v, int min, int max, out int value)
    {
        value = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out value) && value >= min && value <= max;
    }

    private static bool IsDecimal(JsonElement v, decimal min, decimal max, bool storable, out decimal value)
    {
        value = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out value) && value >= min && value <= max &&
            (!storable || value == Money.RoundStored(value));
    }

    private static bool IsDate(JsonElement v, out DateOnly date)
    {
        date = default;
        return v.ValueKind == JsonValueKind.String &&
            DateOnly.TryParseExact(v.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
