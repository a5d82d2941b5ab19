using Kontor.Common;
using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Kontor.Realtime;
using Kontor.Ui.Board;
using static Kontor.Tests.Ui.Board.BoardSamples;

namespace Kontor.Tests.Ui.Board;

public sealed class BoardModelTests
{
    [Fact]
    public void Only_in_progress_stages_become_columns_and_their_cards_become_items()
    {
        var model = Loaded();

        Assert.Equal([1L, 2L], model.Columns.Select(c => c.StageId));
        Assert.Equal([(10L, 1L), (11L, 1L), (20L, 2L)], model.Items.Select(i => (i.Card.Id, i.StageId)));
        Assert.Equal(3, model.Won!.StageId);
        Assert.Equal([4L], model.Lost.Select(l => l.StageId));
    }

    [Fact]
    public void Dropping_on_another_column_moves_to_that_stage()
    {
        var model = Loaded();

        var decision = model.Decide(new BoardItem(Card(10), 1), BoardModel.ZoneOf(2));

        Assert.Equal(DropDecision.Move(2), decision);
    }

    [Fact]
    public void Dropping_on_the_own_column_stays()
    {
        var model = Loaded();

        Assert.Equal(DropKind.Stay, model.Decide(new BoardItem(Card(10), 1), BoardModel.ZoneOf(1)).Kind);
    }

    [Theory]
    [InlineData("stage-99")]
    [InlineData("stage-")]
    [InlineData("stage-x")]
    [InlineData("elsewhere")]
    [InlineData(null)]
    public void Dropping_on_an_unknown_zone_stays(string? zone)
    {
        var model = Loaded();

        Assert.Equal(DropKind.Stay, model.Decide(new BoardItem(Card(10), 1), zone).Kind);
    }

    [Fact]
    public void Dropping_on_the_won_area_moves_to_the_won_stage()
    {
        var model = Loaded();

        Assert.Equal(DropDecision.Move(3), model.Decide(new BoardItem(Card(10), 1), BoardModel.WonZone));
    }

    [Fact]
    public void Dropping_on_the_lost_area_with_one_lost_stage_moves_there()
    {
        var model = Loaded();

        Assert.Equal(DropDecision.Move(4), model.Decide(new BoardItem(Card(10), 1), BoardModel.LostZone));
    }

    [Fact]
    public void Dropping_on_the_lost_area_with_several_lost_stages_asks_which()
    {
        var model = Loaded(Won(3), Lost(4), Lost(5));

        var decision = model.Decide(new BoardItem(Card(10), 1), BoardModel.LostZone);

        Assert.Equal(DropKind.AskLost, decision.Kind);
        Assert.Equal([4L, 5L], decision.Choices.Select(c => c.StageId));
    }

    [Fact]
    public void Dropping_before_the_board_is_read_stays()
    {
        Assert.Equal(DropKind.Stay, new BoardModel().Decide(new BoardItem(Card(10), 1), BoardModel.WonZone).Kind);
    }

    [Fact]
    public void The_move_menu_offers_every_other_stage_in_order()
    {
        var model = Loaded(Won(3), Lost(4), Lost(5));

        Assert.Equal([2L, 3L, 4L, 5L], model.MoveTargets(1).Select(c => c.StageId));
    }

    [Fact]
    public void A_move_puts_the_card_on_top_of_the_new_column_with_counts_and_sums()
    {
        var model = Loaded();

        Assert.NotNull(model.Move(11, 2));

        Assert.Equal([10L], model.Column(1)!.Cards.Select(c => c.Id));
        Assert.Equal([11L, 20L], model.Column(2)!.Cards.Select(c => c.Id));
        Assert.Equal((1, 100m), (model.Column(1)!.Count, model.Column(1)!.Sum));
        Assert.Equal((2, 200m), (model.Column(2)!.Count, model.Column(2)!.Sum));
        Assert.Contains(new BoardItem(Card(11), 2), model.Items);
    }

    [Fact]
    public void A_move_to_a_final_stage_takes_the_card_off_the_board()
    {
        var model = Loaded();

        model.Move(20, 3);

        Assert.Empty(model.Column(2)!.Cards);
        Assert.Equal(0, model.Column(2)!.Count);
        Assert.DoesNotContain(model.Items, i => i.Card.Id == 20);
    }

    [Fact]
    public void A_move_of_a_card_in_another_currency_leaves_the_sums_for_the_next_read()
    {
        var model = new BoardModel();
        model.Load(BoardOf(Open(1, Card(10, 50m, "USD")), Open(2)), model.BeginRead());
        var sum = model.Column(1)!.Sum;

        model.Move(10, 2);

        Assert.Equal(sum, model.Column(1)!.Sum);
        Assert.Equal(0m, model.Column(2)!.Sum);
        Assert.Equal(1, model.Column(2)!.Count);
    }

    [Fact]
    public void Reverting_a_refused_move_puts_the_card_back()
    {
        var model = Loaded();
        var before = model.Items.ToList();

        var undo = model.Move(10, 3)!;
        model.Revert(undo);

        Assert.Equal(before, model.Items);
        Assert.Equal((2, 200m), (model.Column(1)!.Count, model.Column(1)!.Sum));
    }

    [Fact]
    public void A_move_to_the_same_or_an_unknown_stage_or_of_an_unknown_card_does_nothing()
    {
        var model = Loaded();

        Assert.Null(model.Move(10, 1));
        Assert.Null(model.Move(10, 99));
        Assert.Null(model.Move(99, 2));
        Assert.Equal(3, model.Items.Count);
    }

    [Fact]
    public void Load_more_appends_new_cards_and_keeps_the_cursor()
    {
        var model = Loaded();

        model.Append(1, new Page<GetBoard.Card>([Card(11), Card(12)], "next"));

        Assert.Equal([10L, 11L, 12L], model.Column(1)!.Cards.Select(c => c.Id));
        Assert.Equal("next", model.Column(1)!.Next);
    }

    [Fact]
    public void A_read_that_finishes_after_a_newer_one_started_is_ignored()
    {
        var model = new BoardModel();
        var older = model.BeginRead();
        var newer = model.BeginRead();

        Assert.True(model.Load(BoardOf(Open(1, Card(10))), newer));
        Assert.False(model.Load(BoardOf(Open(1)), older));

        Assert.Equal([10L], model.Items.Select(i => i.Card.Id));
    }

    [Fact]
    public void A_refresh_keeps_as_many_cards_as_load_more_showed_within_the_limit()
    {
        var model = Loaded();
        Assert.Equal(BoardModel.PageSize, model.RefreshSize);

        model.Append(1, new Page<GetBoard.Card>([.. Enumerable.Range(100, 40).Select(i => Card(i))], null));
        Assert.Equal(42, model.RefreshSize);

        model.Append(2, new Page<GetBoard.Card>([.. Enumerable.Range(200, 150).Select(i => Card(i))], null));
        Assert.Equal(BoardModel.MaxPerStage, model.RefreshSize);
    }

    [Fact]
    public void Changes_of_deals_in_this_pipeline_or_shown_here_concern_the_board()
    {
        var model = Loaded();

        Assert.True(model.Concerns([new Change("deal", 500, 1, 1)]));
        Assert.True(model.Concerns([new Change("deal", 10, 2, 9)]));
        Assert.False(model.Concerns([new Change("deal", 500, 1, 9)]));
        Assert.False(model.Concerns([new Change("company", 10, 1, 1)]));
        Assert.True(model.Concerns([new Change("timeline", 10, 0, null)]));
        Assert.False(model.Concerns([new Change("timeline", 500, 0, null)]));
        Assert.False(new BoardModel().Concerns([new Change("deal", 500, 1, 1)]));
    }

    [Fact]
    public void An_empty_board_is_one_without_open_deals()
    {
        var model = new BoardModel();
        model.Load(BoardOf(Open(1), Open(2), Won(3)), model.BeginRead());

        Assert.True(model.IsEmpty);
        Assert.False(Loaded().IsEmpty);
    }

    [Fact]
    public void The_default_pipeline_is_listed_first()
    {
        PipelineResponse Pipeline(long id, bool isDefault) => new(id, $"P{id}", (int)id, isDefault, 1, []);

        var ordered = BoardModel.Ordered([Pipeline(1, false), Pipeline(2, true), Pipeline(3, false)]);

        Assert.Equal([2L, 1L, 3L], ordered.Select(p => p.Id));
    }

    [Theory]
    [InlineData("  Auftrag 42  ", 1200.5, "Auftrag 42", null)]
    [InlineData("Auftrag 42", null, "Auftrag 42", null)]
    [InlineData("   ", 10.0, null, "Enter a title.")]
    [InlineData(null, 10.0, null, "Enter a title.")]
    [InlineData("Auftrag 42", -1.0, null, "The amount is out of range.")]
    public void Quick_add_builds_the_request_for_the_stage_or_says_what_to_fix(string? title, double? amount, string? expectedTitle, string? problem)
    {
        var (request, found) = BoardModel.QuickAdd(1, 2, title, (decimal?)amount);

        Assert.Equal(problem, found);
        Assert.Equal(expectedTitle, request?.Title);
        if (request is not null)
        {
            Assert.Equal((1L, 2L, (decimal?)amount), (request.PipelineId!.Value, request.StageId!.Value, request.Amount));
        }
    }

    [Fact]
    public void Quick_add_refuses_a_title_longer_than_a_deal_takes()
    {
        Assert.Equal("The title is too long.", BoardModel.QuickAdd(1, 2, new string('x', 256), null).Problem);
    }

    [Fact]
    public void A_refusal_with_field_errors_is_described_in_one_line()
    {
        var error = Error.Validation("closeDate", "The close date must not be before the begin date.");

        Assert.Equal("One or more fields are invalid. closeDate: The close date must not be before the begin date.", BoardModel.Describe(error));
        Assert.Equal(DealErrors.Conflict.Detail, BoardModel.Describe(DealErrors.Conflict));
    }

    [Fact]
    public void Every_responsible_keeps_one_avatar_colour()
    {
        Assert.Equal(BoardModel.AvatarColor(7), BoardModel.AvatarColor(7));
        Assert.NotEqual(BoardModel.AvatarColor(7), BoardModel.AvatarColor(8));
        Assert.StartsWith("#", BoardModel.AvatarColor(long.MaxValue));
    }

    [Fact]
    public void A_closed_stage_column_never_appears_even_with_cards()
    {
        var model = new BoardModel();
        var won = Won(3) with { Count = 1, Cards = [Card(30)] };

        model.Load(BoardOf(Open(1), won), model.BeginRead());

        Assert.DoesNotContain(model.Items, i => i.Card.Id == 30);
        Assert.Equal(StageSemantic.Won, model.Won!.Semantic);
    }
}
