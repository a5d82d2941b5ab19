using System.Net;
using System.Net.Http.Json;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.SavedFilters;

public sealed class SavedFiltersTests
{
    [Theory, AllDatabases]
    public async Task A_saved_filter_is_listed_by_name_for_its_list_only(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();

        await http.PostJsonAsync("/api/v1/saved-filters", new { entity = "deal", name = "Zeta", query = "status=won" });
        await http.PostJsonAsync("/api/v1/saved-filters", new { entity = "deal", name = " alpha ", query = "?mine=1&sort=-amount" });
        await http.PostJsonAsync("/api/v1/saved-filters", new { entity = "contact", name = "Berlin", query = "search=Berlin" });
        var deals = (await http.GetJsonAsync("/api/v1/saved-filters?entity=deal")).AsArray();

        Assert.Equal(["alpha", "Zeta"], deals.Select(f => f!["name"]!.GetValue<string>()));
        Assert.Equal("mine=1&sort=-amount", deals[0]!["query"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Saving_under_a_taken_name_in_another_case_replaces_that_filter(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();

        var first = await http.PostAsJsonAsync("/api/v1/saved-filters", new { entity = "deal", name = "Offen", query = "status=open" });
        var second = await http.PostAsJsonAsync("/api/v1/saved-filters", new { entity = "deal", name = "OFFEN", query = "status=won" });
        var only = Assert.Single((await http.GetJsonAsync("/api/v1/saved-filters?entity=deal")).AsArray());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("OFFEN", only!["name"]!.GetValue<string>());
        Assert.Equal("status=won", only["query"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task A_user_sees_and_deletes_only_their_own_filters(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        await app.UserAsync("bernd@example.com");
        var bernd = await app.ClientForAsync("bernd@example.com", "user-password-1");
        var mine = await admin.PostJsonAsync("/api/v1/saved-filters", new { entity = "deal", name = "Meine", query = "mine=1" });

        var seen = (await bernd.GetJsonAsync("/api/v1/saved-filters?entity=deal")).AsArray();
        var deleted = await bernd.DeleteAsync($"/api/v1/saved-filters/{mine.Id()}");

        Assert.Empty(seen);
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        Assert.Equal("saved_filters.not_found", (await deleted.JsonAsync()).Code());
        Assert.Single((await admin.GetJsonAsync("/api/v1/saved-filters?entity=deal")).AsArray());
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/saved-filters/{mine.Id()}")).StatusCode);
        Assert.Empty((await admin.GetJsonAsync("/api/v1/saved-filters?entity=deal")).AsArray());
    }

    [Theory, AllDatabases]
    public async Task No_more_than_thirty_filters_are_kept_per_list_but_replacing_one_still_works(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        for (var i = 0; i < 30; i++)
        {
            await http.PostJsonAsync("/api/v1/saved-filters", new { entity = "deal", name = $"Filter {i}", query = "" });
        }

        var refused = await http.PostAsJsonAsync("/api/v1/saved-filters", new { entity = "deal", name = "One more", query = "" });
        var replaced = await http.PostAsJsonAsync("/api/v1/saved-filters", new { entity = "deal", name = "filter 3", query = "status=won" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("saved_filters.too_many", (await refused.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(30, (await http.GetJsonAsync("/api/v1/saved-filters?entity=deal")).AsArray().Count);
    }

    [Theory, AllDatabases]
    public async Task Bad_filters_are_refused_and_nothing_is_stored(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        object[] bad =
        [
            new { entity = "deal", name = "   ", query = "" },
            new { entity = "deal", name = "", query = "" },
            new { entity = "deal", name = new string('x', 61), query = "" },
            new { entity = "invoice", name = "X", query = "" },
            new { entity = "deal", name = "X", query = new string('q', 2001) },
            new { entity = "deal", name = "X", query = "status=won\n" },
            new { entity = "deal", name = "X" },
        ];

        var statuses = new List<HttpStatusCode>();
        foreach (var body in bad)
        {
            statuses.Add((await http.PostAsJsonAsync("/api/v1/saved-filters", body)).StatusCode);
        }

        var listed = await http.GetAsync("/api/v1/saved-filters?entity=invoice");

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.BadRequest, s));
        Assert.Equal(HttpStatusCode.BadRequest, listed.StatusCode);
        Assert.Empty((await http.GetJsonAsync("/api/v1/saved-filters?entity=deal")).AsArray());
    }
}
