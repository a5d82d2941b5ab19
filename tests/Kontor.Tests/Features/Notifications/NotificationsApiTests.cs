using System.Net;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Notifications;

public sealed class NotificationsApiTests
{
    [Theory, AllDatabases]
    public async Task A_mention_notifies_the_mentioned_user_who_reads_and_marks_it(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var bernd = await app.UserAsync("bernd@kontor.test", "Bernd Vertrieb");
        var client = await app.ClientForAsync("bernd@kontor.test", "user-password-1");
        var deal = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 12" })).Id();

        var comment = await admin.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = $"@[Bernd](user:{bernd}) bitte anrufen, @[Anna](user:1) zur Info" });
        var bell = await client.GetJsonAsync("/api/v1/notifications");
        var adminBell = await admin.GetJsonAsync("/api/v1/notifications");
        var item = bell["items"]![0]!;
        var read = await client.PostAsync($"/api/v1/notifications/{item.Id()}/read", null);
        var foreign = await admin.PostAsync($"/api/v1/notifications/{item.Id()}/read", null);
        var after = await client.GetJsonAsync("/api/v1/notifications?unread=true");

        Assert.Contains("<span class=\"mention\" data-user-id=\"" + bernd + "\">@Bernd</span>", comment["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, bell["unread"]!.GetValue<int>());
        Assert.Equal("mention", item["kind"]!.GetValue<string>());
        Assert.Equal("Anna Admin hat Sie erwähnt: Auftrag 12", item["title"]!.GetValue<string>());
        Assert.Equal(deal, item["dealId"]!.GetValue<long>());
        Assert.Equal(0, adminBell["unread"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal("notifications.not_found", (await foreign.JsonAsync()).Code());
        Assert.Empty(after["items"]!.AsArray());
        Assert.Equal(0, after["unread"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task Editing_a_comment_notifies_only_the_newly_mentioned(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var bernd = await app.UserAsync("bernd@kontor.test", "Bernd");
        var clara = await app.UserAsync("clara@kontor.test", "Clara");
        var deal = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 13" })).Id();
        var comment = await admin.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = $"@[Bernd](user:{bernd})" });

        await admin.PatchJsonAsync($"/api/v1/comments/{comment.Id()}", new { text = $"@[Bernd](user:{bernd}) und @[Clara](user:{clara})" });
        var counts = await app.WithDbAsync(async d => new[]
        {
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(d.Set<Kontor.Features.Notifications.Notification>(), n => n.UserId == bernd),
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(d.Set<Kontor.Features.Notifications.Notification>(), n => n.UserId == clara),
        });

        Assert.Equal([1, 1], counts);
    }

    [Theory, AllDatabases]
    public async Task Marking_all_read_clears_the_unread_count(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var bernd = await app.UserAsync("bernd@kontor.test", "Bernd");
        var client = await app.ClientForAsync("bernd@kontor.test", "user-password-1");
        var deal = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 14" })).Id();
        for (var i = 0; i < 3; i++)
        {
            await admin.PostJsonAsync($"/api/v1/deals/{deal}/comments", new { text = $"Hinweis {i} für @[Bernd](user:{bernd})" });
        }

        var before = await client.GetJsonAsync("/api/v1/notifications?limit=2");
        var all = await client.PostAsync("/api/v1/notifications/read", null);
        var after = await client.GetJsonAsync("/api/v1/notifications");

        Assert.Equal(3, before["unread"]!.GetValue<int>());
        Assert.Equal(2, before["items"]!.AsArray().Count);
        Assert.NotNull(before["next"]?.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, all.StatusCode);
        Assert.Equal(0, after["unread"]!.GetValue<int>());
        Assert.Equal(3, after["items"]!.AsArray().Count);
    }
}
