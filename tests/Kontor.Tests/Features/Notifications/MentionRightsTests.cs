using Kontor.Features.Access;
using Kontor.Features.Notifications;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Notifications;

public sealed class MentionRightsTests
{
    [Theory, AllDatabases]
    public async Task A_mention_notifies_only_people_who_may_read_the_deal(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var manager = await app.UserAsync("mara@kontor.test", "Mara Manager", roles: DefaultRoles.Manager);
        var sales = await app.UserAsync("sven@kontor.test", "Sven Sales", roles: DefaultRoles.Sales);
        var deal = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Geheimes Projekt" })).Id();

        await admin.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = $"Bitte ansehen @[Mara](user:{manager}) @[Sven](user:{sales})" });

        var notified = await app.WithDbAsync(d => d.Set<Notification>().Where(n => n.Kind == NotificationKinds.Mention).Select(n => n.UserId).ToListAsync());
        Assert.Equal([manager], notified);
    }
}
