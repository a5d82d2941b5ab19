using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class DealListFilterTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void The_default_filter_shows_open_deals_newest_first_and_has_an_empty_text_form()
    {
        var query = DealListFilter.Default.ToQuery(me: 7, Berlin, limit: 50, cursor: null);

        Assert.False(query.Closed);
        Assert.Null(query.Semantic);
        Assert.Null(query.Sort);
        Assert.Null(query.ResponsibleId);
        Assert.Equal(50, query.Limit);
        Assert.Equal("", DealListFilter.Default.ToQueryString());
        Assert.Equal(0, DealListFilter.Default.Count);
    }

    [Theory]
    [InlineData(DealListStatus.Open, false, null)]
    [InlineData(DealListStatus.Won, null, "won")]
    [InlineData(DealListStatus.Lost, null, "lost")]
    [InlineData(DealListStatus.All, null, null)]
    public void The_status_maps_to_the_closed_and_semantic_filters(DealListStatus status, bool? closed, string? semantic)
    {
        var query = (DealListFilter.Default with { Status = status }).ToQuery(1, Berlin, 50, null);

        Assert.Equal(closed, query.Closed);
        Assert.Equal(semantic, query.Semantic);
    }

    [Fact]
    public void Chosen_stages_replace_the_status_filter()
    {
        var filter = DealListFilter.Default with { Status = DealListStatus.Won, PipelineId = 1, StageIds = [3, 4] };

        var query = filter.ToQuery(1, Berlin, 50, null);

        Assert.Null(query.Closed);
        Assert.Null(query.Semantic);
        Assert.Equal([3L, 4L], query.StageId!);
        Assert.Equal(1, query.PipelineId);
    }

    [Fact]
    public void My_deals_filters_by_the_signed_in_user_and_wins_over_chosen_users()
    {
        var filter = DealListFilter.Default with { Mine = true, ResponsibleIds = [2, 3] };

        Assert.Equal([7L], filter.ToQuery(me: 7, Berlin, 50, null).ResponsibleId!);
        Assert.Equal([2L, 3L], (filter with { Mine = false }).ToQuery(me: 7, Berlin, 50, null).ResponsibleId!);
    }

    [Fact]
    public void Created_days_cover_whole_days_in_the_users_time_zone()
    {
        var filter = DealListFilter.Default with { CreatedFrom = new DateOnly(2026, 7, 1), CreatedTo = new DateOnly(2026, 7, 31) };

        var query = filter.ToQuery(1, Berlin, 50, null);

        Assert.Equal(new DateTime(2026, 6, 30, 22, 0, 0, DateTimeKind.Utc), query.CreatedFrom);
        Assert.Equal(DateTimeKind.Utc, query.CreatedTo!.Value.Kind);
        Assert.True(query.CreatedTo < new DateTime(2026, 7, 31, 22, 0, 0, DateTimeKind.Utc));
        Assert.True(query.CreatedTo > new DateTime(2026, 7, 31, 21, 59, 59, DateTimeKind.Utc));
    }

    [Fact]
    public void Close_dates_amounts_text_and_the_cursor_pass_through()
    {
        var filter = DealListFilter.Default with
        {
            Q = "  Wartung ",
            AmountFrom = 100m,
            AmountTo = 2500.5m,
            CloseFrom = new DateOnly(2026, 1, 1),
            CloseTo = new DateOnly(2026, 3, 31),
            Sort = "-amount",
        };

        var query = filter.ToQuery(1, Berlin, 20, "abc");

        Assert.Equal("Wartung", query.Q);
        Assert.Equal(100m, query.AmountFrom);
        Assert.Equal(2500.5m, query.AmountTo);
        Assert.Equal(new DateOnly(2026, 1, 1), query.CloseDateFrom);
        Assert.Equal(new DateOnly(2026, 3, 31), query.CloseDateTo);
        Assert.Equal("-amount", query.Sort);
        Assert.Equal("abc", query.Cursor);
        Assert.Equal(20, query.Limit);
    }

    [Fact]
    public void The_text_form_reads_back_into_the_same_filter()
    {
        var filter = new DealListFilter
        {
            Q = "Müller & Söhne",
            Mine = true,
            ResponsibleIds = [4, 9],
            AmountFrom = 1000.25m,
            AmountTo = 5000m,
            Status = DealListStatus.Lost,
            PipelineId = 2,
            StageIds = [11, 12],
            CreatedFrom = new DateOnly(2026, 2, 1),
            CreatedTo = new DateOnly(2026, 2, 28),
            CloseFrom = new DateOnly(2026, 4, 1),
            CloseTo = new DateOnly(2026, 4, 30),
            Sort = "-company",
        };

        var text = filter.ToQueryString();
        var read = DealListFilter.Parse(text);

        Assert.Equal(text, read.ToQueryString());
        Assert.Equal("Müller & Söhne", read.Q);
        Assert.Equal([4L, 9L], read.ResponsibleIds);
        Assert.Equal([11L, 12L], read.StageIds);
        Assert.Equal(1000.25m, read.AmountFrom);
        Assert.Equal(DealListStatus.Lost, read.Status);
        Assert.Equal(new DateOnly(2026, 2, 28), read.CreatedTo);
        Assert.Contains("q=M%C3%BCller%20%26%20S%C3%B6hne", text, StringComparison.Ordinal);
        Assert.Contains("amountFrom=1000.25", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_values_in_the_text_form_are_left_out()
    {
        var read = DealListFilter.Parse("?status=closed&pipeline=-3&stage=1,x,0,1&amountFrom=1e9&createdFrom=31.12.2026&sort=-password&mine=yes&unknown=1");

        Assert.Equal(DealListFilter.Default with { StageIds = read.StageIds }, read);
        Assert.Equal([1L], read.StageIds);
        Assert.Equal("stage=1", read.ToQueryString());
    }

    [Fact]
    public void Sorting_by_the_same_column_again_flips_the_direction()
    {
        var byAmount = DealListFilter.Default.SortedBy("amount");

        Assert.Equal("amount", byAmount.Sort);
        Assert.Equal("-amount", byAmount.SortedBy("amount").Sort);
        Assert.Equal("amount", byAmount.SortedBy("amount").SortedBy("amount").Sort);
        Assert.Equal("title", byAmount.SortedBy("amount").SortedBy("title").Sort);
    }

    [Fact]
    public void The_count_names_each_kind_of_filter_once_and_ignores_text_and_sort()
    {
        var filter = DealListFilter.Default with
        {
            Q = "x",
            Sort = "title",
            AmountFrom = 1,
            AmountTo = 2,
            CreatedFrom = new DateOnly(2026, 1, 1),
            Mine = true,
            ResponsibleIds = [3],
        };

        Assert.Equal(3, filter.Count);
        Assert.Equal(1, (DealListFilter.Default with { Status = DealListStatus.All }).Count);
    }
}
