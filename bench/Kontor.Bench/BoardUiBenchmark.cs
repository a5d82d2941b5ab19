using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace Kontor.Bench;

/// <summary>
/// The board in a real browser: the time from navigation until the board of a pipeline with many open deals is fully
/// rendered and live, against the same page for a pipeline with a handful of deals, in the same app and browser.
/// </summary>
public static class BoardUiBenchmark
{
    private const string Chromium = "/usr/bin/chromium";
    private const int SmallPipelineDeals = 20;

    public static async Task RunAsync(DealsOptions options, CancellationToken ct)
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"The board-ui benchmark drives Debian's Chromium at {Chromium}; install it with `apt-get install chromium`.");
        }

        Console.WriteLine(Report.Invariant($"Kontor board-ui benchmark: {options.Deals:N0} open deals, {options.Rounds} rounds, seed {options.Seed}"));
        Report.MachineLine();
        await BenchDatabases.ForEachAsync(options.Providers, "kontor_board_ui", target => RunAsync(target.Provider, target.ConnectionString, options, ct));
    }

    private static async Task RunAsync(Provider provider, string connection, DealsOptions options, CancellationToken ct)
    {
        var name = Report.Name(provider);
        await using var host = new KontorHost(provider, connection, showSql: false, capture: null, kestrel: true);
        host.Start();
        var seed = await Seeder.RunAsync(host.Services, provider, options.Deals, options.Seed, ct, openShare: 1.0);
        Console.WriteLine(Report.Invariant($"{name}: seeded {seed.Deals:N0} open deals in one pipeline in {Report.Seconds(seed.LoadDeals)}"));

        using var api = await host.AdminClientAsync();
        var small = await SmallPipelineAsync(api, ct);
        var (bigCards, bigOpen) = await ExpectedAsync(api, seed.PipelineId, ct);
        var (smallCards, _) = await ExpectedAsync(api, small, ct);
        Console.WriteLine(Report.Invariant($"{name}: the big board shows {bigCards} cards of {bigOpen:N0} open deals; the small one {smallCards} of {SmallPipelineDeals}"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        await using var context = await browser.NewContextAsync(new()
        {
            BaseURL = host.Url,
            Locale = "de-DE",
            ViewportSize = new() { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();
        await SignInAsync(page);

        var warmup = 2;
        var big = new List<double>();
        var baseline = new List<double>();
        for (var i = 0; i < warmup + options.Rounds; i++)
        {
            ct.ThrowIfCancellationRequested();
            var bigTime = await RenderedAsync(page, $"/board/{seed.PipelineId}", bigCards);
            var smallTime = await RenderedAsync(page, $"/board/{small}", smallCards);
            if (i >= warmup)
            {
                (big, baseline) = ([.. big, bigTime], [.. baseline, smallTime]);
            }
        }

        var (b, s) = (Summary.Of(big), Summary.Of(baseline));
        Console.WriteLine(Report.Invariant(
            $"{name}: navigation → board fully rendered and live, median of {options.Rounds}: {bigOpen:N0} open deals {b.Median:0} ms (max {big.Max():0}), {SmallPipelineDeals} deals {s.Median:0} ms (max {baseline.Max():0}), ratio {b.Median / s.Median:0.00}×"));
        Console.WriteLine(Report.Invariant($"{name}: rounds (ms) big [{string.Join(", ", big.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))}], small [{string.Join(", ", baseline.Select(t => t.ToString("0", CultureInfo.InvariantCulture)))}]"));
    }

    /// <summary>
    /// Navigates and returns the page's own clock at the first frame where the circuit is live, every expected card is
    /// in the DOM and nothing is loading any more: milliseconds since the navigation started.
    /// </summary>
    private static async Task<double> RenderedAsync(IPage page, string path, int cards)
    {
        await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Commit });
        var done = await page.WaitForFunctionAsync(
            """
            n => document.body?.dataset.interactive === 'true'
              && document.querySelectorAll('article.kb-card').length >= n
              && !document.querySelector('.kb-loading, .kb-progress .mud-progress-linear')
              ? performance.now() : false
            """,
            cards,
            new() { PollingInterval = null, Timeout = 120_000 });
        return await done.JsonValueAsync<double>();
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-Mail").FillAsync(KontorHost.AdminEmail);
        await page.GetByLabel("Passwort").FillAsync(KontorHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();
        await page.Locator("body[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    private static async Task<long> SmallPipelineAsync(HttpClient api, CancellationToken ct)
    {
        var created = await api.PostAsJsonAsync("/api/v1/pipelines", new { name = "Kleine Pipeline" }, ct);
        created.EnsureSuccessStatusCode();
        var pipeline = await created.Content.ReadFromJsonAsync<JsonElement>(ct);
        var id = pipeline.GetProperty("id").GetInt64();
        for (var i = 0; i < SmallPipelineDeals; i++)
        {
            var deal = await api.PostAsJsonAsync("/api/v1/deals", new { title = $"Auftrag {i + 1}", amount = 1000 + (i * 250), pipelineId = id }, ct);
            deal.EnsureSuccessStatusCode();
        }

        return id;
    }

    /// <summary>How many cards the board shows (up to 20 a column) and how many open deals it counts.</summary>
    private static async Task<(int Cards, int Open)> ExpectedAsync(HttpClient api, long pipelineId, CancellationToken ct)
    {
        var board = await api.GetFromJsonAsync<JsonElement>($"/api/v1/pipelines/{pipelineId}/board?perStage=20", ct);
        var columns = board.GetProperty("columns").EnumerateArray().Where(c => c.GetProperty("cards").ValueKind == JsonValueKind.Array).ToList();
        return (columns.Sum(c => c.GetProperty("cards").GetArrayLength()), columns.Sum(c => c.GetProperty("count").GetInt32()));
    }
}
