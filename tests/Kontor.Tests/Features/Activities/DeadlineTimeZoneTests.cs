using System.Net;
using System.Net.Http.Json;
using Kontor.Common;
using Kontor.Features.Activities;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Activities;

public sealed class DeadlineTimeZoneTests
{
    private static readonly TimeZoneInfo Berlin = LocalTime.Zone("Europe/Berlin");
    private static readonly TimeZoneInfo NewYork = LocalTime.Zone("America/New_York");

    [Theory]
    [InlineData("2026-03-28T12:00", "2026-03-28T11:00:00Z")] // winter time, UTC+1
    [InlineData("2026-03-29T01:59", "2026-03-29T00:59:00Z")] // the last minute before the change
    [InlineData("2026-03-29T02:30", "2026-03-29T01:30:00Z")] // skipped: read as 03:30 summer time
    [InlineData("2026-03-29T03:00", "2026-03-29T01:00:00Z")] // the first summer minute
    [InlineData("2026-10-25T02:30", "2026-10-25T00:30:00Z")] // occurs twice: the first, still summer time
    [InlineData("2026-10-25T03:00", "2026-10-25T02:00:00Z")] // winter time again
    [InlineData("2026-07-01T09:00+05:30", "2026-07-01T03:30:00Z")] // an explicit offset wins
    [InlineData("2026-07-01T09:00Z", "2026-07-01T09:00:00Z")]
    public void Berlin_wall_clock_times_around_daylight_saving_changes_map_to_one_instant(string typed, string utc)
    {
        Assert.True(LocalTime.TryParse(typed, Berlin, out var parsed));
        Assert.Equal(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.RoundtripKind), parsed);
        Assert.Equal(DateTimeKind.Utc, parsed.Kind);
    }

    [Theory]
    [InlineData("2026-03-08T02:30", "2026-03-08T07:30:00Z")] // New York springs forward on 8 March
    [InlineData("2026-11-01T01:30", "2026-11-01T05:30:00Z")] // and falls back on 1 November: the first 01:30 (EDT)
    [InlineData("2026-11-01T02:00", "2026-11-01T07:00:00Z")]
    public void New_York_has_its_own_change_dates(string typed, string utc)
    {
        Assert.True(LocalTime.TryParse(typed, NewYork, out var parsed));
        Assert.Equal(DateTime.Parse(utc, null, System.Globalization.DateTimeStyles.RoundtripKind), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tomorrow")]
    [InlineData("2026-02-30T10:00")]
    [InlineData("2026-03-01")]
    [InlineData("10:00")]
    public void Unreadable_deadlines_are_refused(string typed) => Assert.False(LocalTime.TryParse(typed, Berlin, out _));

    [Fact]
    public void A_zoned_instant_carries_the_offset_of_its_day()
    {
        var winter = LocalTime.ToZoned(new DateTime(2026, 3, 29, 0, 30, 0, DateTimeKind.Utc), Berlin);
        var summer = LocalTime.ToZoned(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Utc), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.FromHours(1)), winter);
        Assert.Equal(TimeSpan.FromHours(1), winter.Offset);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), summer);
    }

    [Fact]
    public void The_local_day_of_a_daylight_saving_change_is_23_or_25_hours_long()
    {
        var spring = LocalTime.Day(new DateTime(2026, 3, 29, 12, 0, 0, DateTimeKind.Utc), Berlin);
        var autumn = LocalTime.Day(new DateTime(2026, 10, 25, 12, 0, 0, DateTimeKind.Utc), Berlin);

        Assert.Equal(TimeSpan.FromHours(23), spring.End - spring.Start);
        Assert.Equal(TimeSpan.FromHours(25), autumn.End - autumn.Start);
    }

    [Theory, AllDatabases]
    public async Task A_deadline_typed_in_Berlin_is_stored_in_UTC_and_read_back_in_New_York_time(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        await app.UserAsync("nina@kontor.test", "Nina New York");
        var nina = await app.ClientForAsync("nina@kontor.test", "user-password-1");
        (await nina.PatchJsonAsync("/api/v1/users/me", new { timeZone = "America/New_York" })).EnsureSuccessStatusCode();
        var deal = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Über den Atlantik" })).Id();

        var created = await admin.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "meeting", subject = "Videocall", deadline = "2026-03-30T15:00", reminderMinutes = 30 });
        var asNina = await nina.GetJsonAsync($"/api/v1/activities/{created.Id()}");
        var stored = await app.WithDbAsync(d => d.Set<Activity>().SingleAsync(a => a.Id == created.Id()));

        Assert.Equal(new DateTime(2026, 3, 30, 13, 0, 0, DateTimeKind.Utc), stored.Deadline);
        Assert.Equal(new DateTime(2026, 3, 30, 12, 30, 0, DateTimeKind.Utc), stored.RemindAt);
        Assert.Equal("2026-03-30T15:00:00+02:00", created["deadline"]!.GetValue<string>());
        Assert.Equal("Europe/Berlin", created["timeZone"]!.GetValue<string>());
        Assert.Equal("2026-03-30T09:00:00-04:00", asNina["deadline"]!.GetValue<string>());
        Assert.Equal("America/New_York", asNina["timeZone"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Overdue_follows_the_clock_across_the_spring_forward_night(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Zeitumstellung" })).Id();
        var activity = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Nachts", deadline = "2026-03-29T02:30" });

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 1, 29, 0, TimeSpan.Zero));
        var before = await http.GetJsonAsync($"/api/v1/activities/{activity.Id()}");
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await http.GetJsonAsync($"/api/v1/activities/{activity.Id()}");

        Assert.Equal("2026-03-29T03:30:00+02:00", before["deadline"]!.GetValue<string>());
        Assert.False(before["isOverdue"]!.GetValue<bool>());
        Assert.True(after["isOverdue"]!.GetValue<bool>());
    }

    [Theory, AllDatabases]
    public async Task A_deadline_that_cannot_be_read_is_refused_with_a_field_error(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Fehler" })).Id();

        var response = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "x", deadline = "next week" });
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["deadline"]);
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<Activity>().CountAsync()));
    }
}
