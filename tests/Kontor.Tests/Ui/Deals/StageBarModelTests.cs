using Kontor.Features.Pipelines;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class StageBarModelTests
{
    private static readonly PipelineResponse Pipeline = new(1, "Allgemein", 10, true, 1,
    [
        Stage(1, "New", StageSemantic.InProgress, 10, "#39A8EF"),
        Stage(2, "Preparation", StageSemantic.InProgress, 20, "#2FC6F6"),
        Stage(3, "Invoice", StageSemantic.InProgress, 30, "#FFA900"),
        Stage(4, "Deal won", StageSemantic.Won, 40, "#7BD500"),
        Stage(5, "Deal lost", StageSemantic.Lost, 50, "#FF5752"),
        Stage(6, "Analysis of the failure", StageSemantic.Lost, 60, "#E0403B"),
    ]);

    [Fact]
    public void Stages_before_the_current_one_are_past_and_filled_and_later_ones_are_outlined()
    {
        var bar = StageBarModel.For(Pipeline, stageId: 2);

        Assert.Equal([SegmentState.Past, SegmentState.Current, SegmentState.Future], bar.Stages.Select(s => s.State));
        Assert.Equal(["#39A8EF", "#2FC6F6", "transparent"], bar.Stages.Select(s => s.Fill));
        Assert.Equal(DealOutcome.Open, bar.Outcome);
        Assert.Null(bar.CurrentFinal);
    }

    [Fact]
    public void Only_in_progress_stages_are_segments_and_the_final_stages_wait_behind_the_close_segment()
    {
        var bar = StageBarModel.For(Pipeline, stageId: 1);

        Assert.Equal(["New", "Preparation", "Invoice"], bar.Stages.Select(s => s.Name));
        Assert.Equal(4, bar.Won?.StageId);
        Assert.Equal([5L, 6L], bar.Lost.Select(s => s.StageId));
    }

    [Fact]
    public void A_won_deal_paints_every_stage_in_the_won_colour_and_names_the_won_stage_on_the_close_segment()
    {
        var bar = StageBarModel.For(Pipeline, stageId: 4);

        Assert.Equal(DealOutcome.Won, bar.Outcome);
        Assert.All(bar.Stages, s => Assert.Equal("#7BD500", s.Fill));
        Assert.All(bar.Stages, s => Assert.True(s.IsFilled));
        Assert.Equal("Deal won", bar.CurrentFinal?.Name);
        Assert.Equal("#7BD500", bar.CloseFill);
    }

    [Fact]
    public void A_deal_lost_in_the_second_lost_stage_shows_that_stage_and_its_colour()
    {
        var bar = StageBarModel.For(Pipeline, stageId: 6);

        Assert.Equal(DealOutcome.Lost, bar.Outcome);
        Assert.Equal("Analysis of the failure", bar.CurrentFinal?.Name);
        Assert.All(bar.Stages, s => Assert.Equal("#E0403B", s.Fill));
    }

    [Fact]
    public void Every_stage_but_the_current_one_moves_the_deal_and_a_closed_deal_can_be_reopened_on_any_stage()
    {
        var open = StageBarModel.For(Pipeline, stageId: 2);
        var closed = StageBarModel.For(Pipeline, stageId: 5);

        Assert.Equal([true, false, true], open.Stages.Select(open.CanMoveTo));
        Assert.All(closed.Stages, s => Assert.True(closed.CanMoveTo(s)));
    }

    [Fact]
    public void Stages_are_ordered_by_sort_whatever_order_they_arrive_in()
    {
        var shuffled = Pipeline with { Stages = [.. Pipeline.Stages.Reverse()] };

        var bar = StageBarModel.For(shuffled, stageId: 3);

        Assert.Equal(["New", "Preparation", "Invoice"], bar.Stages.Select(s => s.Name));
        Assert.Equal(SegmentState.Current, bar.Stages[2].State);
    }

    [Theory]
    [InlineData("#FFA900", "#1B2430")]
    [InlineData("#7BD500", "#1B2430")]
    [InlineData("#1E3A5F", "#FFFFFF")]
    [InlineData("#000000", "#FFFFFF")]
    [InlineData("not a colour", "#1B2430")]
    public void Text_on_a_segment_is_whichever_of_dark_and_white_reads_better(string background, string expected) =>
        Assert.Equal(expected, StageBarModel.ReadableTextOn(background));

    private static StageResponse Stage(long id, string name, StageSemantic semantic, int sort, string color) =>
        new(id, "S" + id, name, new StageNames(name, name), semantic, color, sort);
}
