using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kontor.Data;

/// <summary>Sets SQLite pragmas on every connection: WAL for concurrent readers, foreign keys, a busy timeout.</summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Always = "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    // Switching to WAL writes to the file, which a read-only connection (EF's existence check opens one) must not do.
    private const string Writable = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string PragmasFor(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? Always : Always + Writable;
}
