using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kontor.Features.CustomFields;

namespace Kontor.Ui.CustomFields;

/// <summary>A list item while the settings form edits it; <see cref="Id"/> is null for a new item.</summary>
public sealed class ItemDraft
{
    public long? Id { get; init; }

    public string LabelDe { get; set; } = "";

    public string LabelEn { get; set; } = "";

    public bool Retired { get; set; }
}

/// <summary>
/// The settings form of one custom field: what an administrator fills in, checked for shape, and turned into the create
/// request or the merge-patch of a change. Code, type and "multiple" are only set when the field is created.
/// </summary>
public sealed partial class FieldForm
{
    public long? Id { get; private init; }

    public CustomFieldEntity Entity { get; set; } = CustomFieldEntity.Deal;

    /// <summary>The part after <c>UF_CRM_</c>.</summary>
    public string Name { get; set; } = "";

    public CustomFieldType Type { get; set; } = CustomFieldType.String;

    public bool Multiple { get; set; }

    public string LabelDe { get; set; } = "";

    public string LabelEn { get; set; } = "";

    public string? HelpDe { get; set; }

    public string? HelpEn { get; set; }

    public bool Mandatory { get; set; }

    public bool ShowInList { get; set; }

    public bool Filterable { get; set; }

    public IEnumerable<long> PipelineIds { get; set; } = [];

    public List<ItemDraft> Items { get; } = [];

    public bool IsNew => Id is null;

    public string Code => FieldDefinition.CodePrefix + Name.Trim().ToUpperInvariant();

    public static FieldForm ForNew(CustomFieldEntity entity) => new() { Entity = entity };

    public static FieldForm From(FieldResponse f)
    {
        var form = new FieldForm
        {
            Id = f.Id,
            Entity = f.Entity,
            Name = f.Code[FieldDefinition.CodePrefix.Length..],
            Type = f.Type,
            Multiple = f.Multiple,
            LabelDe = f.Labels.De ?? "",
            LabelEn = f.Labels.En ?? "",
            HelpDe = f.Help.De,
            HelpEn = f.Help.En,
            Mandatory = f.Mandatory,
            ShowInList = f.ShowInList,
            Filterable = f.Filterable,
            PipelineIds = [.. f.PipelineIds],
        };
        form.Items.AddRange(f.Items.Select(i => new ItemDraft { Id = i.Id, LabelDe = i.Labels.De ?? "", LabelEn = i.Labels.En ?? "", Retired = i.Retired }));
        return form;
    }

    /// <summary>A message key (see <see cref="CustomFieldsText"/>) for the first thing to fix, or null.</summary>
    public string? Check()
    {
        if (IsNew && !CodeRegex().IsMatch(Code))
        {
            return "The code takes capital letters, digits and underscores (at most 43).";
        }

        if (string.IsNullOrWhiteSpace(LabelDe) || string.IsNullOrWhiteSpace(LabelEn))
        {
            return "Give the field a label in German and in English.";
        }

        if (Multiple && Type == CustomFieldType.Boolean)
        {
            return "A yes/no field holds one value.";
        }

        return Type == CustomFieldType.List && Items.Any(i => string.IsNullOrWhiteSpace(i.LabelDe) || string.IsNullOrWhiteSpace(i.LabelEn))
            ? "Every list item needs a label in German and in English."
            : null;
    }

    public void AddItem() => Items.Add(new ItemDraft());

    /// <summary>Moves an item one place; new items that were never saved may also be removed.</summary>
    public void Move(ItemDraft item, int by)
    {
        var index = Items.IndexOf(item);
        var target = index + by;
        if (index < 0 || target < 0 || target >= Items.Count)
        {
            return;
        }

        (Items[index], Items[target]) = (Items[target], Items[index]);
    }

    public void Remove(ItemDraft item)
    {
        if (item.Id is null)
        {
            Items.Remove(item);
        }
    }

    public CreateField.Request ToCreate() => new()
    {
        Entity = Entity,
        Code = Code,
        Type = Type,
        Multiple = Multiple,
        Labels = new LabelsInput { De = LabelDe.Trim(), En = LabelEn.Trim() },
        Help = new HelpInput { De = Blank(HelpDe), En = Blank(HelpEn) },
        Mandatory = Mandatory,
        ShowInList = ShowInList,
        Filterable = Filterable,
        PipelineIds = Entity == CustomFieldEntity.Deal && PipelineIds.Any() ? [.. PipelineIds] : null,
        Items = Type == CustomFieldType.List ? [.. Items.Select(i => new ItemInput { Labels = new LabelsInput { De = i.LabelDe.Trim(), En = i.LabelEn.Trim() }, Retired = i.Retired })] : null,
    };

    /// <summary>The merge-patch of a change: every editable part, items in their order (new ones without an id).</summary>
    public JsonElement ToPatch()
    {
        var patch = new JsonObject
        {
            ["labels"] = new JsonObject { ["de"] = LabelDe.Trim(), ["en"] = LabelEn.Trim() },
            ["help"] = new JsonObject { ["de"] = Blank(HelpDe), ["en"] = Blank(HelpEn) },
            ["mandatory"] = Mandatory,
            ["showInList"] = ShowInList,
            ["filterable"] = Filterable,
        };
        if (Entity == CustomFieldEntity.Deal)
        {
            patch["pipelineIds"] = new JsonArray([.. PipelineIds.Select(id => (JsonNode)id)]);
        }

        if (Type == CustomFieldType.List)
        {
            patch["items"] = new JsonArray([.. Items.Select(i =>
            {
                var item = new JsonObject { ["labels"] = new JsonObject { ["de"] = i.LabelDe.Trim(), ["en"] = i.LabelEn.Trim() }, ["retired"] = i.Retired };
                if (i.Id is { } id)
                {
                    item["id"] = id;
                }

                return (JsonNode)item;
            })]);
        }

        return JsonSerializer.SerializeToElement(patch);
    }

    /// <summary>The sort values that put <paramref name="ordered"/> in this order, leaving gaps for later inserts.</summary>
    public static IReadOnlyList<(long Id, int Sort)> Order(IReadOnlyList<long> ordered) =>
        ordered.Select((id, i) => (id, (i + 1) * 10)).ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(FieldDefinition.CodePattern)]
    private static partial Regex CodeRegex();
}
