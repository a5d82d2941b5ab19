using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kontor.Tests.Support;

/// <summary>
/// One migrated and seeded database per provider and run, copied for each test: a PostgreSQL template database
/// (<c>CREATE DATABASE … TEMPLATE</c>) or a SQLite file copy. Tests stay independent and start in milliseconds.
/// </summary>
internal static class Templates
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<Db, string> Ready = [];

    public static async Task<(string Connection, string? File)> CopyAsync(Db db)
    {
        var template = await TemplateAsync(db);
        if (db == Db.Postgres)
        {
            var server = await PostgresServer.GetAsync();
            var name = "kontor_" + Guid.NewGuid().ToString("N")[..16];
            await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {template}", connection);
            await command.ExecuteNonQueryAsync();
            return (server.ConnectionString(name), null);
        }

        var file = Path.Combine(Path.GetTempPath(), $"kontor-test-{Guid.NewGuid():N}.db");
        File.Copy(template, file);
        return ($"Data Source={file}", file);
    }

    private static async Task<string> TemplateAsync(Db db)
    {
        await Gate.WaitAsync();
        try
        {
            if (Ready.TryGetValue(db, out var ready))
            {
                return ready;
            }

            var (connection, file) = await KontorAppFactory.EmptyDatabaseAsync(db);
            var app = KontorAppFactory.StartTemplate(db, connection);
            await app.DisposeAsync();
            string template;
            if (db == Db.Postgres)
            {
                NpgsqlConnection.ClearAllPools();
                template = new NpgsqlConnectionStringBuilder(connection).Database!;
            }
            else
            {
                SqliteConnection.ClearAllPools();
                template = file!;
            }

            Ready[db] = template;
            return template;
        }
        finally
        {
            Gate.Release();
        }
    }
}
