using Kontor.Common;
using Kontor.Features.Access;
using Kontor.Features.Customers;
using Kontor.Features.CustomFields;
using Kontor.Features.Deals;
using Kontor.Features.Products;
using Kontor.Features.Users;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Data;

/// <summary>
/// The one model of Kontor. Provider-specific subclasses own the migrations:
/// <c>eng/add-migration &lt;Name&gt;</c> adds one for both.
/// Entities are configured next to themselves (<c>Features/*/*Configuration.cs</c>); slices use <c>Set&lt;T&gt;()</c>.
/// </summary>
public abstract class KontorDb(DbContextOptions options) : IdentityUserContext<User, long>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// The keys that protect sign-in cookies and antiforgery tokens, in the database so that every node of an
    /// installation reads the cookies of the others, and a restart signs nobody out. The one DbSet property: the
    /// interface requires it.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// Whose eyes this unit of work reads with. Every query on deals, contacts, companies and products is filtered by it
    /// (lists, board counts and sums, pages, pickers, subqueries of other records), so no surface can forget it. The
    /// request pipeline and the UI set it for the signed-in user; start-up and background work read everything.
    /// Integrity checks that must count what the user cannot see use <c>IgnoreQueryFilters()</c>.
    /// </summary>
    public AccessScope Access { get; set; } = AccessScope.Everything;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<User>().ToTable("kontor_users");
        builder.Entity<IdentityUserClaim<long>>().ToTable("kontor_user_claims");
        builder.Entity<IdentityUserLogin<long>>().ToTable("kontor_user_logins");
        builder.Entity<IdentityUserToken<long>>().ToTable("kontor_user_tokens");
        builder.Entity<DataProtectionKey>().ToTable("kontor_data_protection_keys");
        builder.ApplyConfigurationsFromAssembly(typeof(KontorDb).Assembly);
        CustomFieldSql.Register(builder, IsPostgres);
        FilterByAccess(builder);
    }

    private void FilterByAccess(ModelBuilder builder)
    {
        // "Sees everything" is inlined as a constant in every filter: EF Core then writes one statement per value and
        // drops it, so administrators read without a condition and SQLite plans the others without a parameter that
        // could make the whole condition true (bench `access`).
        builder.Entity<Deal>().HasQueryFilter(d =>
            EF.Constant(Access.SeesAll) ||
            Access.DealAllPipelines.Contains(d.PipelineId) ||
            (Access.DealOpenPipelines.Contains(d.PipelineId) && d.IsOpened) ||
            (Access.DealTreePipelines.Contains(d.PipelineId) && Access.TreeUsers.Contains(d.ResponsibleId)) ||
            (Access.DealDepartmentPipelines.Contains(d.PipelineId) && Access.DepartmentUsers.Contains(d.ResponsibleId)) ||
            (Access.DealOwnPipelines.Contains(d.PipelineId) && d.ResponsibleId == Access.UserId) ||
            // Observed deals as one uncorrelated "id IN (the user's observed deals)", not an EXISTS per deal row: on
            // PostgreSQL the board with a narrow reach costs a third less (bench `access`).
            Set<DealObserver>().Where(o => o.UserId == Access.UserId).Select(o => o.DealId).Contains(d.Id));
        builder.Entity<Company>().HasQueryFilter(c =>
            EF.Constant(Access.SeesAll) || Access.Companies.All || (Access.Companies.Open && c.IsOpened) ||
            (c.ResponsibleId != null && Access.Companies.Responsibles.Contains(c.ResponsibleId.Value)));
        builder.Entity<Contact>().HasQueryFilter(c =>
            EF.Constant(Access.SeesAll) || Access.Contacts.All || (Access.Contacts.Open && c.IsOpened) ||
            (c.ResponsibleId != null && Access.Contacts.Responsibles.Contains(c.ResponsibleId.Value)));
        builder.Entity<Product>().HasQueryFilter(p => EF.Constant(Access.SeesAll) || Access.ReadsProducts);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<FixedPointConverter>();
    }

    /// <summary>
    /// Refused: Kontor writes asynchronously. The one exception is ASP.NET's key ring, whose storage interface is
    /// synchronous; it saves nothing but its keys.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.DetectChanges();
        var pending = ChangeTracker.Entries().Where(e => e.State is not (EntityState.Unchanged or EntityState.Detached)).ToList();
        return pending.Count > 0 && pending.All(e => e.Entity is DataProtectionKey)
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Use SaveChangesAsync.");
    }

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
