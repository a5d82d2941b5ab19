using System.Net;
using System.Net.Http.Json;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Timeline;

public sealed class TimelineRecordsTests
{
    [Theory, AllDatabases]
    public async Task A_deals_whole_life_shows_in_its_timeline_newest_first_with_planned_activities_on_top(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 7", amount = 1000 })).Id();

        await http.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = "Kunde **sehr** interessiert" });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var call = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Rückruf", deadline = "2026-03-03T10:00" });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "todo", subject = "Unterlagen vorbereiten", deadline = "2026-03-04T10:00" });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await http.PostJsonAsync($"/api/v1/activities/{call.Id()}/complete", new { result = "Angebot gewünscht" });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await http.PostJsonAsync($"/api/v1/deals/{deal}/calls", new { direction = "incoming", outcome = "answered", durationSeconds = 120, note = "Rückfrage" });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 400, currency = "EUR", paidAt = "2026-03-02", state = "paid", method = "bankTransfer" });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await http.PostJsonAsync($"/api/v1/deals/{deal}/deliveries", new { state = "shipped", carrier = "DHL", trackingNumber = "00340434" });

        var page = await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline");
        var kinds = page["items"]!.AsArray().Select(i => i!["kind"]!.GetValue<string>()).ToList();
        var planned = page["planned"]!.AsArray();

        Assert.Equal(["delivery", "payment", "call", "activity", "activity", "activity", "comment", "created"], kinds);
        Assert.Single(planned);
        Assert.Equal("Unterlagen vorbereiten", planned[0]!["subject"]!.GetValue<string>());
        var done = page["items"]![3]!;
        Assert.Equal("done", done["data"]!["event"]!.GetValue<string>());
        Assert.Equal("Angebot gewünscht", done["data"]!["result"]!.GetValue<string>());
        Assert.Equal(call.Id(), done["recordId"]!.GetValue<long>());
        var comment = page["items"]![6]!["comment"]!;
        Assert.Equal("<p>Kunde <strong>sehr</strong> interessiert</p>", comment["html"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task The_timeline_filters_by_kind_and_pages_without_gaps(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Viele Einträge" })).Id();
        for (var i = 0; i < 5; i++)
        {
            await http.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = $"Notiz {i}" });
            await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 10 + i });
        }

        var first = await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=comment&limit=3");
        var second = await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=comment&limit=3&cursor={first["next"]!.GetValue<string>()}");
        var payments = await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=payment,system");
        var bad = await http.GetAsync($"/api/v1/deals/{deal}/timeline?kind=gossip");

        var texts = first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(i => i!["comment"]!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Notiz 4", "Notiz 3", "Notiz 2", "Notiz 1", "Notiz 0"], texts);
        Assert.Null(second["next"]?.GetValue<string>());
        Assert.Empty(second["planned"]!.AsArray());
        Assert.Equal(6, payments["items"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("request.invalid", (await bad.JsonAsync()).Code());
    }

    [Theory, AllDatabases]
    public async Task Pinned_comments_come_first_and_leave_the_stream_while_pinned(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Pins" })).Id();
        var important = await http.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = "Wichtig: Lieferung nur vormittags" });
        await http.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = "Später" });

        var pin = await http.PutAsync($"/api/v1/comments/{important.Id()}/pin", null);
        var page = await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=comment");
        await http.DeleteAsync($"/api/v1/comments/{important.Id()}/pin");
        var after = await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=comment");

        Assert.Equal(HttpStatusCode.OK, pin.StatusCode);
        Assert.Equal(important.Id(), page["pinned"]![0]!.Id());
        Assert.Equal(["Später"], page["items"]!.AsArray().Select(i => i!["comment"]!["text"]!.GetValue<string>()));
        Assert.Empty(after["pinned"]!.AsArray());
        Assert.Equal(2, after["items"]!.AsArray().Count);
    }

    [Theory, AllDatabases]
    public async Task Contacts_and_companies_have_their_own_comment_timelines(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var contact = await app.ContactAsync();
        var company = await app.CompanyAsync();

        await http.PostJsonAsync($"/api/v1/contacts/{contact}/comments", new { text = "Bevorzugt E-Mail" });
        await http.PostJsonAsync($"/api/v1/companies/{company}/comments", new { text = "Zahlt pünktlich" });
        var missing = await http.PostAsJsonAsync("/api/v1/contacts/999999/comments", new { text = "x" });

        var onContact = await http.GetJsonAsync($"/api/v1/contacts/{contact}/timeline");
        var onCompany = await http.GetJsonAsync($"/api/v1/companies/{company}/timeline");
        Assert.Equal("Bevorzugt E-Mail", onContact["items"]![0]!["comment"]!["text"]!.GetValue<string>());
        Assert.Equal("Zahlt pünktlich", onCompany["items"]![0]!["comment"]!["text"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("contacts.not_found", (await missing.JsonAsync()).Code());
    }
}
