using System.Globalization;
using System.Text.Json;
using Kontor.Realtime;
using Kontor.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Realtime;

public sealed class ChangeFeedTests
{
    [Theory, AllDatabases]
    public async Task A_committed_deal_change_reaches_screens_and_hub_clients_with_its_id_and_version(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Live" });
        var inProcess = new TaskCompletionSource<Change>(TaskCreationOptions.RunContinuationsAsynchronously);
        var feed = app.Services.GetRequiredService<ChangeFeed>();
        using var subscription = feed.Subscribe(changes =>
        {
            if (changes.FirstOrDefault(c => c.Id == deal.Id()) is { } change)
            {
                inProcess.TrySetResult(change);
            }

            return Task.CompletedTask;
        });
        await using var hub = await Hubs.ConnectAsync(app, http);
        var overHub = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("changed", changes => overHub.TrySetResult(changes));

        await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { title = "Live geändert" });
        var change = await inProcess.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var notice = (await overHub.Task.WaitAsync(TimeSpan.FromSeconds(10)))[0];

        Assert.Equal(new Change("deal", deal.Id(), 2, deal["pipelineId"]!.GetValue<long>()), change);
        Assert.Equal(deal.Id(), notice.GetProperty("id").GetInt64());
        Assert.Equal(2, notice.GetProperty("version").GetInt32());
        Assert.False(notice.TryGetProperty("title", out _));
    }

    [Fact]
    public async Task A_screen_hears_of_changes_in_its_own_language_not_in_the_language_of_whoever_saved()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite);
        var feed = app.Services.GetRequiredService<ChangeFeed>();
        var heardIn = new TaskCompletionSource<(string, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
        IDisposable subscription;
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo("de-DE"), new CultureInfo("de-DE"));
            subscription = feed.Subscribe(_ =>
            {
                heardIn.TrySetResult((CultureInfo.CurrentCulture.Name, CultureInfo.CurrentUICulture.Name));
                return Task.CompletedTask;
            });
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (new CultureInfo("en-US"), new CultureInfo("en-US"));

            await feed.DeliverAsync([new Change("deal", 1, 2, null)]);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }

        using (subscription)
        {
            Assert.Equal(("de-DE", "de-DE"), await heardIn.Task.WaitAsync(TimeSpan.FromSeconds(10)));
        }
    }

    [Fact]
    public async Task A_screen_that_has_left_hears_of_no_more_changes()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite);
        var feed = app.Services.GetRequiredService<ChangeFeed>();
        var heard = 0;
        var subscription = feed.Subscribe(_ =>
        {
            Interlocked.Increment(ref heard);
            return Task.CompletedTask;
        });
        await feed.DeliverAsync([new Change("deal", 1, 2, null)]);

        subscription.Dispose();
        await feed.DeliverAsync([new Change("deal", 1, 3, null)]);

        Assert.Equal(1, heard);
    }

    [Theory, AllDatabases]
    public async Task The_hub_refuses_connections_without_credentials(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        await using var hub = Hubs.Build(app);

        var refused = await Record.ExceptionAsync(() => hub.StartAsync());

        Assert.IsType<HttpRequestException>(refused);
    }
}
