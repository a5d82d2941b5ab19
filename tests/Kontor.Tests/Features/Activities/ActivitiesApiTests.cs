using System.Net;
using System.Net.Http.Json;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Activities;

public sealed class ActivitiesApiTests
{
    [Theory, AllDatabases]
    public async Task A_planned_call_is_rescheduled_then_done_and_cannot_change_afterwards(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var contact = await app.ContactAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Anruf" })).Id();
        var created = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/activities", new
        {
            type = "call",
            subject = "Rückruf",
            deadline = "2026-03-03T10:00",
            direction = "outgoing",
            contactId = contact,
            customerPhone = "+49 30 1234567",
            priority = "high",
        });
        var call = await created.JsonAsync();

        var moved = await http.PatchJsonAsync($"/api/v1/activities/{call.Id()}", new { deadline = "2026-03-04T11:00", reminderMinutes = 15 }, ifMatch: created.Headers.ETag!.Tag);
        var stale = await http.PatchJsonAsync($"/api/v1/activities/{call.Id()}", new { subject = "x" }, ifMatch: created.Headers.ETag!.Tag);
        var done = await http.PostAsJsonAsync($"/api/v1/activities/{call.Id()}/complete", new { result = "Termin vereinbart" });
        var again = await http.PostAsJsonAsync($"/api/v1/activities/{call.Id()}/cancel", new { });
        var change = await http.PatchJsonAsync($"/api/v1/activities/{call.Id()}", new { subject = "Neu" });
        var read = await done.JsonAsync();
        var history = (await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=activity"))["items"]!.AsArray();

        Assert.Equal("+49 30 1234567", call["customerPhone"]!.GetValue<string>());
        Assert.Equal("2026-03-04T11:00:00+01:00", (await moved.JsonAsync())["deadline"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("done", read["state"]!.GetValue<string>());
        Assert.Equal("Termin vereinbart", read["result"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.Conflict, "activities.not_planned"), (again.StatusCode, (await again.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.Conflict, "activities.not_planned"), (change.StatusCode, (await change.JsonAsync()).Code()));
        Assert.Equal(["done", "changed", "planned"], history.Select(h => h!["data"]!["event"]!.GetValue<string>()));
        Assert.Contains(history[1]!["data"]!["changes"]!.AsArray(), c => c!["field"]!.GetValue<string>() == "deadline");
    }

    [Theory, AllDatabases]
    public async Task Bad_activities_are_refused_and_change_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Fehler" })).Id();

        var noType = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/activities", new { subject = "x", deadline = "2026-03-03T10:00" });
        var badType = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "party", subject = "x", deadline = "2026-03-03T10:00" });
        var direction = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "todo", subject = "x", deadline = "2026-03-03T10:00", direction = "incoming" });
        var user = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "todo", subject = "x", deadline = "2026-03-03T10:00", responsibleId = 999999 });
        var contact = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "x", deadline = "2026-03-03T10:00", contactId = 999999 });
        var reminder = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "x", deadline = "2026-03-03T10:00", reminderMinutes = -5 });
        var noDeal = await http.PostAsJsonAsync("/api/v1/deals/999999/activities", new { type = "call", subject = "x", deadline = "2026-03-03T10:00" });
        var outcome = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/calls", new { direction = "incoming", outcome = "bounced" });
        var missing = await http.GetAsync("/api/v1/activities/999999");
        var list = await http.GetJsonAsync($"/api/v1/deals/{deal}/activities?state=all");

        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, "request.malformed_json"), (badType.StatusCode, (await badType.JsonAsync()).Code()));
        Assert.Equal(HttpStatusCode.BadRequest, direction.StatusCode);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "activities.user_not_found"), (user.StatusCode, (await user.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "activities.contact_not_found"), (contact.StatusCode, (await contact.JsonAsync()).Code()));
        Assert.Equal(HttpStatusCode.BadRequest, reminder.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "deals.not_found"), (noDeal.StatusCode, (await noDeal.JsonAsync()).Code()));
        Assert.Equal(HttpStatusCode.BadRequest, outcome.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "activities.not_found"), (missing.StatusCode, (await missing.JsonAsync()).Code()));
        Assert.Empty(list["items"]!.AsArray());
    }

    [Theory, AllDatabases]
    public async Task Logged_calls_and_emails_are_read_back_in_my_time_zone(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Kontakt" })).Id();

        var call = await http.PostJsonAsync($"/api/v1/deals/{deal}/calls", new { direction = "incoming", outcome = "noAnswer", occurredAt = "2026-03-01T16:45", durationSeconds = 0, phone = "+49 30 999" });
        var mail = await http.PostJsonAsync($"/api/v1/deals/{deal}/emails", new { direction = "outgoing", outcome = "sent", subject = "Angebot", note = "Anbei das Angebot", email = "ada@braun.example" });
        var calls = await http.GetJsonAsync($"/api/v1/deals/{deal}/calls");
        var readMail = await http.GetJsonAsync($"/api/v1/emails/{mail.Id()}");
        var asCall = await http.GetAsync($"/api/v1/calls/{mail.Id()}");

        Assert.Equal("2026-03-01T16:45:00+01:00", call["occurredAt"]!.GetValue<string>());
        Assert.Equal("manual", call["source"]!.GetValue<string>());
        Assert.Single(calls.AsArray());
        Assert.Equal("Angebot", readMail["subject"]!.GetValue<string>());
        Assert.Equal("ada@braun.example", readMail["customerAddress"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, asCall.StatusCode);
    }
}
