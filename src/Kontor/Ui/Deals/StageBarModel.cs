using System.Globalization;
using Kontor.Features.Pipelines;

namespace Kontor.Ui.Deals;

public enum SegmentState
{
    /// <summary>A stage the deal has passed: filled.</summary>
    Past,

    /// <summary>The stage the deal is in: filled and marked.</summary>
    Current,

    /// <summary>A stage still ahead: outlined.</summary>
    Future,
}

public enum DealOutcome
{
    Open,
    Won,
    Lost,
}

/// <summary>One in-progress stage of the bar. <see cref="Fill"/> is the colour the segment is painted in.</summary>
public sealed record StageSegment(long StageId, string Name, string Color, SegmentState State, string Fill, string TextColor)
{
    public bool IsFilled => State != SegmentState.Future;
}

/// <summary>A stage a deal can be closed in.</summary>
public sealed record FinalStage(long StageId, string Name, string Color);

/// <summary>
/// The stage bar of a deal: its pipeline's in-progress stages in order, then one "close" segment that stands for the
/// won and lost stages. A closed deal paints every in-progress segment in the colour of its final stage, the way
/// sales people know it from Bitrix24: green all along when won, red when lost.
/// </summary>
public sealed record StageBarModel(
    IReadOnlyList<StageSegment> Stages,
    DealOutcome Outcome,
    FinalStage? CurrentFinal,
    FinalStage? Won,
    IReadOnlyList<FinalStage> Lost)
{
    public const string NeutralColor = "#9AA5B1";

    public string CloseFill => CurrentFinal?.Color ?? NeutralColor;

    public string CloseTextColor => CurrentFinal is null ? "#1B2430" : ReadableTextOn(CurrentFinal.Color);

    public static StageBarModel For(PipelineResponse pipeline, long stageId)
    {
        var ordered = pipeline.Stages.OrderBy(s => s.Sort).ThenBy(s => s.Id).ToList();
        var current = ordered.FirstOrDefault(s => s.Id == stageId);
        var inProgress = ordered.Where(s => s.Semantic == StageSemantic.InProgress).ToList();
        var won = ordered.Where(s => s.Semantic == StageSemantic.Won).Select(Final).FirstOrDefault();
        var lost = ordered.Where(s => s.Semantic == StageSemantic.Lost).Select(Final).ToList();

        if (current is { Semantic: not StageSemantic.InProgress })
        {
            var final = Final(current);
            var segments = inProgress.Select(s => new StageSegment(s.Id, s.Name, s.Color, SegmentState.Past, final.Color, ReadableTextOn(final.Color))).ToList();
            return new StageBarModel(segments, current.Semantic == StageSemantic.Won ? DealOutcome.Won : DealOutcome.Lost, final, won, lost);
        }

        var index = current is null ? -1 : inProgress.FindIndex(s => s.Id == current.Id);
        var open = inProgress.Select((s, i) =>
        {
            var state = index < 0 || i > index ? SegmentState.Future : i == index ? SegmentState.Current : SegmentState.Past;
            return state == SegmentState.Future
                ? new StageSegment(s.Id, s.Name, s.Color, state, "transparent", "#1B2430")
                : new StageSegment(s.Id, s.Name, s.Color, state, s.Color, ReadableTextOn(s.Color));
        }).ToList();
        return new StageBarModel(open, DealOutcome.Open, null, won, lost);
    }

    /// <summary>True when clicking the segment moves the deal: any in-progress stage but the current one.</summary>
    public bool CanMoveTo(StageSegment segment) => segment.State != SegmentState.Current;

    private static FinalStage Final(StageResponse s) => new(s.Id, s.Name, s.Color);

    /// <summary>Black or white text, whichever contrasts more with the background (WCAG relative luminance).</summary>
    public static string ReadableTextOn(string background)
    {
        if (!TryParse(background, out var r, out var g, out var b))
        {
            return "#1B2430";
        }

        var luminance = (0.2126 * Linear(r)) + (0.7152 * Linear(g)) + (0.0722 * Linear(b));
        var contrastWithWhite = 1.05 / (luminance + 0.05);
        var contrastWithBlack = (luminance + 0.05) / 0.05;
        return contrastWithWhite >= contrastWithBlack ? "#FFFFFF" : "#1B2430";

        static double Linear(int channel)
        {
            var c = channel / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
    }

    private static bool TryParse(string hex, out int r, out int g, out int b)
    {
        r = g = b = 0;
        if (hex is not { Length: 7 } || hex[0] != '#')
        {
            return false;
        }

        return int.TryParse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out r)
            && int.TryParse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out g)
            && int.TryParse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out b);
    }
}
