using System.Globalization;
using Kontor.Features.CustomFields;

namespace Kontor.Ui.CustomFields;

/// <summary>How a list filters by a custom field, chosen by its type.</summary>
public enum FilterKind
{
    /// <summary>Text that contains, or equals, what is typed.</summary>
    Text,

    /// <summary>A range of numbers.</summary>
    Number,

    /// <summary>A range of amounts, in one currency or any.</summary>
    Money,

    /// <summary>A range of days (for dates and times).</summary>
    Days,

    /// <summary>Any of the chosen list items.</summary>
    Items,

    /// <summary>Yes or no.</summary>
    Flag,

    /// <summary>Any of the chosen users.</summary>
    Users,

    /// <summary>A link to one record.</summary>
    Record,

    /// <summary>One number a field of several numbers holds.</summary>
    OneNumber,

    /// <summary>One day a field of several dates holds.</summary>
    OneDay,

    /// <summary>Whether the field has a value at all (files; several amounts or times).</summary>
    Presence,
}

/// <summary>
/// The terms of one custom field in a list's filter, as the API's <c>cf.</c> parameters take them (without the prefix):
/// read from the terms a list holds, and written back when the person changes the filter. Values are culture-free.
/// </summary>
public sealed record FieldFilter
{
    public const string Contains = "contains";

    public static FilterKind KindOf(FieldResponse field) => field.Type switch
    {
        CustomFieldType.String or CustomFieldType.Text or CustomFieldType.Url or CustomFieldType.Email or CustomFieldType.Phone => FilterKind.Text,
        CustomFieldType.Integer or CustomFieldType.Decimal => field.Multiple ? FilterKind.OneNumber : FilterKind.Number,
        CustomFieldType.Money => field.Multiple ? FilterKind.Presence : FilterKind.Money,
        CustomFieldType.Date => field.Multiple ? FilterKind.OneDay : FilterKind.Days,
        CustomFieldType.Datetime => field.Multiple ? FilterKind.Presence : FilterKind.Days,
        CustomFieldType.List => FilterKind.Items,
        CustomFieldType.Boolean => FilterKind.Flag,
        CustomFieldType.User => FilterKind.Users,
        CustomFieldType.Crm => FilterKind.Record,
        _ => FilterKind.Presence,
    };

    /// <summary>Text: what to look for; one number or one day: the value, culture-free (<c>12.5</c>, <c>2026-03-02</c>).</summary>
    public string? Text { get; init; }

    /// <summary>Text: the whole value must equal <see cref="Text"/> rather than contain it.</summary>
    public bool Exact { get; init; }

    public decimal? From { get; init; }

    public decimal? To { get; init; }

    public DateOnly? FromDay { get; init; }

    public DateOnly? ToDay { get; init; }

    public string? Currency { get; init; }

    /// <summary>Chosen list items or users.</summary>
    public IReadOnlyList<long> Ids { get; init; } = [];

    public bool? Flag { get; init; }

    /// <summary>A linked record as <c>entity:id</c>.</summary>
    public (string Entity, long Id)? Record { get; init; }

    /// <summary>True: only records with a value; false: only those without.</summary>
    public bool? Filled { get; init; }

    /// <summary>Reads the terms of <paramref name="code"/> among all of a list's custom field terms.</summary>
    public static FieldFilter Read(string code, IReadOnlyDictionary<string, IReadOnlyList<string>> terms)
    {
        string? One(string key) => terms.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;
        IReadOnlyList<string> All(string key) => terms.TryGetValue(key, out var values) ? values : [];

        var plain = One(code);
        var contains = One(code + "." + Contains);
        return new FieldFilter
        {
            Text = contains ?? plain,
            Exact = contains is null && plain is not null,
            From = Number(One(code + ".from")),
            To = Number(One(code + ".to")),
            FromDay = Day(One(code + ".from")),
            ToDay = Day(One(code + ".to")),
            Currency = One(code + ".currency"),
            Ids = [.. All(code).Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0).Where(id => id > 0)],
            Flag = bool.TryParse(plain, out var flag) ? flag : null,
            Record = plain?.Split(':') is [var entity and ("deal" or "contact" or "company"), var id] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var recordId)
                ? (entity, recordId)
                : null,
            Filled = One(code + ".empty") switch { "true" => false, "false" => true, _ => null },
        };
    }

    /// <summary>The terms that say this filter for a field of <paramref name="kind"/>; empty when it filters nothing.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Terms(string code, FilterKind kind)
    {
        var terms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                terms[key] = [value.Trim()];
            }
        }

        switch (kind)
        {
            case FilterKind.Text:
                Add(Exact ? code : code + "." + Contains, Text);
                break;
            case FilterKind.Number or FilterKind.Money:
                Add(code + ".from", From?.ToString(CultureInfo.InvariantCulture));
                Add(code + ".to", To?.ToString(CultureInfo.InvariantCulture));
                if (kind == FilterKind.Money)
                {
                    Add(code + ".currency", Currency);
                }

                break;
            case FilterKind.Days:
                Add(code + ".from", FromDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Add(code + ".to", ToDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case FilterKind.Items or FilterKind.Users:
                if (Ids.Count > 0)
                {
                    terms[code] = [.. Ids.Distinct().Select(id => id.ToString(CultureInfo.InvariantCulture))];
                }

                break;
            case FilterKind.Flag:
                Add(code, Flag is { } flag ? (flag ? "true" : "false") : null);
                break;
            case FilterKind.Record:
                Add(code, Record is var (entity, id) ? entity + ":" + id.ToString(CultureInfo.InvariantCulture) : null);
                break;
            case FilterKind.OneNumber or FilterKind.OneDay:
                Add(code, Text);
                break;
            default:
                Add(code + ".empty", Filled is { } filled ? (filled ? "false" : "true") : null);
                break;
        }

        return terms;
    }

    /// <summary>True for a term key of the field <paramref name="code"/> (<c>CODE</c> or <c>CODE.op</c>).</summary>
    public static bool Belongs(string key, string code) =>
        key == code || (key.StartsWith(code, StringComparison.Ordinal) && key.Length > code.Length && key[code.Length] == '.');

    private static decimal? Number(string? text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
