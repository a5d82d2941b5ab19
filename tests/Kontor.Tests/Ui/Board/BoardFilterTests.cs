using Kontor.Common;
using Kontor.Ui.Board;

namespace Kontor.Tests.Ui.Board;

public sealed class BoardFilterTests
{
    [Fact]
    public void No_filter_asks_for_the_whole_board()
    {
        var query = new BoardFilter().ToQuery(userId: 5, perStage: 20);

        Assert.Equal((20, null, null, null, null), (query.PerStage, query.Q, query.ResponsibleId, query.AmountFrom, query.AmountTo));
        Assert.False(new BoardFilter().IsActive);
    }

    [Fact]
    public void The_search_is_trimmed_and_blank_means_none()
    {
        Assert.Equal("Braun", new BoardFilter { Search = "  Braun " }.ToQuery(5, 20).Q);
        Assert.Null(new BoardFilter { Search = "   " }.ToQuery(5, 20).Q);
        Assert.False(new BoardFilter { Search = "   " }.IsActive);
    }

    [Fact]
    public void A_search_longer_than_the_query_takes_is_cut()
    {
        Assert.Equal(BoardFilter.MaxSearchLength, new BoardFilter { Search = new string('a', 300) }.ToQuery(5, 20).Q!.Length);
    }

    [Fact]
    public void The_responsible_picker_filters_by_that_user()
    {
        Assert.Equal([9L], new BoardFilter { ResponsibleId = 9 }.ToQuery(5, 20).ResponsibleId!);
    }

    [Fact]
    public void My_deals_filters_by_the_signed_in_user_and_wins_over_the_picker()
    {
        var filter = new BoardFilter { ResponsibleId = 9, MyDeals = true };

        Assert.Equal([5L], filter.ToQuery(5, 20).ResponsibleId!);
        Assert.True(filter.IsActive);
    }

    [Fact]
    public void Amounts_go_into_the_query_and_a_reversed_range_is_turned_round()
    {
        var query = new BoardFilter { AmountFrom = 5000m, AmountTo = 1000m }.ToQuery(5, 20);

        Assert.Equal((1000m, 5000m), (query.AmountFrom, query.AmountTo));
    }

    [Fact]
    public void Amounts_outside_what_money_holds_are_clamped()
    {
        var query = new BoardFilter { AmountFrom = -10m, AmountTo = decimal.MaxValue }.ToQuery(5, 20);

        Assert.Equal((0m, Money.MaxAmount), (query.AmountFrom, query.AmountTo));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(20, 20)]
    [InlineData(500, 100)]
    public void Cards_per_stage_stay_within_what_the_board_allows(int asked, int expected)
    {
        Assert.Equal(expected, new BoardFilter().ToQuery(5, asked).PerStage);
    }
}
