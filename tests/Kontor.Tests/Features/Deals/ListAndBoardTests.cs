using System.Text.Json.Nodes;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Deals;

public sealed class ListAndBoardTests
{
    private static List<string> Titles(JsonNode page) => page["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).ToList();

    private static async Task<List<string>> AllPagesAsync(HttpClient http, string query)
    {
        var titles = new List<string>();
        string? next = null;
        do
        {
            var page = await http.GetJsonAsync($"/api/v1/deals?{query}&limit=2" + (next is null ? "" : $"&cursor={next}"));
            titles.AddRange(Titles(page));
            next = page["next"]?.GetValue<string>();
        }
        while (next is not null);

        return titles;
    }

    [Theory, AllDatabases]
    public async Task Keyset_pages_walk_every_sort_without_gaps_or_repeats(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deals = new (string Title, decimal Amount, string Close)[]
        {
            ("Delta", 300m, "2026-06-01"), ("alpha", 100m, "2026-04-01"), ("Charlie", 300m, "2026-05-01"),
            ("Bravo", 50.5m, "2026-04-01"), ("Echo", 1000m, "2026-07-01"),
        };
        foreach (var (title, amount, close) in deals)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(1));
            await http.PostJsonAsync("/api/v1/deals", new { title, amount, closeDate = close });
        }

        Assert.Equal(["Echo", "Charlie", "Delta", "alpha", "Bravo"], await AllPagesAsync(http, "sort=-amount"));
        Assert.Equal(["Bravo", "alpha", "Delta", "Charlie", "Echo"], await AllPagesAsync(http, "sort=amount"));
        Assert.Equal(["Echo", "Bravo", "Charlie", "alpha", "Delta"], await AllPagesAsync(http, "sort=-id"));
        Assert.Equal(["Delta", "alpha", "Charlie", "Bravo", "Echo"], await AllPagesAsync(http, "sort=createdAt"));
        Assert.Equal(["alpha", "Bravo", "Charlie", "Delta", "Echo"], await AllPagesAsync(http, "sort=closeDate"));
        Assert.Equal(5, (await AllPagesAsync(http, "sort=-title")).Distinct().Count());
    }

    [Theory, AllDatabases]
    public async Task Filters_narrow_the_list_to_matching_deals(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var pipeline = await app.DefaultPipelineAsync();
        var bernd = await app.UserAsync("bernd@kontor.test");
        var company = await app.CompanyAsync("Hofmann Food Ltd");
        var contact = await app.ContactAsync("Clara", "Schumann");
        await http.PostJsonAsync("/api/v1/deals", new { title = "AUFTRAG 2026-001 Braun", amount = 500, companyId = company });
        app.Clock.Advance(TimeSpan.FromDays(2));
        await http.PostJsonAsync("/api/v1/deals", new { title = "Wartung Müller", amount = 1500, currency = "USD", responsibleId = bernd, contactIds = new[] { contact } });
        await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 2026-002", amount = 2500, stageId = pipeline.StageId("WON") });
        await http.PostJsonAsync("/api/v1/deals", new { title = "Lizenz 100%_rabatt", amount = 0, stageId = pipeline.StageId("LOSE"), closeDate = "2026-03-10" });

        Assert.Equal(["Auftrag 2026-002", "AUFTRAG 2026-001 Braun"], Titles(await http.GetJsonAsync("/api/v1/deals?q=auftrag")));
        Assert.Equal(["Lizenz 100%_rabatt"], Titles(await http.GetJsonAsync("/api/v1/deals?q=100%25_")));
        Assert.Equal(["Wartung Müller"], Titles(await http.GetJsonAsync($"/api/v1/deals?responsibleId={bernd}")));
        Assert.Equal(["AUFTRAG 2026-001 Braun"], Titles(await http.GetJsonAsync($"/api/v1/deals?companyId={company}")));
        Assert.Equal(["Wartung Müller"], Titles(await http.GetJsonAsync($"/api/v1/deals?contactId={contact}")));
        Assert.Equal(["Lizenz 100%_rabatt", "Auftrag 2026-002"], Titles(await http.GetJsonAsync("/api/v1/deals?closed=true")));
        Assert.Equal(["Auftrag 2026-002"], Titles(await http.GetJsonAsync("/api/v1/deals?semantic=won")));
        Assert.Equal(["Wartung Müller", "AUFTRAG 2026-001 Braun"], Titles(await http.GetJsonAsync("/api/v1/deals?semantic=inProgress")));
        Assert.Equal(["Wartung Müller"], Titles(await http.GetJsonAsync("/api/v1/deals?amountFrom=1000&amountTo=2000")));
        Assert.Equal(["Wartung Müller"], Titles(await http.GetJsonAsync("/api/v1/deals?currency=USD")));
        Assert.Equal(["AUFTRAG 2026-001 Braun"], Titles(await http.GetJsonAsync("/api/v1/deals?createdTo=2026-03-03T00:00:00Z")));
        Assert.Equal(3, Titles(await http.GetJsonAsync("/api/v1/deals?createdFrom=2026-03-03T00:00:00Z")).Count);
        Assert.Equal(["AUFTRAG 2026-001 Braun"], Titles(await http.GetJsonAsync("/api/v1/deals?closeDateTo=2026-03-10&closed=false")));
        Assert.Equal(["Wartung Müller"], Titles(await http.GetJsonAsync("/api/v1/deals?closeDateFrom=2026-03-10&closed=false")));
        Assert.Equal(2, Titles(await http.GetJsonAsync($"/api/v1/deals?stageId={pipeline.StageId("WON")}&stageId={pipeline.StageId("LOSE")}")).Count);
        var row = (await http.GetJsonAsync($"/api/v1/deals?companyId={company}"))["items"]![0]!;
        Assert.Equal("Hofmann Food Ltd", row["companyName"]!.GetValue<string>());
        Assert.Equal("Anna Admin", row["responsibleName"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task The_board_counts_and_sums_each_stage_in_the_base_currency_and_pages_its_cards(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var pipeline = await app.DefaultPipelineAsync();
        var company = await app.CompanyAsync("Braun Elektro KG");
        var contact = await app.ContactAsync("Ada", "Lovelace");
        await http.PostJsonAsync("/api/v1/deals", new { title = "Eins", amount = 100, companyId = company });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await http.PostJsonAsync("/api/v1/deals", new { title = "Zwei", amount = 100, currency = "USD", contactIds = new[] { contact } });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await http.PostJsonAsync("/api/v1/deals", new { title = "Drei", amount = 0.01m });
        await http.PostJsonAsync("/api/v1/deals", new { title = "Gewonnen", amount = 7000, stageId = pipeline.StageId("WON") });

        var board = await http.GetJsonAsync($"/api/v1/pipelines/{pipeline.Id}/board?perStage=2");
        var first = board["columns"]![0]!;
        var more = await http.GetJsonAsync($"/api/v1/pipelines/{pipeline.Id}/board/stages/{first["stageId"]}?perStage=2&cursor={first["next"]}");
        var withFinal = await http.GetJsonAsync($"/api/v1/pipelines/{pipeline.Id}/board?includeFinal=true");
        var won = withFinal["columns"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == "WON")!;

        Assert.Equal("EUR", board["currency"]!.GetValue<string>());
        Assert.Equal(8, board["columns"]!.AsArray().Count);
        Assert.Equal("NEW", first["code"]!.GetValue<string>());
        Assert.Equal(3, first["count"]!.GetValue<int>());
        Assert.Equal(192.01m, first.Dec("sum")); // 100 EUR + 100 USD × 0.92 + 0.01 EUR
        Assert.Equal(["Drei", "Zwei"], first["cards"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
        Assert.Equal("Ada Lovelace", first["cards"]![1]!["customerName"]!.GetValue<string>());
        Assert.Equal(["Eins"], more["items"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()));
        Assert.Equal("Braun Elektro KG", more["items"]![0]!["customerName"]!.GetValue<string>());
        Assert.Null(more["next"]);
        Assert.Null(board["columns"]!.AsArray().Single(c => c!["code"]!.GetValue<string>() == "WON")!["count"]);
        Assert.Equal(1, won["count"]!.GetValue<int>());
        Assert.Equal(7000m, won.Dec("sum"));
    }
}
