using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Activities;

public sealed class ActivityCountersTests
{
    [Theory, AllDatabases]
    public async Task Open_and_overdue_counts_appear_in_the_deal_the_list_and_the_board(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var busy = await http.PostJsonAsync("/api/v1/deals", new { title = "Viel zu tun" });
        var quiet = await http.PostJsonAsync("/api/v1/deals", new { title = "Ruhig" });
        // The clock stands at 2026-03-02 09:00 UTC (10:00 in Berlin).
        await http.PostJsonAsync($"/api/v1/deals/{busy.Id()}/activities", new { type = "call", subject = "Früh", deadline = "2026-03-02T10:30" });
        await http.PostJsonAsync($"/api/v1/deals/{busy.Id()}/activities", new { type = "todo", subject = "Später", deadline = "2026-03-09T10:00" });
        var finished = await http.PostJsonAsync($"/api/v1/deals/{busy.Id()}/activities", new { type = "meeting", subject = "Erledigt", deadline = "2026-03-02T09:00" });
        await http.PostJsonAsync($"/api/v1/activities/{finished.Id()}/complete", new { result = "ok" });

        app.Clock.Advance(TimeSpan.FromHours(1));
        var deal = await http.GetJsonAsync($"/api/v1/deals/{busy.Id()}");
        var list = await http.GetJsonAsync("/api/v1/deals?sort=id");
        var pipeline = busy["pipelineId"]!.GetValue<long>();
        var board = await http.GetJsonAsync($"/api/v1/pipelines/{pipeline}/board");

        Assert.Equal(2, deal["openActivities"]!.GetValue<int>());
        Assert.Equal(1, deal["overdueActivities"]!.GetValue<int>());
        var rows = list["items"]!.AsArray();
        Assert.Equal((2, 1), (rows[0]!["openActivities"]!.GetValue<int>(), rows[0]!["overdueActivities"]!.GetValue<int>()));
        Assert.Equal((0, 0), (rows[1]!["openActivities"]!.GetValue<int>(), rows[1]!["overdueActivities"]!.GetValue<int>()));
        var cards = board["columns"]![0]!["cards"]!.AsArray();
        var card = cards.Single(c => c!.Id() == busy.Id())!;
        Assert.Equal(1, card["overdueActivities"]!.GetValue<int>());
        Assert.Equal(0, cards.Single(c => c!.Id() == quiet.Id())!["openActivities"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task My_activities_lists_overdue_today_and_this_week_in_my_time_zone(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var other = await app.UserAsync("bernd@kontor.test");
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Woche" })).Id();
        // Monday 2026-03-02, 10:00 in Berlin.
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Überfällig", deadline = "2026-03-02T08:00" });
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Heute", deadline = "2026-03-02T23:30" });
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Sonntag", deadline = "2026-03-08T23:59" });
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Nächste Woche", deadline = "2026-03-09T00:00" });
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Für Bernd", deadline = "2026-03-02T11:00", responsibleId = other });

        string[] Subjects(System.Text.Json.Nodes.JsonNode page) => page["items"]!.AsArray().Select(i => i!["subject"]!.GetValue<string>()).ToArray();
        var overdue = await http.GetJsonAsync("/api/v1/activities?responsible=me&due=overdue");
        var today = await http.GetJsonAsync("/api/v1/activities?responsible=me&due=today");
        var week = await http.GetJsonAsync("/api/v1/activities?responsible=me&due=week");
        var open = await http.GetJsonAsync("/api/v1/activities?responsible=me");
        var bernds = await http.GetJsonAsync($"/api/v1/activities?responsible={other}");
        var bad = await http.GetAsync("/api/v1/activities?due=someday");

        Assert.Equal(["Überfällig"], Subjects(overdue));
        Assert.Equal(["Überfällig", "Heute"], Subjects(today));
        Assert.Equal(["Überfällig", "Heute", "Sonntag"], Subjects(week));
        Assert.Equal(["Überfällig", "Heute", "Sonntag", "Nächste Woche"], Subjects(open));
        Assert.Equal(["Für Bernd"], Subjects(bernds));
        Assert.True(overdue["items"]![0]!["isOverdue"]!.GetValue<bool>());
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
