using System.Text.Json;
using System.Text.Json.Nodes;
using Kontor.Common;
using Kontor.Features.Pipelines;

namespace Kontor.Ui.Settings;

/// <summary>
/// A stage while it is added or edited: its names in both languages, its colour and, for a new stage, its meaning. A name
/// left blank in one language follows the other.
/// </summary>
public sealed class StageForm
{
    public string? NameDe { get; set; }

    public string? NameEn { get; set; }

    public string Color { get; set; } = StageRules.DefaultColor(StageSemantic.InProgress);

    /// <summary>In progress or lost; a pipeline has exactly one won stage.</summary>
    public StageSemantic Semantic { get; set; } = StageSemantic.InProgress;

    public bool HasName => !string.IsNullOrWhiteSpace(NameDe) || !string.IsNullOrWhiteSpace(NameEn);

    public static StageForm From(StageResponse stage) =>
        new() { NameDe = stage.Names.De, NameEn = stage.Names.En, Color = stage.Color, Semantic = stage.Semantic };

    public static Error NameRequired => Error.Validation("names", "A name is required.");

    public AddStage.Request ToAddRequest() => new()
    {
        Names = new StageNamesInput { De = Trimmed(NameDe), En = Trimmed(NameEn) },
        Semantic = Semantic,
        Color = Color,
    };

    /// <summary>The change for the stage slice: the names given (a blank one stays as it was) and the colour.</summary>
    public (UpdateStage.Changes? Changes, Error? Error) ToChanges()
    {
        if (!HasName)
        {
            return (null, NameRequired);
        }

        var names = new JsonObject();
        if (Trimmed(NameDe) is { } de)
        {
            names["de"] = de;
        }

        if (Trimmed(NameEn) is { } en)
        {
            names["en"] = en;
        }

        return UpdateStage.Parse(JsonSerializer.SerializeToElement(new JsonObject { ["names"] = names, ["color"] = Color }));
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
