using Microsoft.EntityFrameworkCore;

namespace Kontor.Data;

public static class Providers
{
    public const string HistoryTable = "kontor_migrations";

    public static DbContextOptionsBuilder UseKontorSqlite(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseSqlite(connectionString, o => o.MigrationsHistoryTable(HistoryTable))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new SqlitePragmas());

    public static DbContextOptionsBuilder UseKontorPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable(HistoryTable))
            .UseSnakeCaseNamingConvention();
}
