using Kontor.Common;
using Kontor.Features.CustomFields;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Data;

/// <summary>
/// The one model of Kontor. Provider-specific subclasses own the migrations:
/// <c>eng/add-migration &lt;Name&gt;</c> adds one for both.
/// Entities are configured next to themselves (<c>Features/*/*Configuration.cs</c>); slices use <c>Set&lt;T&gt;()</c>.
/// </summary>
public abstract class KontorDb(DbContextOptions options) : IdentityUserContext<User, long>(options)
{
    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<User>().ToTable("kontor_users");
        builder.Entity<IdentityUserClaim<long>>().ToTable("kontor_user_claims");
        builder.Entity<IdentityUserLogin<long>>().ToTable("kontor_user_logins");
        builder.Entity<IdentityUserToken<long>>().ToTable("kontor_user_tokens");
        builder.ApplyConfigurationsFromAssembly(typeof(KontorDb).Assembly);
        CustomFieldSql.Register(builder, IsPostgres);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<FixedPointConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified &&
                Equals(entry.OriginalValues[nameof(IVersioned.Version)], entry.CurrentValues[nameof(IVersioned.Version)]))
            {
                entry.Entity.BumpVersion();
            }
        }

        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }
}

/// <summary>SQLite, the embedded default. Owns <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteKontorDb(DbContextOptions<SqliteKontorDb> options) : KontorDb(options);

/// <summary>PostgreSQL, the production database. Owns <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresKontorDb(DbContextOptions<PostgresKontorDb> options) : KontorDb(options);
