using System.Data.Common;
using Kontor.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Kontor.Bench;

public sealed record ListRow(
    long Id, string Title, long PipelineId, long StageId, string Semantic, bool IsClosed, long Amount, string Currency, int? Probability,
    long? CompanyId, string? CompanyName, long ResponsibleId, string? ResponsibleName, DateOnly BeginDate, DateOnly CloseDate,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime MovedAt);

public sealed record Card(
    long Id, string Title, long Amount, string Currency, long? CompanyId, string? CompanyName, long ResponsibleId, string? ResponsibleName,
    DateTime MovedAt, bool IsClosed);

public sealed record BoardColumn(long StageId, long Count, decimal Sum, IReadOnlyList<Card> Cards);

public sealed record DealRecord(object[] Row, IReadOnlyList<long> ContactIds, IReadOnlyList<long> ObserverIds);

/// <summary>
/// The same reads written by hand in SQL and run through ADO.NET on a dedicated connection to the same database, each
/// command prepared once: what the database itself needs, with no ORM, HTTP or JSON in the path. Rows are read into
/// typed records, as the app does.
/// </summary>
public sealed class Baseline : IAsyncDisposable
{
    private static readonly string ListColumns = """
        SELECT d.id, d.title, d.pipeline_id, d.stage_id, d.stage_semantic, d.is_closed, d.amount, d.currency_code, d.probability,
               d.company_id, c.name, d.responsible_id, u.name, d.begin_date, d.close_date, d.created_at, d.updated_at, d.moved_at
        FROM kontor_deals d
        LEFT JOIN kontor_companies c ON c.id = d.company_id
        LEFT JOIN kontor_users u ON u.id = d.responsible_id
        """;

    private static readonly string CardsSql = """
        SELECT d.id, d.title, d.amount, d.currency_code, d.company_id, c.name, d.responsible_id, u.name, d.moved_at, d.is_closed
        FROM kontor_deals d
        LEFT JOIN kontor_companies c ON c.id = d.company_id
        LEFT JOIN kontor_users u ON u.id = d.responsible_id
        WHERE d.pipeline_id = @pipeline AND d.stage_id = @stage
        ORDER BY d.moved_at DESC, d.id DESC
        LIMIT @limit
        """;

    private static readonly string DealSql = """
        SELECT * FROM kontor_deals WHERE id = @id;
        SELECT contact_id FROM kontor_deal_contacts WHERE deal_id = @id ORDER BY sort;
        SELECT user_id FROM kontor_deal_observers WHERE deal_id = @id
        """;

    private readonly DbConnection _connection;
    private readonly Scenario _scenario;
    private readonly SqlCapture? _capture;
    private readonly Dictionary<string, decimal> _rates;
    private readonly DbCommand _firstPage;
    private readonly DbCommand _nextPage;
    private readonly DbCommand _sums;
    private readonly DbCommand _cards;
    private readonly DbCommand _deal;
    private readonly DbParameter _afterAmount;
    private readonly DbParameter _afterId;
    private readonly DbParameter _stage;
    private readonly DbParameter _dealId;

    private Baseline(DbConnection connection, Scenario scenario, Dictionary<string, decimal> rates, SqlCapture? capture)
    {
        (_connection, _scenario, _rates, _capture) = (connection, scenario, rates, capture);
        var postgres = connection is NpgsqlConnection;
        var list = $"""
            {ListColumns}
            WHERE d.pipeline_id = @pipeline AND {In(postgres, "d.responsible_id", "responsible", scenario.ResponsibleIds.Count)}
              AND d.amount >= @from AND d.amount <= @to
            """;
        const string Order = "ORDER BY d.amount DESC, d.id DESC LIMIT @limit";

        _firstPage = Command($"{list}\n{Order}");
        _nextPage = Command($"{list}\n  AND (d.amount, d.id) < (@afterAmount, @afterId)\n{Order}");
        foreach (var command in new[] { _firstPage, _nextPage })
        {
            Add(command, "pipeline", scenario.PipelineId);
            AddList(command, postgres, "responsible", scenario.ResponsibleIds);
            Add(command, "from", Money.ToStored(scenario.AmountFrom));
            Add(command, "to", Money.ToStored(scenario.AmountTo));
            Add(command, "limit", scenario.PageSize + 1);
        }

        _afterAmount = Add(_nextPage, "afterAmount", 0L);
        _afterId = Add(_nextPage, "afterId", 0L);

        _sums = Command($"""
            SELECT stage_id, currency_code, count(*), sum(amount)
            FROM kontor_deals
            WHERE pipeline_id = @pipeline AND {In(postgres, "stage_id", "stage", scenario.OpenStageIds.Count)}
            GROUP BY stage_id, currency_code
            """);
        Add(_sums, "pipeline", scenario.PipelineId);
        AddList(_sums, postgres, "stage", scenario.OpenStageIds);

        _cards = Command(CardsSql);
        Add(_cards, "pipeline", scenario.PipelineId);
        _stage = Add(_cards, "stage", scenario.OpenStageIds[0]);
        Add(_cards, "limit", scenario.PerStage + 1);

        _deal = Command(DealSql);
        _dealId = Add(_deal, "id", 0L);
    }

    public static async Task<Baseline> OpenAsync(
        Provider provider, string connectionString, Scenario scenario, SqlCapture? capture, CancellationToken ct)
    {
        DbConnection connection = provider == Provider.Postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        var rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT code, rate FROM kontor_currencies";
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rates[reader.GetString(0)] = reader.GetInt64(1) / 10_000_000_000m;
            }
        }

        var baseline = new Baseline(connection, scenario, rates, capture);
        foreach (var command in new[] { baseline._firstPage, baseline._nextPage, baseline._sums, baseline._cards, baseline._deal })
        {
            await command.PrepareAsync(ct);
        }

        return baseline;
    }

    /// <summary>One page of the list: the first, or the one after <paramref name="after"/> (keyset on amount, id).</summary>
    public async Task<IReadOnlyList<ListRow>> ListAsync(ListRow? after, CancellationToken ct)
    {
        var command = _firstPage;
        if (after is not null)
        {
            (command, _afterAmount.Value, _afterId.Value) = (_nextPage, after.Amount, after.Id);
        }

        var rows = new List<ListRow>(_scenario.PageSize + 1);
        await using var r = await ExecuteAsync(command, ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new ListRow(
                r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3), r.GetString(4), r.GetBoolean(5), r.GetInt64(6), r.GetString(7),
                r.IsDBNull(8) ? null : r.GetInt32(8), r.IsDBNull(9) ? null : r.GetInt64(9), r.IsDBNull(10) ? null : r.GetString(10),
                r.GetInt64(11), r.IsDBNull(12) ? null : r.GetString(12), r.GetFieldValue<DateOnly>(13), r.GetFieldValue<DateOnly>(14),
                r.GetDateTime(15), r.GetDateTime(16), r.GetDateTime(17)));
        }

        return rows;
    }

    /// <summary>The board: one aggregate per (stage, currency), then the newest-moved cards of each in-progress stage.</summary>
    public async Task<IReadOnlyList<BoardColumn>> BoardAsync(CancellationToken ct)
    {
        var sums = new List<(long Stage, string Currency, long Count, long Sum)>();
        await using (var r = await ExecuteAsync(_sums, ct))
        {
            while (await r.ReadAsync(ct))
            {
                sums.Add((r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetInt64(3)));
            }
        }

        var columns = new List<BoardColumn>(_scenario.OpenStageIds.Count);
        foreach (var stage in _scenario.OpenStageIds)
        {
            _stage.Value = stage;
            var cards = new List<Card>(_scenario.PerStage + 1);
            await using (var r = await ExecuteAsync(_cards, ct))
            {
                while (await r.ReadAsync(ct))
                {
                    cards.Add(new Card(
                        r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetInt64(4),
                        r.IsDBNull(5) ? null : r.GetString(5), r.GetInt64(6), r.IsDBNull(7) ? null : r.GetString(7), r.GetDateTime(8), r.GetBoolean(9)));
                }
            }

            var groups = sums.Where(s => s.Stage == stage).ToList();
            var sum = Money.Round(groups.Sum(g => Money.FromStored(g.Sum) * _rates[g.Currency]), 2);
            columns.Add(new BoardColumn(stage, groups.Sum(g => g.Count), sum, cards));
        }

        return columns;
    }

    /// <summary>The whole deal row with its contact and observer ids, in one round trip.</summary>
    public async Task<DealRecord?> DealAsync(long id, CancellationToken ct)
    {
        _dealId.Value = id;
        await using var r = await ExecuteAsync(_deal, ct);
        if (!await r.ReadAsync(ct))
        {
            return null;
        }

        var row = new object[r.FieldCount];
        r.GetValues(row);
        var contacts = new List<long>();
        var observers = new List<long>();
        foreach (var ids in new[] { contacts, observers })
        {
            await r.NextResultAsync(ct);
            while (await r.ReadAsync(ct))
            {
                ids.Add(r.GetInt64(0));
            }
        }

        return new DealRecord(row, contacts, observers);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { _firstPage, _nextPage, _sums, _cards, _deal })
        {
            await command.DisposeAsync();
        }

        await _connection.DisposeAsync();
    }

    private Task<DbDataReader> ExecuteAsync(DbCommand command, CancellationToken ct)
    {
        _capture?.Record(command);
        return command.ExecuteReaderAsync(ct);
    }

    // PostgreSQL takes the list as one array parameter; SQLite gets one parameter per value.
    private static string In(bool postgres, string column, string name, int count) => postgres
        ? $"{column} = ANY(@{name})"
        : $"{column} IN ({string.Join(", ", Enumerable.Range(0, count).Select(i => $"@{name}{i}"))})";

    private static void AddList(DbCommand command, bool postgres, string name, IReadOnlyList<long> values)
    {
        if (postgres)
        {
            Add(command, name, values.ToArray());
            return;
        }

        for (var i = 0; i < values.Count; i++)
        {
            Add(command, $"{name}{i}", values[i]);
        }
    }

    private static DbParameter Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private DbCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
