using Kontor.Features.Activities;
using Kontor.Features.Notifications;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Features.Access;

public sealed class NotificationRightsTests
{
    [Theory, AllDatabases]
    public async Task Someone_who_may_not_read_a_deal_is_neither_mentioned_nor_reminded_of_it_not_even_by_mail(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db, settings: new Dictionary<string, string?> { ["Kontor:Smtp:Host"] = "127.0.0.1", ["Kontor:Smtp:From"] = "kontor@kontor.test" });
        var admin = await app.AdminClientAsync();
        var (sales, service) = (await Rights.DepartmentAsync(admin, "Vertrieb"), await Rights.DepartmentAsync(admin, "Service"));
        var role = await Rights.RoleAsync(admin, "Abteilung", new { deal = new { read = "department" } });
        var (vera, _) = await Rights.UserAsync(app, admin, "vera@kontor.test", sales, role.Id());
        var outsider = await Rights.PersonAsync(admin, "sven@kontor.test", service);
        var colleague = await Rights.PersonAsync(admin, "karl@kontor.test", sales);
        var hidden = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Geheimprojekt", responsibleId = outsider, isOpened = false })).Id();
        var visible = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Karls Auftrag", responsibleId = colleague, isOpened = false })).Id();
        foreach (var deal in new[] { hidden, visible })
        {
            await admin.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = $"Bitte ansehen, @[Vera](user:{vera})" });
            await admin.PostJsonAsync($"/api/v1/deals/{deal}/activities", new { type = "call", subject = "Rückruf", deadline = "2026-03-02T10:30", reminderMinutes = 30, responsibleId = vera });
        }

        await app.WithDbAsync(d => Reminders.FireDueAsync(d, app.Services.GetRequiredService<Mailer>(), app.Clock, null, CancellationToken.None));
        var rows = await app.WithDbAsync(d => d.Set<Notification>().Where(n => n.UserId == vera).OrderBy(n => n.Id)
            .Select(n => new { n.Kind, n.DealId, n.Title, n.EmailState }).ToListAsync());
        var reminded = await app.WithDbAsync(d => d.Set<Activity>().CountAsync(a => a.RemindedAt != null));

        Assert.Equal([("mention", visible), ("reminder", visible)], rows.Select(r => (r.Kind, r.DealId!.Value)));
        Assert.DoesNotContain(rows, r => r.Title.Contains("Geheimprojekt", StringComparison.Ordinal));
        Assert.Equal(EmailState.Pending, rows[1].EmailState);

        // The hidden deal's reminder is spent all the same, so that no later sweep sends it.
        Assert.Equal(2, reminded);
    }

    [Theory, AllDatabases]
    public async Task A_notification_about_a_deal_its_user_can_no_longer_read_is_neither_listed_nor_counted(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (sales, service) = (await Rights.DepartmentAsync(admin, "Vertrieb"), await Rights.DepartmentAsync(admin, "Service"));
        var role = await Rights.RoleAsync(admin, "Abteilung", new { deal = new { read = "department" }, company = new { read = "department" } });
        var (vera, client) = await Rights.UserAsync(app, admin, "vera@kontor.test", sales, role.Id());
        var colleague = await Rights.PersonAsync(admin, "karl@kontor.test", sales);
        var deal = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Karls Auftrag", responsibleId = colleague, isOpened = false })).Id();
        var company = (await admin.PostJsonAsync("/api/v1/companies", new { name = "Braun KG", responsibleId = colleague, isOpened = false })).Id();
        await admin.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = $"@[Vera](user:{vera}) bitte übernehmen" });
        await admin.PostJsonAsync($"/api/v1/companies/{company}/comments", new { text = $"@[Vera](user:{vera}) neue Adresse" });
        var before = await client.GetJsonAsync("/api/v1/notifications");

        await admin.PatchJsonAsync($"/api/v1/users/{colleague}", new { departmentId = service });
        var after = await client.GetJsonAsync("/api/v1/notifications");

        Assert.Equal((2, 2), (before["items"]!.AsArray().Count, before["unread"]!.GetValue<int>()));
        Assert.Equal((0, 0), (after["items"]!.AsArray().Count, after["unread"]!.GetValue<int>()));
    }
}
