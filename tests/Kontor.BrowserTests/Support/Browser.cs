using Microsoft.Playwright;

namespace Kontor.BrowserTests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, once per test class. Playwright's own browser download is not used:
/// <c>apt-get install chromium</c> provides <c>/usr/bin/chromium</c> (eng/test installs it).
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Chromium { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException("Chromium is not installed: run `apt-get install -y chromium` (eng/test does this when run as root).");
        }

        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>A new browser context (a separate person) at a desktop or phone size, in a language.</summary>
    public async Task<IPage> PageAsync(string baseUrl, bool phone = false, string locale = "de-DE")
    {
        var context = await Chromium.NewContextAsync(new()
        {
            BaseURL = baseUrl,
            Locale = locale,
            TimezoneId = "Europe/Berlin",
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 800 },
            DeviceScaleFactor = 1,
            IsMobile = phone,
            HasTouch = phone,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }
}
