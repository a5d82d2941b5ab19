using Kontor.Features.Pipelines;

namespace Kontor.Tests.Features.Pipelines;

public sealed class StageRulesTests
{
    private static Stage S(StageSemantic semantic, int sort, string code = "X") => new() { Semantic = semantic, Sort = sort, Code = code };

    private static Pipeline Starter(bool isDefault = true)
    {
        var pipeline = new Pipeline { IsDefault = isDefault };
        pipeline.Stages.AddRange(DefaultPipeline.StagesForNewPipeline());
        return pipeline;
    }

    [Fact]
    public void In_progress_then_won_then_lost_is_in_order()
    {
        Assert.True(StageRules.InOrder([S(StageSemantic.InProgress, 10), S(StageSemantic.InProgress, 10), S(StageSemantic.Won, 20), S(StageSemantic.Lost, 30)]));
    }

    [Fact]
    public void A_lost_stage_sorting_before_won_is_out_of_order()
    {
        Assert.False(StageRules.InOrder([S(StageSemantic.InProgress, 10), S(StageSemantic.Won, 30), S(StageSemantic.Lost, 20)]));
    }

    [Fact]
    public void An_in_progress_stage_sharing_the_sort_of_won_is_out_of_order()
    {
        Assert.False(StageRules.InOrder([S(StageSemantic.InProgress, 30), S(StageSemantic.Won, 30), S(StageSemantic.Lost, 40)]));
    }

    [Fact]
    public void A_list_order_with_won_after_a_lost_stage_is_out_of_order()
    {
        Assert.True(StageRules.InOrder([StageSemantic.InProgress, StageSemantic.Won, StageSemantic.Lost, StageSemantic.Lost]));
        Assert.False(StageRules.InOrder([StageSemantic.InProgress, StageSemantic.Lost, StageSemantic.Won]));
    }

    [Fact]
    public void An_in_progress_stage_is_placed_between_the_last_in_progress_stage_and_won()
    {
        var pipeline = Starter();
        var stage = S(StageSemantic.InProgress, 0);

        StageRules.Place(pipeline, stage);

        Assert.Equal(25, stage.Sort);
        Assert.Equal([10, 20, 30, 40], pipeline.Stages.Select(s => s.Sort));
    }

    [Fact]
    public void Without_a_free_sort_before_won_all_stages_are_renumbered()
    {
        var pipeline = new Pipeline();
        pipeline.Stages.AddRange([S(StageSemantic.InProgress, 10, "A"), S(StageSemantic.InProgress, 11, "B"), S(StageSemantic.Won, 12, "W"), S(StageSemantic.Lost, 13, "L")]);
        var stage = S(StageSemantic.InProgress, 0, "NEW");

        StageRules.Place(pipeline, stage);
        pipeline.Stages.Add(stage);

        Assert.Equal(["A", "B", "NEW", "W", "L"], StageRules.Ordered(pipeline.Stages).Select(s => s.Code));
        Assert.Equal([10, 20, 30, 40, 50], StageRules.Ordered(pipeline.Stages).Select(s => s.Sort));
    }

    [Fact]
    public void A_lost_stage_is_placed_after_the_last_stage()
    {
        var pipeline = Starter();
        var stage = S(StageSemantic.Lost, 0);

        StageRules.Place(pipeline, stage);

        Assert.Equal(50, stage.Sort);
    }

    [Fact]
    public void The_default_pipeline_stores_codes_without_a_prefix_and_refuses_prefixed_ones()
    {
        var pipeline = Starter(isDefault: true);

        Assert.True(StageRules.TryStoredCode(pipeline, "DECISION", out var stored));
        Assert.Equal("DECISION", stored);
        Assert.False(StageRules.TryStoredCode(pipeline, "C1:DECISION", out _));
    }

    [Fact]
    public void Codes_compare_without_case()
    {
        var pipeline = Starter();

        Assert.True(StageRules.CodeTaken(pipeline, "won"));
        Assert.False(StageRules.CodeTaken(pipeline, "WON2"));
    }

    [Fact]
    public void A_generated_code_is_UC_and_six_letters_or_digits()
    {
        var code = StageRules.NewCode(Starter());

        Assert.Matches("^UC_[A-Z0-9]{6}$", code);
    }
}
