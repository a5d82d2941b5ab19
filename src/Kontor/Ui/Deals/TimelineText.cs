using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Kontor.Features.Timeline;
using Kontor.Ui.Shared;
using Microsoft.Extensions.Localization;

namespace Kontor.Ui.Deals;

public enum TimelineTone
{
    Neutral,
    Created,
    Stage,
    Products,
    Won,
    Lost,
    Comment,
    Activity,
    Done,
    Call,
    Email,
    Payment,
    Delivery,
}

/// <summary>One timeline entry as people read it: a sentence with author and time, and detail lines below.</summary>
public sealed record TimelineLine(
    long Id, string Kind, TimelineTone Tone, string Sentence, IReadOnlyList<string> Details, string? Author, DateTime CreatedAt, string? Html = null)
{
    /// <summary>The comment, activity, call, payment or delivery the entry is about, while it exists.</summary>
    public long? RecordId { get; init; }

    /// <summary>For comments: the comment as it is now (text, pin, author, files, version).</summary>
    public Kontor.Features.Comments.CommentResponse? Comment { get; init; }
}

/// <summary>Names of the records that entries refer to by id.</summary>
public sealed class TimelineNames
{
    public Dictionary<long, string> Users { get; init; } = [];

    public Dictionary<long, string> Companies { get; init; } = [];

    public Dictionary<long, string> Contacts { get; init; } = [];

    public Dictionary<long, string> Pipelines { get; init; } = [];

    /// <summary>Titles of deals that link fields point at.</summary>
    public Dictionary<long, string> Deals { get; init; } = [];

    /// <summary>Names of files that file fields hold.</summary>
    public Dictionary<long, string> Files { get; init; } = [];

    /// <summary>Adds the names of <paramref name="more"/>, as a further page of entries brings them.</summary>
    public void Add(TimelineNames more)
    {
        foreach (var (known, found) in new[] { (Users, more.Users), (Companies, more.Companies), (Contacts, more.Contacts), (Deals, more.Deals), (Files, more.Files) })
        {
            foreach (var (id, name) in found)
            {
                known[id] = name;
            }
        }
    }
}

/// <summary>The ids a page of entries refers to, to look their names up in one go.</summary>
public sealed record TimelineReferences(IReadOnlySet<long> Users, IReadOnlySet<long> Companies, IReadOnlySet<long> Contacts)
{
    /// <summary>Deals that link fields point at.</summary>
    public IReadOnlySet<long> Deals { get; init; } = new HashSet<long>();

    /// <summary>Files that file fields hold.</summary>
    public IReadOnlySet<long> Files { get; init; } = new HashSet<long>();
}

/// <summary>
/// Turns timeline entries into sentences in the UI language: "Stage moved from Preparation to Invoice by Anna, 14:02",
/// field changes as "Title: Old → New". Values are shown in the user's culture and time zone.
/// </summary>
public sealed partial class TimelineText(IStringLocalizer text, string language, TimeZoneInfo zone, DateTime utcNow, TimelineNames names)
{
    /// <summary>
    /// The currency amounts are shown in. Start with the deal's current currency: walking entries newest first,
    /// a currency change switches to the older currency for the entries before it.
    /// </summary>
    public string Currency { get; set; } = "EUR";

    /// <summary>Describes comments, activities, calls, e-mails, payments and deliveries; without it they read as "Entry".</summary>
    public IStringLocalizer? Records { get; init; }

    /// <summary>The deal's custom field definitions: changes of <c>customFields.CODE</c> show the field's label and formatted values.</summary>
    public IReadOnlyList<Kontor.Features.CustomFields.FieldResponse> CustomFields { get; init; } = [];

    public IReadOnlyList<TimelineLine> DescribeAll(IEnumerable<GetTimeline.Item> newestFirst) => newestFirst.Select(Describe).ToList();

    public TimelineLine Describe(GetTimeline.Item item)
    {
        var data = item.Data;
        if (Records is not null && new TimelineRecordText(Records, When).Describe(item) is { } record)
        {
            return new TimelineLine(
                item.Id, item.Kind, record.Tone, Signed(record.Sentence, item.AuthorName, item.CreatedAt), record.Details, item.AuthorName, item.CreatedAt,
                record.Html)
            {
                RecordId = item.RecordId,
                Comment = item.Comment,
            };
        }

        var (tone, sentence, details) = item.Kind switch
        {
            TimelineKinds.Created => (TimelineTone.Created, text["Deal created"].Value, Created(data)),
            TimelineKinds.FieldsChanged => (TimelineTone.Neutral, text["Deal changed"].Value, Changes(data)),
            TimelineKinds.StageMoved => Moved(data),
            TimelineKinds.ProductsChanged => (TimelineTone.Products, text["Products changed"].Value, Products(data)),
            TimelineKinds.Closed when Str(data, "result") == "won" => (TimelineTone.Won, text["Deal closed as won"].Value, []),
            TimelineKinds.Closed => (TimelineTone.Lost, text["Deal closed as lost"].Value, []),
            TimelineKinds.Reopened => (TimelineTone.Neutral, text["Deal reopened"].Value, []),
            _ => (TimelineTone.Neutral, text["Entry: {0}", item.Kind].Value, (IReadOnlyList<string>)[]),
        };

        return new TimelineLine(item.Id, item.Kind, tone, Signed(sentence, item.AuthorName, item.CreatedAt), details, item.AuthorName, item.CreatedAt);
    }

    /// <summary>A pinned comment, shown above the stream (it has no entry of its own there while pinned).</summary>
    public TimelineLine DescribePinned(Kontor.Features.Comments.CommentResponse comment)
    {
        var item = new GetTimeline.Item(0, TimelineKinds.Comment, comment.AuthorId, comment.AuthorName, comment.CreatedAt, default, comment.Id, comment);
        return Describe(item);
    }

    private string Signed(string sentence, string? authorName, DateTime createdAt)
    {
        var when = When(createdAt);
        return authorName is { Length: > 0 } author
            ? text["{0} by {1}, {2}", sentence, author, when].Value
            : text["{0}, {1}", sentence, when].Value;
    }

    /// <summary>Local time: only the time for today, date and time otherwise.</summary>
    public string When(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), zone).Date;
        return local.ToString(local.Date == today ? "t" : "g", CultureInfo.CurrentCulture);
    }

    /// <summary>
    /// The users, companies, contacts, deals and files that the changes of <paramref name="items"/> name, including the
    /// values of user, link and file fields among <paramref name="customFields"/>.
    /// </summary>
    public static TimelineReferences ReferencedIds(IEnumerable<GetTimeline.Item> items, IReadOnlyList<Kontor.Features.CustomFields.FieldResponse>? customFields = null)
    {
        var (users, companies, contacts, deals, files) = (new HashSet<long>(), new HashSet<long>(), new HashSet<long>(), new HashSet<long>(), new HashSet<long>());
        foreach (var item in items.Where(i => i.Kind == TimelineKinds.FieldsChanged))
        {
            foreach (var (field, from, to) in ChangeList(item.Data))
            {
                if (field.StartsWith(CustomFieldPrefix, StringComparison.Ordinal))
                {
                    var definition = customFields?.FirstOrDefault(f => f.Code == field[CustomFieldPrefix.Length..]);
                    foreach (var value in new[] { from, to }.SelectMany(CustomElements))
                    {
                        switch (definition?.Type)
                        {
                            case Kontor.Features.CustomFields.CustomFieldType.User when value.TryGetInt64(out var user):
                                users.Add(user);
                                break;
                            case Kontor.Features.CustomFields.CustomFieldType.File when value.TryGetInt64(out var file):
                                files.Add(file);
                                break;
                            case Kontor.Features.CustomFields.CustomFieldType.Crm when Link(value) is var (entity, id):
                                (entity switch { "deal" => deals, "contact" => contacts, _ => companies }).Add(id);
                                break;
                            default:
                                break;
                        }
                    }

                    continue;
                }

                var target = field switch
                {
                    "responsibleId" or "observerIds" => users,
                    "companyId" => companies,
                    "contactIds" => contacts,
                    _ => null,
                };
                foreach (var id in Ids(from).Concat(Ids(to)))
                {
                    target?.Add(id);
                }
            }
        }

        return new TimelineReferences(users, companies, contacts) { Deals = deals, Files = files };
    }

    /// <summary>The values of a custom field as the history keeps them: one JSON value, or a list of them.</summary>
    private static IEnumerable<JsonElement> CustomElements(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        try
        {
            var value = JsonDocument.Parse(text).RootElement.Clone();
            return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static (string Entity, long Id)? Link(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("entity", out var entity) && entity.ValueKind == JsonValueKind.String &&
        value.TryGetProperty("id", out var id) && id.TryGetInt64(out var number)
            ? (entity.GetString()!, number)
            : null;

    private List<string> Created(JsonElement data)
    {
        var lines = new List<string>();
        if (Stage(data, "stage") is { } stage)
        {
            lines.Add(Line("Stage", stage));
        }

        if (data.TryGetProperty("amount", out var amount) && amount.ValueKind == JsonValueKind.Number && amount.GetDecimal() != 0m)
        {
            lines.Add(Line("Amount", Format.Money(amount.GetDecimal(), Str(data, "currency") ?? Currency)));
        }

        return lines;
    }

    private (TimelineTone, string, IReadOnlyList<string>) Moved(JsonElement data)
    {
        var from = Stage(data, "from") ?? text["unknown stage"].Value;
        var to = Stage(data, "to") ?? text["unknown stage"].Value;
        var fromPipeline = Long(data, "fromPipelineId");
        var toPipeline = Long(data, "toPipelineId");
        if (fromPipeline != toPipeline && fromPipeline is { } fp && toPipeline is { } tp)
        {
            var sentence = text["Moved from pipeline {0} to pipeline {1}", PipelineName(fp), PipelineName(tp)].Value;
            return (TimelineTone.Stage, sentence, [Line("Stage", to)]);
        }

        return (TimelineTone.Stage, text["Stage moved from {0} to {1}", from, to].Value, []);
    }

    private List<string> Changes(JsonElement data)
    {
        // Custom fields are told in the order the record shows them, after the deal's own fields.
        var changes = ChangeList(data)
            .OrderBy(c => c.Field.StartsWith(CustomFieldPrefix, StringComparison.Ordinal) ? CustomFields.FirstOrDefault(f => CustomFieldPrefix + f.Code == c.Field)?.Sort ?? int.MaxValue : int.MinValue)
            .ToList();

        // The entry's amounts are in the currency the deal had after the change; entries before it used the old one.
        var currencyChange = changes.FirstOrDefault(c => c.Field == "currencyCode");
        var lines = changes.Select(c => FieldLine(c.Field, c.From, c.To, currencyChange.To ?? Currency)).ToList();
        if (currencyChange.From is { Length: > 0 } older)
        {
            Currency = older;
        }

        return lines;
    }

    private List<string> Products(JsonElement data)
    {
        var before = Strings(data, "before");
        var after = Strings(data, "after");
        var lines = new List<string>();
        foreach (var removed in Minus(before, after))
        {
            lines.Add("− " + RowText(removed));
        }

        foreach (var added in Minus(after, before))
        {
            lines.Add("+ " + RowText(added));
        }

        lines.AddRange(ChangeList(data).Select(c => FieldLine(c.Field, c.From, c.To, Currency)));
        return lines;
    }

    private string FieldLine(string field, string? from, string? to, string currency)
    {
        if (field.StartsWith(CustomFieldPrefix, StringComparison.Ordinal))
        {
            return CustomFieldLine(field[CustomFieldPrefix.Length..], from, to);
        }

        var label = field switch
        {
            "title" => "Title",
            "currencyCode" => "Currency",
            "probability" => "Probability",
            "companyId" => "Company",
            "responsibleId" => "Responsible",
            "beginDate" => "Begin date",
            "closeDate" => "Close date",
            "sourceId" => "Source",
            "sourceDescription" => "Source details",
            "comments" => "Comments",
            "isOpened" => "Visible to everyone",
            "contactIds" => "Contacts",
            "observerIds" => "Observers",
            "isManualAmount" => "Amount calculation",
            "amount" => "Amount",
            "taxValue" => "Tax",
            _ => field,
        };
        return text["{0}: {1} → {2}", text[label].Value, Value(field, from, currency), Value(field, to, currency)].Value;
    }

    private string Value(string field, string? value, string currency)
    {
        if (string.IsNullOrEmpty(value) || value == "[]")
        {
            return "—";
        }

        return field switch
        {
            "amount" or "taxValue" => ParseDecimal(value) is { } amount ? Format.Money(amount, currency) : value,
            "probability" => value + " %",
            "beginDate" or "closeDate" => ParseDate(value) is { } date ? Format.Date(date) : value,
            "isOpened" => bool.TryParse(value, out var open) ? text[open ? "yes" : "no"].Value : value,
            "isManualAmount" => bool.TryParse(value, out var manual) ? text[manual ? "manual" : "from products"].Value : value,
            "sourceId" => DealSources.Label(value) is { } source ? text[source].Value : value,
            "companyId" => NamesOf(value, names.Companies),
            "contactIds" => NamesOf(value, names.Contacts),
            "responsibleId" or "observerIds" => NamesOf(value, names.Users),
            "comments" or "sourceDescription" => value.Length > 80 ? value[..79].TrimEnd() + "…" : value,
            _ => value,
        };
    }

    private const string CustomFieldPrefix = "customFields.";

    private string CustomFieldLine(string code, string? from, string? to)
    {
        var definition = CustomFields.FirstOrDefault(f => f.Code == code);
        var fieldNames = new Kontor.Ui.CustomFields.FieldNames
        {
            Users = names.Users,
            Files = names.Files,
            Records = names.Companies.Select(c => (Key: ("company", c.Key), c.Value))
                .Concat(names.Contacts.Select(c => (Key: ("contact", c.Key), c.Value)))
                .Concat(names.Deals.Select(d => (Key: ("deal", d.Key), d.Value)))
                .ToDictionary(p => p.Key, p => p.Value),
        };
        string Shown(string? value)
        {
            var shown = definition is null
                ? value ?? "—"
                : Kontor.Ui.CustomFields.FieldValues.DisplayText(definition, value, language, zone, fieldNames, yes => text[yes ? "yes" : "no"].Value) ?? "—";
            shown = string.Join(' ', shown.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            return shown.Length > 80 ? shown[..79].TrimEnd() + "…" : shown;
        }

        var label = definition is null ? code : Kontor.Ui.CustomFields.FieldValues.Label(definition, language);
        return text["{0}: {1} → {2}", label, Shown(from), Shown(to)].Value;
    }

    private static string NamesOf(string value, Dictionary<long, string> known) =>
        string.Join(", ", Ids(value).Select(id => known.TryGetValue(id, out var name) ? name : "#" + id.ToString(CultureInfo.InvariantCulture)));

    private string RowText(string described)
    {
        var m = RowPattern().Match(described);
        if (!m.Success || ParseDecimal(m.Groups["q"].Value) is not { } quantity || ParseDecimal(m.Groups["t"].Value) is not { } total)
        {
            return described;
        }

        return $"{Format.Number(quantity)} {Units.Display(m.Groups["u"].Value, text)} × {m.Groups["n"].Value} = {Format.Money(total, Currency)}";
    }

    private string PipelineName(long id) => names.Pipelines.TryGetValue(id, out var name) ? name : "#" + id.ToString(CultureInfo.InvariantCulture);

    private string Line(string label, string value) => text["{0}: {1}", text[label].Value, value].Value;

    private string? Stage(JsonElement data, string name) =>
        data.TryGetProperty(name, out var stage) && stage.ValueKind == JsonValueKind.Object
            ? Str(stage, language == "de" ? "nameDe" : "nameEn") ?? Str(stage, "code")
            : null;

    private static List<(string Field, string? From, string? To)> ChangeList(JsonElement data) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty("changes", out var changes) && changes.ValueKind == JsonValueKind.Array
            ? changes.EnumerateArray().Select(c => (Str(c, "field") ?? "", Str(c, "from"), Str(c, "to"))).ToList()
            : [];

    private static long[] Ids(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return [];
        }

        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var single))
        {
            return [single];
        }

        try
        {
            return JsonSerializer.Deserialize<long[]>(value) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static List<string> Minus(List<string> all, List<string> remove)
    {
        var left = new List<string>(all);
        foreach (var r in remove)
        {
            left.Remove(r);
        }

        return left;
    }

    private static List<string> Strings(JsonElement data, string name) =>
        data.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static long? Long(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    /// <summary>
    /// Old entries may hold numbers written in a German culture ("1234,5"); a plain value never carries group
    /// separators, so a comma can only be the decimal separator.
    /// </summary>
    internal static decimal? ParseDecimal(string value)
    {
        var culture = value.Contains(',', StringComparison.Ordinal) && !value.Contains('.', StringComparison.Ordinal)
            ? CultureInfo.GetCultureInfo("de-DE")
            : CultureInfo.InvariantCulture;
        return decimal.TryParse(value, NumberStyles.Number, culture, out var d) ? d : null;
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "MM/dd/yyyy", "M/d/yyyy"];

    internal static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    [GeneratedRegex(@"^(?<q>[0-9.,]+) (?<u>.*?) × (?<n>.*) = (?<t>-?[0-9.,]+)$")]
    private static partial Regex RowPattern();
}
