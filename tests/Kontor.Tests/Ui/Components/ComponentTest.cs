using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace Kontor.Tests.Ui.Components;

/// <summary>
/// A bUnit context with what Kontor's components need from the app: MudBlazor's services, localisation from the
/// app's resources, and JS interop that answers every call with a default (MudBlazor calls JS on almost every render).
/// </summary>
public abstract class ComponentTest : BunitContext
{
    protected ComponentTest()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    /// <summary>
    /// Renders the host MudBlazor draws menus and dialogs into, as MainLayout does; render it before the component
    /// and look for the popup's markup in it.
    /// </summary>
    protected IRenderedComponent<MudPopoverProvider> RenderPopovers() => Render<MudPopoverProvider>();

    /// <inheritdoc cref="RenderPopovers"/>
    protected IRenderedComponent<MudDialogProvider> RenderDialogs()
    {
        Render<MudPopoverProvider>();
        return Render<MudDialogProvider>();
    }

    /// <summary>Runs the rest of the test in a culture, for numbers and for the resource strings; disposing restores the previous one.</summary>
    protected static IDisposable InCulture(string name) => new CultureScope(CultureInfo.GetCultureInfo(name));

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(CultureInfo culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
