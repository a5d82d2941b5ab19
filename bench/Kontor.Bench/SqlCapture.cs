using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace Kontor.Bench;

/// <summary>A query the app sent: its SQL and copies of its parameters, to be explained later on another connection.</summary>
public sealed record CapturedCommand(string Sql, IReadOnlyList<DbParameter> Parameters);

/// <summary>
/// Records the queries sent while <see cref="Recording"/> is on: the app's through EF Core's interceptor (registered
/// only with --explain), the baseline's by calling <see cref="Record"/>.
/// </summary>
public sealed class SqlCapture : DbCommandInterceptor
{
    private readonly List<CapturedCommand> _commands = [];
    private readonly Lock _lock = new();

    public bool Recording { get; set; }

    public IReadOnlyList<CapturedCommand> Take()
    {
        lock (_lock)
        {
            var commands = _commands.ToList();
            _commands.Clear();
            return commands;
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public void Record(DbCommand command)
    {
        if (!Recording)
        {
            return;
        }

        var parameters = command.Parameters.Cast<DbParameter>().Select(Copy).ToList();
        lock (_lock)
        {
            _commands.Add(new CapturedCommand(command.CommandText, parameters));
        }
    }

    public static DbParameter Copy(DbParameter parameter) => parameter switch
    {
        NpgsqlParameter npgsql => npgsql.Clone(),
        SqliteParameter sqlite => new SqliteParameter(sqlite.ParameterName, sqlite.Value) { SqliteType = sqlite.SqliteType },
        _ => throw new NotSupportedException(parameter.GetType().Name),
    };
}
