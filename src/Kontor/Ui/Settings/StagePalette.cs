namespace Kontor.Ui.Settings;

/// <summary>A colour a stage can take, with the resource key of its name.</summary>
public sealed record StageColor(string Hex, string Name);

/// <summary>The twelve stage colours offered, light enough for dark text and apart enough to tell stages apart on the board.</summary>
public static class StagePalette
{
    public static readonly IReadOnlyList<StageColor> Colors =
    [
        new("#39A8EF", "Blue"),
        new("#2FC6F6", "Sky blue"),
        new("#55D0E0", "Cyan"),
        new("#47E4C2", "Turquoise"),
        new("#7BD500", "Green"),
        new("#B8D935", "Lime"),
        new("#FFC800", "Yellow"),
        new("#FFA900", "Orange"),
        new("#FF5752", "Red"),
        new("#EC6FA9", "Pink"),
        new("#9B7BE0", "Violet"),
        new("#8A99AB", "Grey"),
    ];

    /// <summary>The palette entry of a colour, compared without case; null for a colour set elsewhere (API, import).</summary>
    public static StageColor? Find(string? hex) =>
        Colors.FirstOrDefault(c => string.Equals(c.Hex, hex, StringComparison.OrdinalIgnoreCase));
}
