using Kontor.Tests.Support;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class DealListSavedFiltersTests
{
    private static readonly DealListFilter WonByMe = DealListFilter.Default with { Status = DealListStatus.Won, Mine = true, Sort = "-amount" };

    [Theory, AllDatabases]
    public async Task A_filter_saved_from_the_list_reads_back_with_the_same_filter_on_any_device(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);

        var error = await app.WithDbAsync(d => DealListSavedFilters.SaveAsync(d, 1, " Meine Gewinne ", WonByMe, app.Clock, default));
        var read = await app.WithDbAsync(d => DealListSavedFilters.LoadAsync(d, 1, default));

        Assert.Null(error);
        var only = Assert.Single(read.Items);
        Assert.Equal("Meine Gewinne", only.Name);
        Assert.Equal(WonByMe, only.Filter);
        Assert.True(read.Replaces("meine gewinne"));
    }

    [Theory, AllDatabases]
    public async Task Unknown_parts_of_a_stored_query_are_dropped_when_read(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        await http.PostJsonAsync("/api/v1/saved-filters", new { entity = "deal", name = "Gut", query = "mine=1&bogus=2&status=won" });

        var read = await app.WithDbAsync(d => DealListSavedFilters.LoadAsync(d, 1, default));

        Assert.Equal("mine=1&status=won", Assert.Single(read.Items).Query);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ein Name, der viel zu lang ist, weil er mehr als sechzig Zeichen hat")]
    public void A_blank_or_overlong_name_cannot_be_saved(string? name) =>
        Assert.False(DealListSavedFilters.None.CanSave(name));

    [Fact]
    public void A_short_name_can_be_saved_and_replaces_nothing_in_an_empty_list()
    {
        Assert.True(DealListSavedFilters.None.CanSave("Offen"));
        Assert.False(DealListSavedFilters.None.Replaces("Offen"));
    }
}
