using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class DealListColumnsTests
{
    [Fact]
    public void Nothing_stored_shows_the_default_columns_without_pipeline_and_probability()
    {
        var columns = DealListColumns.Parse(null);

        Assert.Equal(
            [DealColumn.Title, DealColumn.Amount, DealColumn.Stage, DealColumn.Responsible, DealColumn.Company, DealColumn.Created, DealColumn.CloseDate, DealColumn.Activities],
            columns.Visible);
    }

    [Fact]
    public void A_choice_is_stored_as_column_names_and_read_back_in_list_order()
    {
        var columns = DealListColumns.Default.Toggle(DealColumn.Company).Toggle(DealColumn.Probability);

        var stored = columns.Serialize();

        Assert.Equal("title,amount,stage,responsible,probability,created,closeDate,activities", stored);
        Assert.Equal(columns.Visible, DealListColumns.Parse(stored).Visible);
    }

    [Fact]
    public void The_title_cannot_be_hidden_and_comes_back_when_missing_from_storage()
    {
        Assert.True(DealListColumns.Default.Toggle(DealColumn.Title).Shows(DealColumn.Title));
        Assert.Equal([DealColumn.Title, DealColumn.Amount], DealListColumns.Parse("amount").Visible);
    }

    [Theory]
    [InlineData("amount,price")]
    [InlineData("amount,42")]
    public void Unknown_stored_columns_fall_back_to_the_default(string stored) =>
        Assert.Equal(DealListColumns.Default.Visible, DealListColumns.Parse(stored).Visible);

    [Fact]
    public void Custom_fields_follow_the_field_until_the_user_shows_or_hides_them_and_the_choice_is_stored()
    {
        var columns = DealListColumns.Default.Toggle("UF_CRM_SHOWN", byDefault: true).Toggle("UF_CRM_HIDDEN", byDefault: false).Toggle(DealColumn.Probability);

        var stored = columns.Serialize();
        var read = DealListColumns.Parse(stored);

        Assert.Equal("title,amount,stage,responsible,company,probability,created,closeDate,activities,+cf:UF_CRM_HIDDEN,-cf:UF_CRM_SHOWN", stored);
        Assert.False(read.Shows("UF_CRM_SHOWN", byDefault: true));
        Assert.True(read.Shows("UF_CRM_HIDDEN", byDefault: false));
        Assert.True(read.Shows("UF_CRM_OTHER", byDefault: true));
        Assert.False(read.Shows("UF_CRM_OTHER", byDefault: false));
        Assert.True(read.Shows(DealColumn.Probability));
        Assert.Equal(DealListColumns.Default.Visible, DealListColumns.Parse("amount,+cf:uf_crm_x").Visible);
    }

    [Fact]
    public void Every_sortable_column_sorts_by_a_key_the_filter_accepts()
    {
        var keys = DealListColumns.All.Select(DealListColumns.SortKey).OfType<string>().ToList();

        Assert.Equal(DealListFilter.SortKeys.Order(), keys.Order());
        Assert.Null(DealListColumns.SortKey(DealColumn.Pipeline));
    }
}
