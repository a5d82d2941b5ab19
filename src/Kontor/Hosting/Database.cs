using Kontor.Data;
using Kontor.Features.Timeline;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Kontor.Hosting;

public static class Database
{
    /// <summary>Chooses the provider from <c>Database:Provider</c> (<c>sqlite</c>, the default, or <c>postgres</c>).</summary>
    public static void AddKontorDatabase(this WebApplicationBuilder builder)
    {
        var cfg = builder.Configuration;
        var provider = (cfg["Database:Provider"] ?? "sqlite").ToLowerInvariant();
        var connection = cfg.GetConnectionString("Kontor");
        builder.Services.AddSingleton<IInterceptor, OnDealEvents>();

        switch (provider)
        {
            case "postgres" or "postgresql":
                var pg = connection ?? throw new InvalidOperationException("Database:Provider is postgres but ConnectionStrings:Kontor is not set.");
                builder.Services.AddDbContext<KontorDb, PostgresKontorDb>((sp, o) => o
                    .UseKontorPostgres(pg)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case "sqlite":
                // Relative to where Kontor is started, as the README says: ./data/kontor.db
                var sqlite = connection ?? "Data Source=" + Path.Combine(Directory.GetCurrentDirectory(), "data", "kontor.db");
                builder.Services.AddDbContext<KontorDb, SqliteKontorDb>((sp, o) => o
                    .UseKontorSqlite(sqlite)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use sqlite or postgres.");
        }
    }

    /// <summary>Applies pending migrations (backing up a SQLite file first) and seeds a new database.</summary>
    public static async Task MigrateAndSeedAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KontorDb>();
        var log = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Kontor.Database");
        if (app.Configuration.GetValue("Database:Migrate", true))
        {
            // A new database has no history table yet: asking it for applied migrations would log a failed command.
            var pending = await db.GetService<IHistoryRepository>().ExistsAsync()
                ? (await db.Database.GetPendingMigrationsAsync()).ToList()
                : db.Database.GetMigrations().ToList();
            if (pending.Count > 0)
            {
                BackUpSqliteFile(db, log, app.Services.GetRequiredService<TimeProvider>());
                log.LogInformation("Applying {Count} migration(s): {Names}", pending.Count, string.Join(", ", pending));
                await db.Database.MigrateAsync();
            }
        }

        await Seed.RunAsync(scope.ServiceProvider, app.Configuration, log);
        await Features.CustomFields.CustomFieldIndexes.EnsureAsync(db, CancellationToken.None);
    }

    private static void BackUpSqliteFile(KontorDb db, ILogger log, TimeProvider clock)
    {
        if (db is not SqliteKontorDb)
        {
            return;
        }

        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:")
        {
            return;
        }

        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        if (!File.Exists(file) || new FileInfo(file).Length == 0)
        {
            return;
        }

        var backup = $"{file}.{clock.GetUtcNow():yyyyMMddHHmmss}.bak";
        using (var source = new SqliteConnection($"Data Source={file}"))
        using (var target = new SqliteConnection($"Data Source={backup}"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
        }

        SqliteConnection.ClearAllPools();
        log.LogInformation("Backed up {File} to {Backup} before migrating", file, backup);
    }
}
