using System.Text.Json;

namespace Kontor.Features.CustomFields;

/// <summary>A text in German and English.</summary>
public sealed record LocalText(string? De, string? En);

public sealed record FieldItemResponse(long Id, LocalText Labels, int Sort, bool Retired);

public sealed record FieldResponse(
    long Id,
    CustomFieldEntity Entity,
    string Code,
    CustomFieldType Type,
    LocalText Labels,
    bool Mandatory,
    bool Multiple,
    JsonElement? DefaultValue,
    int Sort,
    bool ShowInList,
    bool Filterable,
    LocalText Help,
    IReadOnlyList<long> PipelineIds,
    IReadOnlyList<FieldItemResponse> Items,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version)
{
    public static FieldResponse From(FieldDefinition f) => new(
        f.Id, f.Entity, f.Code, f.Type, new LocalText(f.LabelDe, f.LabelEn), f.Mandatory, f.Multiple,
        f.DefaultValue is null ? null : JsonDocument.Parse(f.DefaultValue).RootElement.Clone(), f.Sort, f.ShowInList, f.Filterable,
        new LocalText(f.HelpDe, f.HelpEn), f.Pipelines.Select(p => p.PipelineId).Order().ToList(),
        f.Items.OrderBy(i => i.Sort).ThenBy(i => i.Id).Select(i => new FieldItemResponse(i.Id, new LocalText(i.LabelDe, i.LabelEn), i.Sort, i.Retired)).ToList(),
        f.CreatedAt, f.UpdatedAt, f.Version);
}

public sealed record FieldList(IReadOnlyList<FieldResponse> Items);
