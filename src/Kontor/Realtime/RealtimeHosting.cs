using Microsoft.EntityFrameworkCore.Diagnostics;
using StackExchange.Redis;

namespace Kontor.Realtime;

public static class RealtimeHosting
{
    /// <summary>
    /// Live notices. With <c>ConnectionStrings:Redis</c> set, several nodes share them: the hub through SignalR's Redis
    /// backplane, the screens through <see cref="RedisChangeRelay"/>.
    /// </summary>
    public static IServiceCollection AddKontorRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        var signalr = services.AddSignalR();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<HubConnections>();
        services.AddSingleton<IInterceptor, OnChangesCommitted>();
        if (configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            signalr.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("kontor"));
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
            services.AddHostedService<RedisChangeRelay>();
        }

        return services;
    }

    public static void MapRealtime(this IEndpointRouteBuilder app) => app.MapHub<KontorHub>("/hubs/kontor");
}
