using System.Net;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Calendar;

public sealed class CalendarFeedTests
{
    [Theory, AllDatabases]
    public async Task The_feed_lists_my_planned_activities_and_a_calendar_parser_reads_it_back(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var bernd = await app.UserAsync("bernd@kontor.test");
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag; mit Komma, und \"Zeichen\"" })).Id();
        var meeting = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new
        {
            type = "meeting",
            subject = "Vor-Ort-Termin",
            deadline = "2026-03-29T02:30",
            reminderMinutes = 45,
            description = "Zeile 1\nZeile 2",
            priority = "high",
        });
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Anruf", deadline = "2026-10-25T02:30" });
        var done = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "todo", subject = "Erledigt", deadline = "2026-03-05T10:00" });
        await http.PostJsonAsync($"/api/v1/activities/{done.Id()}/complete", new { });
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "todo", subject = "Für Bernd", deadline = "2026-03-05T10:00", responsibleId = bernd });

        var created = await http.PostJsonAsync("/api/v1/calendar-feed", new { });
        var url = new Uri(created["url"]!.GetValue<string>());
        using var anonymous = app.CreateClient();
        var response = await anonymous.GetAsync(url.PathAndQuery);
        var text = await response.Content.ReadAsStringAsync();
        var calendar = Ical.Net.Calendar.Load(text)!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(2, calendar.Events.Count);
        var first = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).First();
        Assert.Equal("Termin: Vor-Ort-Termin", first.Summary);
        Assert.Equal($"activity-{meeting.Id()}@kontor", first.Uid);
        Assert.Equal(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), first.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2026, 3, 29, 2, 30, 0, DateTimeKind.Utc), first.DtEnd!.AsUtc);
        Assert.Contains("Auftrag; mit Komma, und \"Zeichen\"", first.Description, StringComparison.Ordinal);
        Assert.Contains("Zeile 1\nZeile 2", first.Description, StringComparison.Ordinal);
        Assert.Equal(1, first.Priority);
        Assert.Equal(TimeSpan.FromMinutes(-45), first.Alarms.Single().Trigger!.Duration!.Value.ToTimeSpanUnspecified());
        var second = calendar.Events.OrderBy(e => e.DtStart!.AsUtc).Last();
        Assert.Equal(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc), second.DtStart!.AsUtc);
        Assert.Empty(second.Alarms);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task Rotating_the_address_stops_the_old_one_and_only_the_hash_is_stored(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        using var anonymous = app.CreateClient();

        var first = new Uri((await http.PostJsonAsync("/api/v1/calendar-feed", new { }))["url"]!.GetValue<string>()).PathAndQuery;
        var second = new Uri((await http.PostJsonAsync("/api/v1/calendar-feed", new { }))["url"]!.GetValue<string>()).PathAndQuery;
        var info = await http.GetJsonAsync("/api/v1/calendar-feed");
        var old = await anonymous.GetAsync(first);
        var current = await anonymous.GetAsync(second);
        var guessed = await anonymous.GetAsync("/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics");
        var stored = await app.WithDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            d.Set<Kontor.Features.Calendar.CalendarFeed>()));
        await http.DeleteAsync("/api/v1/calendar-feed");
        var deleted = await anonymous.GetAsync(second);

        Assert.True(info["exists"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, old.StatusCode);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
        Assert.DoesNotContain(stored.SecretHash, second, StringComparison.Ordinal);
        Assert.Equal(64, stored.SecretHash.Length);
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
    }
}
