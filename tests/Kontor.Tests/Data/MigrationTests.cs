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
}
