using Kontor.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Support;

/// <summary>Clients of the real-time hub of a test app, over long polling through the test server.</summary>
public static class Hubs
{
    /// <summary>A connection signed in with the client's API token (none: anonymous), not yet started.</summary>
    public static HubConnection Build(KontorAppFactory app, HttpClient? client = null)
    {
        var token = client?.DefaultRequestHeaders.Authorization?.Parameter;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(app.Server.BaseAddress, "/hubs/kontor"), o =>
            {
                o.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                if (token is not null)
                {
                    o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                }
            })
            .Build();
    }

    /// <summary>
    /// Starts a connection and waits until the node has registered it for notices. The handshake is answered before
    /// the hub's <c>OnConnectedAsync</c> runs, so a change saved right after the start could otherwise pass it by.
    /// </summary>
    public static async Task<HubConnection> ConnectAsync(KontorAppFactory app, HttpClient client)
    {
        var hub = Build(app, client);
        await hub.StartAsync();
        var connections = app.Services.GetRequiredService<HubConnections>();
        var registered = await Eventually.WaitAsync(
            () => Task.FromResult(connections.ByUser().Any(u => u.Connections.Contains(hub.ConnectionId!))), done => done);
        if (!registered)
        {
            await hub.DisposeAsync();
            throw new InvalidOperationException("The hub did not register the connection within 15 seconds.");
        }

        return hub;
    }
}
