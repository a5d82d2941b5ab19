using Kontor.Data;
using Kontor.Features.Notifications;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Features.Notifications;

public sealed class RemindersTests
{
    private static Task<List<Notification>> RemindersAsync(KontorAppFactory app) =>
        app.WithDbAsync(db => db.Set<Notification>().Where(n => n.Kind == NotificationKinds.Reminder).OrderBy(n => n.Id).ToListAsync());

    private static async Task<List<Notification>> WaitForRemindersAsync(KontorAppFactory app, int count) =>
        await Eventually.WaitAsync(() => RemindersAsync(app), r => r.Count >= count);

    /// <summary>Moves the clock in sweep-sized steps so the reminder service runs at each of them.</summary>
    private static async Task AdvanceAsync(KontorAppFactory app, TimeSpan by)
    {
        for (var moved = TimeSpan.Zero; moved < by; moved += TimeSpan.FromSeconds(30))
        {
            app.Clock.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(5);
        }
    }

    [Theory, AllDatabases]
    public async Task A_reminder_fires_once_when_it_is_due_and_never_again(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Erinnerung" })).Id();
        // Now is 10:00 in Berlin; due at 12:00, reminded 30 minutes before.
        var call = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Rückruf Braun", deadline = "2026-03-02T12:00", reminderMinutes = 30 });
        var later = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "todo", subject = "Später", deadline = "2026-03-02T13:00", reminderMinutes = 15 });

        app.Clock.Advance(TimeSpan.FromMinutes(89));
        var early = await RemindersAsync(app);
        await AdvanceAsync(app, TimeSpan.FromMinutes(2));
        var first = await WaitForRemindersAsync(app, 1);
        await AdvanceAsync(app, TimeSpan.FromMinutes(80));
        var both = await WaitForRemindersAsync(app, 2);
        var activity = await http.GetJsonAsync($"/api/v1/activities/{call.Id()}");

        Assert.Empty(early);
        Assert.Equal(call.Id(), first.Single().ActivityId);
        Assert.StartsWith("Erinnerung: Rückruf Braun – fällig 02.03.2026 12:00", first[0].Title);
        Assert.Equal([call.Id(), later.Id()], both.Select(n => n.ActivityId!.Value));
        // Sent when due (10:30) or at the worker's next look, within the two minutes the clock moved in 30-second steps.
        Assert.InRange(activity["remindedAt"]!.GetValue<DateTime>(), new DateTime(2026, 3, 2, 10, 30, 0, DateTimeKind.Utc), new DateTime(2026, 3, 2, 10, 31, 0, DateTimeKind.Utc));
    }

    [Theory, AllDatabases]
    public async Task A_fired_reminder_is_not_repeated_after_a_restart(Db db)
    {
        var first = await KontorAppFactory.CreateAsync(db);
        var http = await first.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Neustart" })).Id();
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Vorher", deadline = "2026-03-02T10:20", reminderMinutes = 10 });
        await AdvanceAsync(first, TimeSpan.FromMinutes(11));
        await WaitForRemindersAsync(first, 1);
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Nachher", deadline = "2026-03-02T11:00", reminderMinutes = 0 });

        await using var second = await first.RestartAsync();
        await AdvanceAsync(second, TimeSpan.FromHours(1));
        var reminders = await WaitForRemindersAsync(second, 2);
        await AdvanceAsync(second, TimeSpan.FromMinutes(5));

        Assert.Equal(2, (await RemindersAsync(second)).Count);
        Assert.Equal(["Vorher", "Nachher"], reminders.Select(r => r.Title.Split(' ')[1]));
    }

    [Theory, AllDatabases]
    public async Task Reminders_that_fall_due_while_a_sweep_is_held_up_fire_once_it_is_through(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Langsam" })).Id();
        var first = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Erster", deadline = "2026-03-02T10:01", reminderMinutes = 0 });
        var second = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Zweiter", deadline = "2026-03-02T10:03", reminderMinutes = 0 });

        // The sweep that finds the first reminder due waits for the activities table; meanwhile the second falls due and
        // the clock stops. That sweep saw only the first: the time that passed while it waited must bring another.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var holder = scope.ServiceProvider.GetRequiredService<KontorDb>();
            await using var hold = await holder.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await holder.Database.ExecuteSqlAsync($"UPDATE kontor_activities SET subject = subject WHERE id = {first.Id()}", TestContext.Current.CancellationToken);
            await AdvanceAsync(app, TimeSpan.FromMinutes(1));
            await Task.Delay(500, TestContext.Current.CancellationToken);
            await AdvanceAsync(app, TimeSpan.FromMinutes(2));
            await hold.RollbackAsync(TestContext.Current.CancellationToken);
        }

        var reminders = await WaitForRemindersAsync(app, 2);

        Assert.Equal([first.Id(), second.Id()], reminders.Select(n => n.ActivityId!.Value));
    }

    [Theory, AllDatabases]
    public async Task A_reminder_that_fell_due_while_the_app_was_down_fires_after_the_restart(Db db)
    {
        var first = await KontorAppFactory.CreateAsync(db);
        var http = await first.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Ausfall" })).Id();
        var activity = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "meeting", subject = "Termin", deadline = "2026-03-02T15:00", reminderMinutes = 60 });
        Assert.Empty(await RemindersAsync(first));

        var stopped = first.Clock.GetUtcNow();
        await using var second = await first.RestartAsync();
        second.Clock.SetUtcNow(stopped.AddHours(5));
        await AdvanceAsync(second, TimeSpan.FromMinutes(1));
        var reminders = await WaitForRemindersAsync(second, 1);

        Assert.Equal(activity.Id(), reminders.Single().ActivityId);
    }

    [Theory, AllDatabases]
    public async Task Done_and_cancelled_activities_are_not_reminded_and_a_moved_deadline_reminds_again(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Status" })).Id();
        var done = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Erledigt", deadline = "2026-03-02T10:30", reminderMinutes = 10 });
        var cancelled = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Abgesagt", deadline = "2026-03-02T10:30", reminderMinutes = 10 });
        var moved = await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Verschoben", deadline = "2026-03-02T10:30", reminderMinutes = 10 });
        await http.PostJsonAsync($"/api/v1/activities/{done.Id()}/complete", new { result = "erledigt" });
        await http.PostJsonAsync($"/api/v1/activities/{cancelled.Id()}/cancel", new { });

        await AdvanceAsync(app, TimeSpan.FromMinutes(25));
        var once = await WaitForRemindersAsync(app, 1);
        (await http.PatchJsonAsync($"/api/v1/activities/{moved.Id()}", new { deadline = "2026-03-02T11:30" })).EnsureSuccessStatusCode();
        await AdvanceAsync(app, TimeSpan.FromMinutes(61));
        var twice = await WaitForRemindersAsync(app, 2);

        Assert.Equal(moved.Id(), once.Single().ActivityId);
        Assert.Equal([moved.Id(), moved.Id()], twice.Select(n => n.ActivityId!.Value));
    }

    [Theory, AllDatabases]
    public async Task A_reminder_is_mailed_through_the_configured_smtp_server(Db db)
    {
        await using var smtp = SmtpListener.Start();
        await using var app = await KontorAppFactory.CreateAsync(db, settings: smtp.Settings);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag Grüße" })).Id();
        await http.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Angebot nachfassen", deadline = "2026-03-02T10:10", reminderMinutes = 10, description = "Nach dem Angebot fragen" });

        await AdvanceAsync(app, TimeSpan.FromMinutes(1));
        var messages = await Eventually.WaitAsync(() => Task.FromResult(smtp.Messages.ToList()), m => m.Count >= 1);
        var reminder = await WaitForRemindersAsync(app, 1);
        var state = await Eventually.WaitAsync(
            () => app.WithDbAsync(d => d.Set<Notification>().Where(n => n.Id == reminder[0].Id).Select(n => n.EmailState).SingleAsync()),
            s => s == EmailState.Sent);

        var mail = Assert.Single(messages);
        Assert.Equal(KontorAppFactory.AdminEmail, mail.To.Mailboxes.Single().Address);
        Assert.Equal("Erinnerung: Angebot nachfassen – fällig 02.03.2026 10:10", mail.Subject);
        Assert.Contains("Auftrag: Auftrag Grüße", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Nach dem Angebot fragen", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(EmailState.Sent, state);
    }
}
