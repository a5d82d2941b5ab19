using Kontor.Data;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public void The_sqlite_model_has_no_changes_without_a_migration()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run eng/add-migration <Name>.");
    }

    [Fact]
    public void The_postgres_model_has_no_changes_without_a_migration()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run eng/add-migration <Name>.");
    }

    [Theory, AllDatabases]
    public async Task An_empty_database_is_migrated_to_the_latest_version_and_seeded(Db provider)
    {
        await using var app = await KontorAppFactory.CreateAsync(provider, fromEmpty: true);

        var (pending, applied, stages) = await app.WithDbAsync(async db => (
            (await db.Database.GetPendingMigrationsAsync()).Count(),
            (await db.Database.GetAppliedMigrationsAsync()).Count(),
            await db.Set<Kontor.Features.Pipelines.Stage>().OrderBy(s => s.Sort).Select(s => s.Code).ToListAsync()));

        Assert.Equal(0, pending);
        Assert.True(applied >= 1);
        Assert.Equal(["NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE", "WON", "LOSE", "APOLOGY"], stages);
    }

    [Fact]
    public async Task A_sqlite_file_is_backed_up_before_migrations_are_applied_to_it()
    {
        var folder = Directory.CreateTempSubdirectory("kontor-backup-").FullName;
        var file = Path.Combine(folder, "kontor.db");
        await using (var existing = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"))
        {
            await existing.OpenAsync();
            await using var create = existing.CreateCommand();
            create.CommandText = "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('vorher');";
            await create.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using (var app = KontorAppFactory.StartTemplate(Db.Sqlite, $"Data Source={file}"))
        {
            Assert.True(await app.WithDbAsync(db => db.Database.CanConnectAsync()));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var backup = Assert.Single(Directory.GetFiles(folder, "kontor.db.*.bak"));
        await using var copy = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={backup};Mode=ReadOnly");
        await copy.OpenAsync();
        await using var read = copy.CreateCommand();
        read.CommandText = "SELECT text FROM notes";
        Assert.Equal("vorher", await read.ExecuteScalarAsync());
        await using var tables = copy.CreateCommand();
        tables.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'kontor_deals'";
        Assert.Equal(0L, await tables.ExecuteScalarAsync());
        Directory.Delete(folder, recursive: true);
    }
}
