using System.Globalization;
using Kontor.Data;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.CustomFields;

/// <summary>
/// An expression index per filterable field, on the same expression its filters use (<see cref="CustomFieldSql"/>):
/// created when a field is marked filterable, dropped when it is unmarked or deleted, and made sure of at startup (a
/// SQLite table rebuild in a later migration would drop indexes the model does not know). Named after the field's id,
/// so the name is short and never clashes.
/// </summary>
public static class CustomFieldIndexes
{
    /// <summary>
    /// Single values of types with a short, comparable value. Long texts, links and lists of values get no B-tree
    /// index: an entry may not exceed about 2.7 kB on PostgreSQL, and a list is searched by containment, not by order.
    /// </summary>
    public static bool IsIndexable(FieldDefinition field) =>
        !field.Multiple && field.Type is not (CustomFieldType.Text or CustomFieldType.Url or CustomFieldType.Crm);

    public static string Name(FieldDefinition field) => "ix_kontor_cf_" + field.Id.ToString(CultureInfo.InvariantCulture);

    public static string Table(KontorDb db, CustomFieldEntity entity) => db.Model.FindEntityType(entity switch
    {
        CustomFieldEntity.Deal => typeof(Deal),
        CustomFieldEntity.Contact => typeof(Contact),
        _ => typeof(Company),
    })!.GetTableName()!;

    /// <summary>Creates or drops the field's index so that it matches <see cref="FieldDefinition.Filterable"/>.</summary>
    public static Task SyncAsync(KontorDb db, FieldDefinition field, CancellationToken ct) =>
        field.Filterable && IsIndexable(field) ? CreateAsync(db, field, ct) : DropAsync(db, field, ct);

    public static async Task CreateAsync(KontorDb db, FieldDefinition field, CancellationToken ct)
    {
        var sql = $"CREATE INDEX IF NOT EXISTS {Name(field)} ON {Table(db, field.Entity)} (({CustomFieldSql.IndexExpression(field, db.IsPostgres)}))";
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    public static async Task DropAsync(KontorDb db, FieldDefinition field, CancellationToken ct)
    {
        var sql = $"DROP INDEX IF EXISTS {Name(field)}";
        await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    /// <summary>Creates the missing indexes of every filterable field.</summary>
    public static async Task EnsureAsync(KontorDb db, CancellationToken ct)
    {
        var fields = await db.Set<FieldDefinition>().AsNoTracking().Where(f => f.Filterable).ToListAsync(ct);
        foreach (var field in fields.Where(IsIndexable))
        {
            await CreateAsync(db, field, ct);
        }
    }

    /// <summary>How many records hold a value of the field.</summary>
    public static async Task<int> CountValuesAsync(KontorDb db, FieldDefinition field, CancellationToken ct)
    {
        var sql = $"SELECT count(*) AS \"Value\" FROM {Table(db, field.Entity)} WHERE {HasKey(field, db.IsPostgres)}";
        return await db.Database.SqlQueryRaw<int>(sql).SingleAsync(ct);
    }

    /// <summary>
    /// Removes the field's values from every record. The version of each changed record moves on, so that an editor who
    /// read it before cannot write the value back.
    /// </summary>
    public static async Task<int> RemoveValuesAsync(KontorDb db, FieldDefinition field, CancellationToken ct)
    {
        var code = CustomFieldSql.Checked(field.Code);
        var removed = db.IsPostgres ? $"custom_fields - '{code}'" : $"json_remove(custom_fields, '$.{code}')";
        var sql = $"UPDATE {Table(db, field.Entity)} SET custom_fields = {removed}, version = version + 1 WHERE {HasKey(field, db.IsPostgres)}";
        return await db.Database.ExecuteSqlRawAsync(sql, ct);
    }

    private static string HasKey(FieldDefinition field, bool postgres) => postgres
        ? $"jsonb_exists(custom_fields, '{CustomFieldSql.Checked(field.Code)}')"
        : $"json_type(custom_fields, '$.{CustomFieldSql.Checked(field.Code)}') IS NOT NULL";
}
