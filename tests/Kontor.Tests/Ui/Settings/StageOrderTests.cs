using Kontor.Features.Pipelines;
using Kontor.Tests.Support;
using Kontor.Ui.Settings;

namespace Kontor.Tests.Ui.Settings;

public sealed class StageOrderTests
{
    private static readonly IReadOnlyList<long> Order = [10, 20, 30, 40];

    [Fact]
    public void Up_and_down_swap_a_stage_with_its_neighbour()
    {
        Assert.Equal([10L, 30L, 20L, 40L], StageOrder.Up(Order, 30)!);
        Assert.Equal([10L, 20L, 40L, 30L], StageOrder.Down(Order, 30)!);
    }

    [Fact]
    public void The_first_stage_cannot_go_up_nor_the_last_go_down_nor_an_unknown_one_move()
    {
        Assert.Null(StageOrder.Up(Order, 10));
        Assert.Null(StageOrder.Down(Order, 40));
        Assert.Null(StageOrder.Up(Order, 99));
        Assert.Null(StageOrder.Down(Order, 99));
    }

    [Fact]
    public void A_drop_puts_the_stage_at_its_index_and_clamps_to_the_ends()
    {
        Assert.Equal([40L, 10L, 20L, 30L], StageOrder.MoveTo(Order, 40, 0)!);
        Assert.Equal([20L, 30L, 40L, 10L], StageOrder.MoveTo(Order, 10, 17)!);
        Assert.Equal([20L, 10L, 30L, 40L], StageOrder.MoveTo(Order, 20, -3)!);
        Assert.Null(StageOrder.MoveTo(Order, 30, 2));
    }

    [Fact]
    public void Moving_the_last_in_progress_stage_below_the_won_stage_is_refused_by_the_pipeline_rules()
    {
        var pipeline = new Pipeline { Id = 1 };
        pipeline.Stages.AddRange(
        [
            new Stage { Id = 1, Semantic = StageSemantic.InProgress, Sort = 10 },
            new Stage { Id = 2, Semantic = StageSemantic.InProgress, Sort = 20 },
            new Stage { Id = 3, Semantic = StageSemantic.Won, Sort = 30 },
            new Stage { Id = 4, Semantic = StageSemantic.Lost, Sort = 40 },
        ]);

        var error = ReorderStages.Run(pipeline, StageOrder.Down([1, 2, 3, 4], 2)!);

        Assert.Equal("pipelines.stage_order", error?.Code);
    }

    [Theory, AllDatabases]
    public async Task Moving_a_stage_up_through_the_reorder_slice_stores_the_new_order(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var pipeline = await app.PipelineAsync();
        var order = StageRules.Ordered(pipeline.Stages).Select(s => s.Id).ToList();
        var executing = pipeline.StageId("EXECUTING");

        var error = await app.WithDbAsync(async d =>
        {
            var tracked = await d.LoadPipelineAsync(pipeline.Id, CancellationToken.None);
            var refusal = ReorderStages.Run(tracked!, StageOrder.Up(order, executing)!);
            await d.SaveChangesAsync();
            return refusal;
        });

        Assert.Null(error);
        var stored = await app.WithDbAsync(async d => StageRules.Ordered((await d.LoadPipelineAsync(pipeline.Id, CancellationToken.None))!.Stages).Select(s => s.Id).ToList());
        Assert.Equal(executing, stored[0]);
    }
}
