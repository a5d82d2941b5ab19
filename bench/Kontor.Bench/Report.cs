using System.Globalization;
using System.Runtime.InteropServices;

namespace Kontor.Bench;

public sealed record QueryResult(string Query, Provider Provider, Summary Kontor, Summary Baseline)
{
    public double Ratio => Kontor.Median / Baseline.Median;
}

public sealed record ProviderRun(Provider Provider, string Version, TimeSpan Startup, SeedResult Seed, IReadOnlyList<QueryResult> Queries);

/// <summary>Prints the run as Markdown, so that it can go into the README as it is.</summary>
public static class Report
{
    public static void Machine(DealsOptions options)
    {
        Console.WriteLine(Invariant($"Kontor deals benchmark: {options.Deals:N0} deals, {options.Rounds} rounds per query, seed {options.Seed}"));
        MachineLine();
    }

    public static void MachineLine()
    {
        Console.WriteLine(Invariant($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}"));
        Console.WriteLine();
    }

    public static void Print(IReadOnlyList<ProviderRun> runs)
    {
        Console.WriteLine();
        Console.WriteLine("| Provider | Version | Startup (migrate + first-start seed) | Seed data (all tables) | Deals loaded | Deals/s | Statistics |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var run in runs)
        {
            var s = run.Seed;
            Row(Name(run.Provider), run.Version, Seconds(run.Startup), Seconds(s.LoadAll), Invariant($"{s.Deals:N0} in {Seconds(s.LoadDeals)}"),
                Invariant($"{s.DealsPerSecond:N0}"), Seconds(s.Analyze));
        }

        Console.WriteLine();
        Console.WriteLine("| Query | Provider | Kontor median | Kontor p95 | Baseline median | Baseline p95 | Ratio |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var q in runs.SelectMany(r => r.Queries).OrderBy(q => Order(q.Query)).ThenBy(q => q.Provider))
        {
            Row(q.Query, Name(q.Provider), Ms(q.Kontor.Median), Ms(q.Kontor.P95), Ms(q.Baseline.Median), Ms(q.Baseline.P95), Invariant($"{q.Ratio:0.0}×"));
        }

        Console.WriteLine();
        Console.WriteLine("Times in ms. Ratio = Kontor median / baseline median.");
    }

    public static string Name(Provider provider) => provider == Provider.Postgres ? "PostgreSQL" : "SQLite";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Seconds(TimeSpan time) => Invariant($"{time.TotalSeconds:0.00} s");

    private static void Row(params string[] cells) => Console.WriteLine($"| {string.Join(" | ", cells)} |");

    private static int Order(string query) => Array.IndexOf(DealsBenchmark.Queries, query);

    private static string Ms(double value) => value.ToString(value < 1 ? "0.000" : value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}
