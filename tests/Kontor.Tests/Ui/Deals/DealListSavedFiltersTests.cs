using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class DealListSavedFiltersTests
{
    private static readonly DealListFilter WonByMe = DealListFilter.Default with { Status = DealListStatus.Won, Mine = true, Sort = "-amount" };

    [Fact]
    public void A_saved_filter_is_stored_as_versioned_json_with_its_text_form()
    {
        var saved = DealListSavedFilters.None.Save(" Meine Gewinne ", WonByMe)!;

        Assert.Equal("""{"version":1,"filters":[{"name":"Meine Gewinne","query":"mine=1\u0026status=won\u0026sort=-amount"}]}""", saved.Serialize());
    }

    [Fact]
    public void Stored_filters_read_back_by_name_with_their_filters()
    {
        var saved = DealListSavedFilters.None
            .Save("Zeta", DealListFilter.Default)!
            .Save("alpha", WonByMe)!;

        var read = DealListSavedFilters.Parse(saved.Serialize());

        Assert.Equal(["alpha", "Zeta"], read.Items.Select(f => f.Name));
        Assert.Equal(WonByMe, read.Items[0].Filter);
    }

    [Fact]
    public void Saving_under_a_taken_name_replaces_that_filter_whatever_the_case()
    {
        var saved = DealListSavedFilters.None.Save("Offen", DealListFilter.Default)!.Save("OFFEN", WonByMe)!;

        var only = Assert.Single(saved.Items);
        Assert.Equal("OFFEN", only.Name);
        Assert.Equal(WonByMe, only.Filter);
    }

    [Fact]
    public void Deleting_removes_the_named_filter_only()
    {
        var saved = DealListSavedFilters.None.Save("A", DealListFilter.Default)!.Save("B", WonByMe)!;

        Assert.Equal(["B"], saved.Delete("a").Items.Select(f => f.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ein Name, der viel zu lang ist, weil er mehr als sechzig Zeichen hat")]
    public void A_blank_or_overlong_name_is_refused(string name) =>
        Assert.Null(DealListSavedFilters.None.Save(name, WonByMe));

    [Fact]
    public void No_more_than_the_maximum_number_of_filters_is_kept_but_replacing_one_still_works()
    {
        var saved = DealListSavedFilters.None;
        for (var i = 0; i < DealListSavedFilters.MaxFilters; i++)
        {
            saved = saved.Save($"Filter {i}", DealListFilter.Default)!;
        }

        Assert.Null(saved.Save("One more", DealListFilter.Default));
        Assert.NotNull(saved.Save("Filter 3", WonByMe));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not json")]
    [InlineData("""{"version":2,"filters":[{"name":"x","query":""}]}""")]
    [InlineData("""{"version":1}""")]
    [InlineData("[1,2]")]
    public void Unreadable_storage_counts_as_no_saved_filters(string? stored) =>
        Assert.Empty(DealListSavedFilters.Parse(stored).Items);

    [Fact]
    public void Stored_entries_without_a_name_are_dropped_and_their_queries_cleaned()
    {
        var read = DealListSavedFilters.Parse("""{"version":1,"filters":[{"name":"","query":"mine=1"},{"name":"Gut","query":"mine=1&bogus=2&status=won"}]}""");

        var only = Assert.Single(read.Items);
        Assert.Equal("mine=1&status=won", only.Query);
    }
}
