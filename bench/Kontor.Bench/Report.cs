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
            Console.WriteLine(Invariant(
                $"| {Name(run.Provider)} | {run.Version} | {run.Startup.TotalSeconds:0.00} s | {s.LoadAll.TotalSeconds:0.00} s | {s.Deals:N0} in {s.LoadDeals.TotalSeconds:0.00} s | {s.Deals / s.LoadDeals.TotalSeconds:N0} | {s.Analyze.TotalSeconds:0.00} s |"));
        }

        Console.WriteLine();
        Console.WriteLine("| Query | Provider | Kontor median | Kontor p95 | Baseline median | Baseline p95 | Ratio |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var q in runs.SelectMany(r => r.Queries).OrderBy(q => Order(q.Query)).ThenBy(q => q.Provider))
        {
            Console.WriteLine(Invariant(
                $"| {q.Query} | {Name(q.Provider)} | {Ms(q.Kontor.Median)} | {Ms(q.Kontor.P95)} | {Ms(q.Baseline.Median)} | {Ms(q.Baseline.P95)} | {q.Ratio:0.0}× |"));
        }

        Console.WriteLine();
        Console.WriteLine("Times in ms. Ratio = Kontor median / baseline median.");
    }

    public static string Name(Provider provider) => provider == Provider.Postgres ? "PostgreSQL" : "SQLite";

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static int Order(string query) => Array.IndexOf(DealsBenchmark.Queries, query);

    private static string Ms(double value) => value.ToString(value < 1 ? "0.000" : value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);
}
