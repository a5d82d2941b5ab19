using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kontor.Realtime;

public static class RealtimeHosting
{
    public static IServiceCollection AddKontorRealtime(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<IInterceptor, OnChangesCommitted>();
        return services;
    }

    public static void MapRealtime(this IEndpointRouteBuilder app) => app.MapHub<KontorHub>("/hubs/kontor");
}
