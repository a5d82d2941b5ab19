using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Kontor.Data;

/// <summary>Lets <c>dotnet ef</c> build each provider's context without a running host or a live database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKontorDb>
{
    public SqliteKontorDb CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteKontorDb>)new DbContextOptionsBuilder<SqliteKontorDb>().UseKontorSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKontorDb>
{
    public PostgresDesignTimeFactory() => AppContext.SetSwitch("Npgsql.EnableLegacyTimestampBehavior", false);

    public PostgresKontorDb CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgresKontorDb>)new DbContextOptionsBuilder<PostgresKontorDb>().UseKontorPostgres("Host=localhost;Database=kontor").Options);
}
