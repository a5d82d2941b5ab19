using NpgsqlTypes;

namespace Kontor.Bench;

/// <summary>A table to bulk-load: its name and the columns written, with their PostgreSQL wire types.</summary>
public sealed record Table(string Name, IReadOnlyList<Column> Columns);

public sealed record Column(string Name, NpgsqlDbType Type);

// Each row type lists its columns (snake_case, as the migrations create them) next to the values in the same order.
// Money is stored as the app stores every decimal: a long of ten-thousandths.

public sealed record DepartmentRow(string Name, int Sort)
{
    public static readonly Table Table = new("kontor_departments",
    [
        new("name", NpgsqlDbType.Varchar), new("sort", NpgsqlDbType.Integer),
    ]);

    public object?[] Values() => [Name, Sort];
}

public sealed record UserRow(string Name, long DepartmentId, string Email, string Locale, DateTime CreatedAt, string SecurityStamp, string ConcurrencyStamp)
{
    public static readonly Table Table = new("kontor_users",
    [
        new("name", NpgsqlDbType.Varchar), new("department_id", NpgsqlDbType.Bigint), new("locale", NpgsqlDbType.Varchar),
        new("time_zone", NpgsqlDbType.Varchar), new("is_administrator", NpgsqlDbType.Boolean), new("is_active", NpgsqlDbType.Boolean),
        new("created_at", NpgsqlDbType.TimestampTz), new("user_name", NpgsqlDbType.Varchar), new("normalized_user_name", NpgsqlDbType.Varchar),
        new("email", NpgsqlDbType.Varchar), new("normalized_email", NpgsqlDbType.Varchar), new("email_confirmed", NpgsqlDbType.Boolean),
        new("security_stamp", NpgsqlDbType.Text), new("concurrency_stamp", NpgsqlDbType.Text),
        new("phone_number_confirmed", NpgsqlDbType.Boolean), new("two_factor_enabled", NpgsqlDbType.Boolean),
        new("lockout_enabled", NpgsqlDbType.Boolean), new("access_failed_count", NpgsqlDbType.Integer),
    ]);

    // No password: these people own deals but never sign in during the benchmark.
    public object?[] Values() =>
    [
        Name, DepartmentId, Locale, "Europe/Berlin", false, true, CreatedAt, Email, Email.ToUpperInvariant(), Email,
        Email.ToUpperInvariant(), true, SecurityStamp, ConcurrencyStamp, false, false, true, 0,
    ];
}

public sealed record CompanyRow(
    string Name, string Industry, string Website, long ResponsibleId, DateTime CreatedAt, DateTime UpdatedAt,
    string Street, string PostalCode, string City, string Country)
{
    public static readonly Table Table = new("kontor_companies",
    [
        new("name", NpgsqlDbType.Varchar), new("industry", NpgsqlDbType.Varchar), new("website", NpgsqlDbType.Varchar),
        new("responsible_id", NpgsqlDbType.Bigint), new("is_opened", NpgsqlDbType.Boolean), new("created_at", NpgsqlDbType.TimestampTz),
        new("created_by_id", NpgsqlDbType.Bigint), new("updated_at", NpgsqlDbType.TimestampTz), new("updated_by_id", NpgsqlDbType.Bigint),
        new("version", NpgsqlDbType.Integer), new("address_street", NpgsqlDbType.Varchar), new("address_postal_code", NpgsqlDbType.Varchar),
        new("address_city", NpgsqlDbType.Varchar), new("address_country", NpgsqlDbType.Varchar),
    ]);

    public object?[] Values() =>
    [
        Name, Industry, Website, ResponsibleId, true, CreatedAt, ResponsibleId, UpdatedAt, ResponsibleId, 1, Street, PostalCode, City, Country,
    ];
}

public sealed record DealRow(
    string Title, long PipelineId, long StageId, string StageSemantic, bool IsClosed, long Amount, string Currency, long TaxValue,
    int Probability, long? CompanyId, long ResponsibleId, DateOnly BeginDate, DateOnly CloseDate, string SourceId, string? Comments,
    bool IsOpened, DateTime CreatedAt, DateTime UpdatedAt, DateTime MovedAt, DateTime? ClosedAt, int Version)
{
    public static readonly Table Table = new("kontor_deals",
    [
        new("title", NpgsqlDbType.Varchar), new("pipeline_id", NpgsqlDbType.Bigint), new("stage_id", NpgsqlDbType.Bigint),
        new("stage_semantic", NpgsqlDbType.Varchar), new("is_closed", NpgsqlDbType.Boolean), new("amount", NpgsqlDbType.Bigint),
        new("currency_code", NpgsqlDbType.Varchar), new("is_manual_amount", NpgsqlDbType.Boolean), new("tax_value", NpgsqlDbType.Bigint),
        new("probability", NpgsqlDbType.Integer), new("company_id", NpgsqlDbType.Bigint), new("responsible_id", NpgsqlDbType.Bigint),
        new("begin_date", NpgsqlDbType.Date), new("close_date", NpgsqlDbType.Date), new("source_id", NpgsqlDbType.Varchar),
        new("comments", NpgsqlDbType.Varchar), new("is_opened", NpgsqlDbType.Boolean), new("created_at", NpgsqlDbType.TimestampTz),
        new("created_by_id", NpgsqlDbType.Bigint), new("updated_at", NpgsqlDbType.TimestampTz), new("updated_by_id", NpgsqlDbType.Bigint),
        new("moved_at", NpgsqlDbType.TimestampTz), new("moved_by_id", NpgsqlDbType.Bigint), new("closed_at", NpgsqlDbType.TimestampTz),
        new("closed_by_id", NpgsqlDbType.Bigint), new("version", NpgsqlDbType.Integer),
    ]);

    public object?[] Values() =>
    [
        Title, PipelineId, StageId, StageSemantic, IsClosed, Amount, Currency, true, TaxValue, Probability, CompanyId, ResponsibleId,
        BeginDate, CloseDate, SourceId, Comments, IsOpened, CreatedAt, ResponsibleId, UpdatedAt, ResponsibleId, MovedAt, ResponsibleId,
        ClosedAt, IsClosed ? ResponsibleId : null, Version,
    ];
}

/// <summary>A stage of the pipeline the deals are spread over, in board order.</summary>
public sealed record StageInfo(long Id, string Code, string Semantic);
