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
        feed.Changed += changes =>
        {
            if (changes.FirstOrDefault(c => c.Id == deal.Id()) is { } change)
            {
                inProcess.TrySetResult(change);
            }

            return Task.CompletedTask;
        };
        var token = http.DefaultRequestHeaders.Authorization!.Parameter!;
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/kontor"), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var overHub = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("changed", changes => overHub.TrySetResult(changes));
        await hub.StartAsync();

        await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { title = "Live geändert" });
        var change = await inProcess.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var notice = (await overHub.Task.WaitAsync(TimeSpan.FromSeconds(10)))[0];

        Assert.Equal(new Change("deal", deal.Id(), 2, deal["pipelineId"]!.GetValue<long>()), change);
        Assert.Equal(deal.Id(), notice.GetProperty("id").GetInt64());
        Assert.Equal(2, notice.GetProperty("version").GetInt32());
        Assert.False(notice.TryGetProperty("title", out _));
    }

    [Theory, AllDatabases]
    public async Task The_hub_refuses_connections_without_credentials(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/kontor"), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
            })
            .Build();

        var refused = await Record.ExceptionAsync(() => hub.StartAsync());

        Assert.IsType<HttpRequestException>(refused);
    }
}
