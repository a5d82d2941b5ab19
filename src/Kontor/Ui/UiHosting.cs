using Kontor.Ui.Account;
using MudBlazor.Services;

namespace Kontor.Ui;

public static class UiHosting
{
    public static IServiceCollection AddKontorUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddMudServices();
        services.AddScoped<Shared.UiData>();
        return services;
    }

    public static void MapKontorUi(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapAccount();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
