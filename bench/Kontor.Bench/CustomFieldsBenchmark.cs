using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Kontor.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kontor.Bench;

/// <summary>
/// Custom fields at scale: 500 definitions on deals, every deal holding values of 20 of them, and the deal list filtered
/// by one field (<c>cf.UF_CRM_ORDER_NO=…</c>, one matching deal, a different one per run) — first without an index on
/// the field, then with the index that marking it filterable creates. Each side is held against the same read in raw SQL.
/// </summary>
public static class CustomFieldsBenchmark
{
    public const string Field = "UF_CRM_ORDER_NO";
    public const int Definitions = 500;
    public const int ValuesPerDeal = 20;

    public sealed record Result(Provider Provider, string Version, TimeSpan Define, TimeSpan Fill, TimeSpan Index, QueryResult Without, QueryResult With);

    public static async Task RunAsync(DealsOptions options, CancellationToken ct)
    {
        Report.Machine(options);
        var results = await BenchDatabases.ForEachAsync(options.Providers, "kontor_cf_bench", target => RunAsync(target, options, ct));

        Console.WriteLine();
        Console.WriteLine("| Provider | Define 500 fields (API) | Fill values (one UPDATE) | Create the index |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Version} | {Report.Seconds(r.Define)} | {Report.Seconds(r.Fill)} | {Report.Seconds(r.Index)} |");
        }

        Console.WriteLine();
        Console.WriteLine("| Query | Provider | Kontor median | Kontor p95 | Baseline median | Baseline p95 | Ratio |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var q in results.SelectMany(r => new[] { r.Without, r.With }))
        {
            Console.WriteLine(Report.Invariant(
                $"| {q.Query} | {Report.Name(q.Provider)} | {Ms(q.Kontor.Median)} | {Ms(q.Kontor.P95)} | {Ms(q.Baseline.Median)} | {Ms(q.Baseline.P95)} | {q.Ratio:0.0}× |"));
        }

        Console.WriteLine();
        Console.WriteLine("Times in ms. Ratio = Kontor median / baseline median.");
    }

    private static async Task<Result> RunAsync(BenchDatabases.Target target, DealsOptions options, CancellationToken ct)
    {
        var (provider, version, connectionString) = target;
        var name = Report.Name(provider);
        await using var host = new KontorHost(provider, connectionString, options.ShowSql, null);
        host.Start();
        var seed = await Seeder.RunAsync(host.Services, provider, options.Deals, options.Seed, ct);
        Console.WriteLine(Report.Invariant($"{name}: seeded {seed.Deals:N0} deals in {Report.Seconds(seed.LoadDeals)}"));
        using var client = await host.AdminClientAsync();

        var define = Stopwatch.StartNew();
        long fieldId = 0;
        for (var i = 1; i <= Definitions; i++)
        {
            var response = await client.PostAsJsonAsync("/api/v1/custom-fields", Definition(i), ct);
            response.EnsureSuccessStatusCode();
            if (i == 1)
            {
                fieldId = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("id").GetInt64();
            }
        }

        define.Stop();
        Console.WriteLine($"{name}: {Definitions} fields defined in {Report.Seconds(define.Elapsed)}");

        var fill = Stopwatch.StartNew();
        await ExecuteAsync(host, $"UPDATE kontor_deals SET custom_fields = {ValuesSql(provider)}", ct);
        await ExecuteAsync(host, provider == Provider.Postgres ? "VACUUM (ANALYZE) kontor_deals" : "ANALYZE", ct);
        fill.Stop();
        Console.WriteLine($"{name}: {ValuesPerDeal} values written into each deal in {Report.Seconds(fill.Elapsed)}");

        var warmup = Math.Max(10, options.Rounds / 5);
        var random = new Random(options.Seed + 2);
        var lookups = Enumerable.Range(0, warmup + options.Rounds).Select(_ => "A-" + random.NextInt64(seed.FirstDealId, seed.LastDealId + 1)).ToList();
        await using var baseline = await FilterBaseline.OpenAsync(provider, connectionString, ct);
        var api = new KontorApi(client);
        await CrossCheckAsync(api, baseline, lookups[0], ct);
        Console.WriteLine($"{name}: Kontor and the baseline return the same deals");

        var without = await MeasureAsync("list filtered by a custom field, no index", provider, api, baseline, lookups, warmup, options.Rounds);
        Console.WriteLine(Report.Invariant($"{name}: without index: Kontor {without.Kontor.Median:0.000} ms, baseline {without.Baseline.Median:0.000} ms"));

        var index = Stopwatch.StartNew();
        using (var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/custom-fields/{fieldId}") { Content = JsonContent.Create(new { filterable = true }) })
        {
            (await client.SendAsync(patch, ct)).EnsureSuccessStatusCode();
        }

        index.Stop();
        await ExecuteAsync(host, provider == Provider.Postgres ? "ANALYZE kontor_deals" : "ANALYZE", ct);
        Console.WriteLine($"{name}: index created in {Report.Seconds(index.Elapsed)}");
        await CrossCheckAsync(api, baseline, lookups[1], ct);

        var with = await MeasureAsync("list filtered by a custom field, with its index", provider, api, baseline, lookups, warmup, options.Rounds);
        Console.WriteLine(Report.Invariant($"{name}: with index: Kontor {with.Kontor.Median:0.000} ms, baseline {with.Baseline.Median:0.000} ms"));
        if (options.Explain)
        {
            await baseline.ExplainAsync(lookups[0], ct);
        }

        return new Result(provider, version, define.Elapsed, fill.Elapsed, index.Elapsed, without, with);
    }

    private static async Task<QueryResult> MeasureAsync(
        string query, Provider provider, KontorApi api, FilterBaseline baseline, List<string> lookups, int warmup, int rounds)
    {
        var (kontor, raw) = await Sampler.CompareAsync(
            i => api.GetAsync(Uri(lookups[i]), CancellationToken.None), i => baseline.FilterAsync(lookups[i], CancellationToken.None), warmup, rounds);
        return new QueryResult(query, provider, kontor, raw);
    }

    private static Uri Uri(string value) => new($"/api/v1/deals?cf.{Field}={value}&limit=50", UriKind.Relative);

    private static async Task CrossCheckAsync(KontorApi api, FilterBaseline baseline, string value, CancellationToken ct)
    {
        var page = await api.GetJsonAsync(Uri(value), ct);
        var fromApi = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        var fromSql = await baseline.FilterAsync(value, ct);
        if (fromApi.Count != 1 || !fromApi.SequenceEqual(fromSql))
        {
            throw new InvalidOperationException($"Kontor returned [{string.Join(", ", fromApi)}], the baseline [{string.Join(", ", fromSql)}] for {value}.");
        }
    }

    /// <summary>Field 1 is the measured order number; the others cycle through integer, decimal, date and text.</summary>
    private static object Definition(int i) => new
    {
        entity = "deal",
        code = Code(i),
        type = i == 1 ? "string" : (i % 4) switch { 0 => "integer", 1 => "decimal", 2 => "date", _ => "string" },
        labels = new { de = $"Feld {i}", en = $"Field {i}" },
    };

    private static string Code(int i) => i == 1 ? Field : string.Create(CultureInfo.InvariantCulture, $"UF_CRM_F{i:000}");

    /// <summary>The JSON of the first <see cref="ValuesPerDeal"/> fields for each deal, built by the database from its id.</summary>
    private static string ValuesSql(Provider provider)
    {
        var postgres = provider == Provider.Postgres;
        var pairs = new StringBuilder(postgres ? "jsonb_build_object(" : "json_object(");
        pairs.Append(CultureInfo.InvariantCulture, $"'{Field}', 'A-' || id");
        for (var i = 2; i <= ValuesPerDeal; i++)
        {
            var value = (i % 4) switch
            {
                0 => $"(id * {i}) % 1000",
                1 => postgres ? $"round(((id * {i}) % 100000) / 100.0, 2)" : $"round(((id * {i}) % 100000) / 100.0, 2)",
                2 => postgres ? $"to_char(date '2025-01-01' + ((id * {i}) % 700)::int, 'YYYY-MM-DD')" : $"date('2025-01-01', '+' || ((id * {i}) % 700) || ' days')",
                _ => $"'Wert {i}-' || (id % 50)",
            };
            pairs.Append(CultureInfo.InvariantCulture, $", '{Code(i)}', {value}");
        }

        return pairs.Append(')').ToString();
    }

    private static async Task ExecuteAsync(KontorHost host, string sql, CancellationToken ct)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KontorDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    private static string Ms(double value) => value.ToString(value < 1 ? "0.000" : value < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    /// <summary>The filtered list in raw SQL: the same expression as Kontor's, so it uses the same index, rows read as the app reads them.</summary>
    private sealed class FilterBaseline : IAsyncDisposable
    {
        private readonly DbConnection _connection;
        private readonly DbCommand _command;
        private readonly DbParameter _value;

        private FilterBaseline(DbConnection connection, bool postgres)
        {
            _connection = connection;
            _command = connection.CreateCommand();
            var expression = postgres ? $"jsonb_extract_path_text(d.custom_fields, '{Field}')" : $"json_extract(d.custom_fields, '$.{Field}')";
            _command.CommandText = $"""
                SELECT d.id, d.title, d.pipeline_id, d.stage_id, d.stage_semantic, d.is_closed, d.amount, d.currency_code, d.probability,
                       d.company_id, c.name, d.responsible_id, u.name, d.begin_date, d.close_date, d.created_at, d.updated_at, d.moved_at,
                       d.custom_fields
                FROM kontor_deals d
                LEFT JOIN kontor_companies c ON c.id = d.company_id
                LEFT JOIN kontor_users u ON u.id = d.responsible_id
                WHERE {expression} = @value
                ORDER BY d.id DESC
                LIMIT 51
                """;
            _value = _command.CreateParameter();
            _value.ParameterName = "@value";
            _value.Value = "";
            _command.Parameters.Add(_value);
        }

        public static async Task<FilterBaseline> OpenAsync(Provider provider, string connectionString, CancellationToken ct)
        {
            DbConnection connection = provider == Provider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            var baseline = new FilterBaseline(connection, provider == Provider.Postgres);
            await baseline._command.PrepareAsync(ct);
            return baseline;
        }

        public async Task<List<long>> FilterAsync(string value, CancellationToken ct)
        {
            _value.Value = value;
            var ids = new List<long>();
            await using var r = await _command.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                ids.Add(r.GetInt64(0));
                _ = (r.GetString(1), r.GetInt64(6), r.IsDBNull(10) ? null : r.GetString(10), r.IsDBNull(12) ? null : r.GetString(12), r.GetString(18));
            }

            return ids;
        }

        public async Task ExplainAsync(string value, CancellationToken ct)
        {
            await using var explain = _connection.CreateCommand();
            explain.CommandText = (_connection is NpgsqlConnection ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + _command.CommandText;
            var p = explain.CreateParameter();
            (p.ParameterName, p.Value) = ("@value", value);
            explain.Parameters.Add(p);
            await using var r = await explain.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                Console.WriteLine("  " + r.GetValue(r.FieldCount - 1));
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _command.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }
}
