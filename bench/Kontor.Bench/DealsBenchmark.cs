using System.Diagnostics;

namespace Kontor.Bench;

/// <summary>
/// The deals workload: per provider a fresh database, Kontor started in this process, realistic data loaded in bulk,
/// then the list, the board and a single deal, each timed through the app's HTTP pipeline and as raw SQL.
/// </summary>
public static class DealsBenchmark
{
    public static readonly string[] Queries = ["list page 1", "list page 2 (cursor)", "board (perStage=20)", "deal by id"];

    public static async Task RunAsync(DealsOptions options, CancellationToken ct)
    {
        Report.Machine(options);
        var runs = await BenchDatabases.ForEachAsync(options.Providers, "kontor_bench", target => RunAsync(target, options, ct));
        Report.Print(runs);
    }

    private static async Task<ProviderRun> RunAsync(BenchDatabases.Target target, DealsOptions options, CancellationToken ct)
    {
        var (provider, version, connectionString) = target;
        var name = Report.Name(provider);
        var capture = options.Explain ? new SqlCapture() : null;
        await using var host = new KontorHost(provider, connectionString, options.ShowSql, capture);
        var startup = Stopwatch.StartNew();
        host.Start();
        startup.Stop();
        Console.WriteLine($"{name}: Kontor started (migrations, default pipeline, administrator) in {Report.Seconds(startup.Elapsed)}");

        var seed = await Seeder.RunAsync(host.Services, provider, options.Deals, options.Seed, ct);
        Console.WriteLine(Report.Invariant($"{name}: seeded {seed.Deals:N0} deals in {Report.Seconds(seed.LoadDeals)} ({seed.DealsPerSecond:N0}/s)"));
        Console.WriteLine($"{name}: deals generated in {Report.Seconds(seed.Generate)}, statistics in {Report.Seconds(seed.Analyze)}");

        using var client = await host.AdminClientAsync();
        var api = new KontorApi(client);
        var warmup = Math.Max(10, options.Rounds / 5);
        var scenario = Scenario.From(seed, warmup + options.Rounds, options.Seed + 1);
        await using var baseline = await Baseline.OpenAsync(provider, connectionString, scenario, capture, ct);
        var page2 = await CrossCheck.RunAsync(api, baseline, scenario, ct);
        var cursorRow = (await baseline.ListAsync(null, ct))[scenario.PageSize - 1];
        Console.WriteLine($"{name}: Kontor and the baseline return the same rows");

        Probe[] probes =
        [
            new(Queries[0], _ => api.GetAsync(scenario.ListUri, ct), _ => baseline.ListAsync(null, ct)),
            new(Queries[1], _ => api.GetAsync(page2, ct), _ => baseline.ListAsync(cursorRow, ct)),
            new(Queries[2], _ => api.GetAsync(scenario.BoardUri, ct), _ => baseline.BoardAsync(ct)),
            new(Queries[3], i => api.GetAsync(Scenario.DealUri(scenario.LookupIds[i]), ct), i => baseline.DealAsync(scenario.LookupIds[i], ct)),
        ];
        if (capture is not null)
        {
            await ExplainAsync(name, probes, capture, provider, connectionString, ct);
        }

        var results = new List<QueryResult>();
        foreach (var probe in probes)
        {
            var (kontor, raw) = await Sampler.CompareAsync(probe.Kontor, probe.Baseline, warmup, options.Rounds);
            results.Add(new QueryResult(probe.Query, provider, kontor, raw));
            Console.WriteLine(Report.Invariant($"{name}: {probe.Query}: Kontor {kontor.Median:0.000} ms, baseline {raw.Median:0.000} ms (medians)"));
        }

        return new ProviderRun(provider, version, startup.Elapsed, seed, results);
    }

    private static async Task ExplainAsync(
        string name, IEnumerable<Probe> probes, SqlCapture capture, Provider provider, string connectionString, CancellationToken ct)
    {
        foreach (var probe in probes)
        {
            await Explainer.PrintAsync($"{name}: {probe.Query}, sent by Kontor", capture, () => probe.Kontor(0), provider, connectionString, ct);
            await Explainer.PrintAsync($"{name}: {probe.Query}, baseline", capture, () => probe.Baseline(0), provider, connectionString, ct);
        }

        Console.WriteLine();
    }
}

/// <summary>One measured query: the app's request and the baseline's SQL, each given the run number.</summary>
public sealed record Probe(string Query, Func<int, Task> Kontor, Func<int, Task> Baseline);
