using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kontor.Bench;

/// <summary>
/// Prints the SQL sent for one request (by the app or by the baseline) with the database's plan: EXPLAIN (ANALYZE, BUFFERS)
/// on PostgreSQL, EXPLAIN QUERY PLAN on SQLite, run with the same parameter values on a connection of its own.
/// </summary>
public static class Explainer
{
    public static async Task PrintAsync(
        string title, SqlCapture capture, Func<Task> request, Provider provider, string connectionString, CancellationToken ct)
    {
        capture.Take();
        capture.Recording = true;
        try
        {
            await request();
        }
        finally
        {
            capture.Recording = false;
        }

        var commands = capture.Take();
        Console.WriteLine();
        Console.WriteLine($"=== {title}: {commands.Count} statement(s)");
        await using DbConnection connection = provider == Provider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        var n = 0;
        foreach (var captured in commands)
        {
            Console.WriteLine($"--- {++n}");
            Console.WriteLine(captured.Sql);
            Console.WriteLine("-- parameters: " + string.Join(", ", captured.Parameters.Select(p => $"{p.ParameterName}={Show(p.Value)}")));
            foreach (var statement in captured.Sql.Split(";\n"))
            {
                Console.WriteLine("-- plan" + (statement == captured.Sql ? ":" : $" of {statement.Split('\n')[0]}:"));
                foreach (var line in await PlanAsync(connection, provider, statement, captured.Parameters, ct))
                {
                    Console.WriteLine("   " + line);
                }
            }
        }
    }

    private static async Task<List<string>> PlanAsync(
        DbConnection connection, Provider provider, string sql, IEnumerable<DbParameter> parameters, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = (provider == Provider.Postgres ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + sql;
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(SqlCapture.Copy(parameter));
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            // SQLite answers (id, parent, notused, detail); PostgreSQL one text column per line.
            lines.Add(provider == Provider.Postgres ? reader.GetString(0) : reader.GetString(3));
        }

        return lines;
    }

    private static string Show(object? value) => value switch
    {
        null or DBNull => "NULL",
        string s => $"'{s}'",
        System.Collections.IEnumerable list => "{" + string.Join(",", list.Cast<object>()) + "}",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
