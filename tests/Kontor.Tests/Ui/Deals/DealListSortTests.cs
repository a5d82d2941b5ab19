using Kontor.Tests.Support;

namespace Kontor.Tests.Ui.Deals;

/// <summary>The list sorts by stage, responsible and company, walking every page without gaps or repeats.</summary>
public sealed class DealListSortTests
{
    private static async Task<List<string>> AllPagesAsync(HttpClient http, string sort)
    {
        var titles = new List<string>();
        string? next = null;
        do
        {
            var page = await http.GetJsonAsync($"/api/v1/deals?sort={sort}&limit=2" + (next is null ? "" : $"&cursor={next}"));
            titles.AddRange(page["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()));
            next = page["next"]?.GetValue<string>();
        }
        while (next is not null);

        return titles;
    }

    [Theory, AllDatabases]
    public async Task Deals_sort_by_stage_place_responsible_name_and_company_name(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var pipeline = await app.DefaultPipelineAsync();
        var anna = await app.UserAsync("anna@kontor.test", "Anna Abel");
        var zoe = await app.UserAsync("zoe@kontor.test", "Zoe Zander");
        var braun = await app.CompanyAsync("Braun KG");
        var adler = await app.CompanyAsync("Adler GmbH");
        var deals = new (string Title, string Stage, long Responsible, long? Company)[]
        {
            ("D1", "WON", zoe, adler), ("D2", "NEW", anna, null), ("D3", "PREPARATION", zoe, braun),
            ("D4", "NEW", zoe, adler), ("D5", "LOSE", anna, braun),
        };
        foreach (var (title, stage, responsible, company) in deals)
        {
            await http.PostJsonAsync("/api/v1/deals", new { title, stageId = pipeline.StageId(stage), responsibleId = responsible, companyId = company });
        }

        Assert.Equal(["D2", "D4", "D3", "D1", "D5"], await AllPagesAsync(http, "stage"));
        Assert.Equal(["D5", "D1", "D3", "D4", "D2"], await AllPagesAsync(http, "-stage"));
        Assert.Equal(["D2", "D5", "D1", "D3", "D4"], await AllPagesAsync(http, "responsible"));
        Assert.Equal(["D2", "D1", "D4", "D3", "D5"], await AllPagesAsync(http, "company"));
        Assert.Equal(["D5", "D3", "D4", "D1", "D2"], await AllPagesAsync(http, "-company"));
    }

    [Theory, AllDatabases]
    public async Task An_unknown_sort_names_the_related_sorts_too(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();

        var response = await http.GetAsync("/api/v1/deals?sort=colour");
        var problem = await response.JsonAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("stage, responsible, company", problem["errors"]!["sort"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
