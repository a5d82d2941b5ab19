using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kontor.Bench;

/// <summary>Loads rows into a table as fast as the database takes them, in one transaction per table.</summary>
public interface IBulkWriter
{
    Task WriteAsync(Table table, IEnumerable<object?[]> rows, CancellationToken ct);
}

/// <summary>PostgreSQL: binary COPY, the fastest path into a table (no SQL parsing, no text conversion).</summary>
public sealed class PostgresBulkWriter(NpgsqlConnection connection) : IBulkWriter
{
    public async Task WriteAsync(Table table, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var columns = string.Join(", ", table.Columns.Select(c => c.Name));
        await using (var import = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var row in rows)
            {
                await import.StartRowAsync(ct);
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is { } value)
                    {
                        await import.WriteAsync(value, table.Columns[i].Type, ct);
                    }
                    else
                    {
                        await import.WriteNullAsync(ct);
                    }
                }
            }

            await import.CompleteAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }
}

/// <summary>SQLite: one prepared multi-row INSERT executed again and again, so each statement is compiled once.</summary>
public sealed class SqliteBulkWriter(SqliteConnection connection) : IBulkWriter
{
    // Several rows per statement amortise the per-statement cost, but binding looks each parameter up by name in a
    // list, so wide statements get slower again (4,000 parameters load deals at a third of the speed of 250).
    private static readonly int MaxParameters = 250;

    // Index pages stay in memory while a table with many indexes is loaded; the connection returns to the app's pool
    // afterwards, so its own setting is restored.
    private static readonly string LoadCacheSize = "-262144";

    public async Task WriteAsync(Table table, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var cacheSize = await PragmaAsync("cache_size", null, ct);
        await PragmaAsync("cache_size", LoadCacheSize, ct);
        try
        {
            await InsertAllAsync(table, rows, ct);
        }
        finally
        {
            await PragmaAsync("cache_size", cacheSize, ct);
        }
    }

    private async Task InsertAllAsync(Table table, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var rowsPerStatement = Math.Max(1, MaxParameters / table.Columns.Count);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
        await using var full = Insert(table, rowsPerStatement, transaction);
        var pending = new List<object?[]>(rowsPerStatement);
        foreach (var row in rows)
        {
            pending.Add(row);
            if (pending.Count == rowsPerStatement)
            {
                await ExecuteAsync(full, pending, ct);
                pending.Clear();
            }
        }

        if (pending.Count > 0)
        {
            await using var rest = Insert(table, pending.Count, transaction);
            await ExecuteAsync(rest, pending, ct);
        }

        await transaction.CommitAsync(ct);
    }

    private async Task<string?> PragmaAsync(string name, string? value, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = value is null ? $"PRAGMA {name}" : $"PRAGMA {name} = {value}";
        return Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private SqliteCommand Insert(Table table, int rowCount, SqliteTransaction transaction)
    {
        var width = table.Columns.Count;
        var values = Enumerable.Range(0, rowCount)
            .Select(r => "(" + string.Join(", ", Enumerable.Range(0, width).Select(c => $"@p{(r * width) + c}")) + ")");
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) VALUES {string.Join(", ", values)}";
        for (var i = 0; i < rowCount * width; i++)
        {
            command.Parameters.Add(new SqliteParameter($"@p{i}", DBNull.Value));
        }

        command.Prepare();
        return command;
    }

    private static async Task ExecuteAsync(DbCommand insert, List<object?[]> rows, CancellationToken ct)
    {
        var i = 0;
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                insert.Parameters[i++].Value = value ?? DBNull.Value;
            }
        }

        await insert.ExecuteNonQueryAsync(ct);
    }
}
