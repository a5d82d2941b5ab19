using System.Data.Common;
using System.Diagnostics;
using Kontor.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Kontor.Bench;

/// <summary>What seeding produced, and how long it took.</summary>
public sealed record SeedResult(
    long PipelineId, IReadOnlyList<StageInfo> Stages, IReadOnlyList<long> UserIds, long FirstDealId, long LastDealId, int Deals,
    TimeSpan Generate, TimeSpan LoadDeals, TimeSpan LoadAll, TimeSpan Analyze)
{
    public double DealsPerSecond => Deals / LoadDeals.TotalSeconds;
}

/// <summary>
/// Fills a freshly started Kontor with departments, users, companies and deals, directly in SQL through the app's own
/// connection (after the app has migrated the database and seeded its default pipeline and administrator).
/// </summary>
public static class Seeder
{
    private static readonly int Companies = 10_000;

    /// <summary>
    /// Seeds the data; <paramref name="openShare"/> of the deals are still in progress, the rest won or lost. The users
    /// are spread evenly over the departments.
    /// </summary>
    public static async Task<SeedResult> RunAsync(
        IServiceProvider services, Provider provider, int deals, int seed, CancellationToken ct, double openShare = SeedData.OpenShare, int departments = 20,
        int users = 200)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KontorDb>();
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        IBulkWriter writer = provider == Provider.Postgres
            ? new PostgresBulkWriter((NpgsqlConnection)connection)
            : new SqliteBulkWriter((SqliteConnection)connection);

        var today = TimeProvider.System.GetUtcNow().UtcDateTime.Date;
        var data = new SeedData(seed, today);
        var pipelineId = (await LongsAsync(connection, "SELECT id FROM kontor_pipelines WHERE is_default ORDER BY id", ct))[0];
        var stages = await StagesAsync(connection, pipelineId, ct);

        var all = Stopwatch.StartNew();
        await writer.WriteAsync(DepartmentRow.Table, SeedData.Departments(departments).Select(d => d.Values()), ct);
        var departmentIds = await LongsAsync(connection, "SELECT id FROM kontor_departments ORDER BY id", ct);
        await writer.WriteAsync(UserRow.Table, data.Users(users, departmentIds).Select(u => u.Values()), ct);
        var userIds = await LongsAsync(connection, "SELECT id FROM kontor_users WHERE NOT is_administrator ORDER BY id", ct);
        var companies = data.Companies(Companies, userIds);
        await writer.WriteAsync(CompanyRow.Table, companies.Select(c => c.Values()), ct);
        var companyIds = await LongsAsync(connection, "SELECT id FROM kontor_companies ORDER BY id", ct);
        all.Stop();

        var generate = Stopwatch.StartNew();
        var dealRows = data.Deals(deals, pipelineId, stages, userIds, [.. companyIds.Zip(companies, (id, c) => (id, c.Name))], openShare);
        generate.Stop();

        var load = Stopwatch.StartNew();
        all.Start();
        await writer.WriteAsync(DealRow.Table, dealRows.Select(d => d.Values()), ct);
        load.Stop();
        all.Stop();

        var analyze = Stopwatch.StartNew();
        // VACUUM also sets the visibility map, as autovacuum would soon after a load, so index-only scans work.
        await ExecuteAsync(connection, provider == Provider.Postgres ? "VACUUM (ANALYZE)" : "PRAGMA optimize; ANALYZE;", ct);
        analyze.Stop();

        var dealIds = await LongsAsync(connection, "SELECT min(id) FROM kontor_deals UNION ALL SELECT max(id) FROM kontor_deals", ct);
        return new SeedResult(pipelineId, stages, userIds, dealIds[0], dealIds[1], deals, generate.Elapsed, load.Elapsed, all.Elapsed, analyze.Elapsed);
    }

    private static async Task<IReadOnlyList<StageInfo>> StagesAsync(DbConnection connection, long pipelineId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, code, semantic FROM kontor_stages WHERE pipeline_id = @pipeline ORDER BY sort, id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@pipeline";
        parameter.Value = pipelineId;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var stages = new List<StageInfo>();
        while (await reader.ReadAsync(ct))
        {
            stages.Add(new StageInfo(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        }

        return stages;
    }

    private static async Task<List<long>> LongsAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var values = new List<long>();
        while (await reader.ReadAsync(ct))
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }
}
