using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace Kontor.Features.CustomFields;

/// <summary>
/// SQL functions over a record's <c>custom_fields</c> column, usable in LINQ and translated per provider:
/// <c>json_extract(custom_fields, '$.CODE')</c> on SQLite, <c>jsonb_extract_path_text(custom_fields, 'CODE')</c> with a
/// typed cast on PostgreSQL. The path is always written into the SQL as a literal (never a parameter) so that the
/// expression is the same as the one of the field's index (<see cref="IndexExpression"/>); it is checked against a strict
/// pattern first, so the literal cannot carry SQL.
/// </summary>
public static partial class CustomFieldSql
{
    private const string Only = "Only for use in LINQ queries that the database runs.";

    /// <summary>The text value at <paramref name="path"/> (<c>CODE</c> or <c>CODE.member</c>); null when absent.</summary>
    public static string? Text(string json, string path) => throw new InvalidOperationException(Only);

    /// <summary>A whole number (integers and ids).</summary>
    public static long? Whole(string json, string path) => throw new InvalidOperationException(Only);

    /// <summary>An exact decimal: PostgreSQL only (<c>numeric</c>).</summary>
    public static decimal? Exact(string json, string path) => throw new InvalidOperationException(Only);

    /// <summary>A decimal as SQLite compares it: a 64-bit float, exact to 15 significant digits.</summary>
    public static double? Real(string json, string path) => throw new InvalidOperationException(Only);

    public static bool? Flag(string json, string path) => throw new InvalidOperationException(Only);

    /// <summary>
    /// True when the array at <paramref name="path"/> holds an element; <paramref name="needle"/> comes from
    /// <see cref="Needle"/> for the same provider.
    /// </summary>
    public static bool Has(string json, string path, string needle) => throw new InvalidOperationException(Only);

    /// <summary>The argument of <see cref="Has"/> for one element, given as its JSON text.</summary>
    public static string Needle(string elementJson, bool postgres) => postgres ? "[" + elementJson + "]" : "," + elementJson + ",";

    // The functions say "may be null" without "null only when an argument is": a missing key gives null from a non-null
    // column, and EF would otherwise drop the COALESCE that sort keys put around them.

    /// <summary>The property that holds a record's values; every entity that has one gets the same column.</summary>
    public const string ColumnProperty = "CustomFields";

    /// <summary>Maps the functions and the value column: <c>jsonb</c> on PostgreSQL, <c>TEXT</c> on SQLite, never null.</summary>
    public static void Register(ModelBuilder builder, bool postgres)
    {
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            if (entity.FindProperty(ColumnProperty) is { } property && property.ClrType == typeof(string))
            {
                property.SetColumnType(postgres ? "jsonb" : "TEXT");
                property.SetDefaultValue("{}");
            }
        }

        foreach (var name in new[] { nameof(Text), nameof(Whole), nameof(Exact), nameof(Real), nameof(Flag) })
        {
            var method = typeof(CustomFieldSql).GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
            builder.HasDbFunction(method).HasTranslation(args => postgres ? PostgresValue(name, args) : SqliteValue(method.ReturnType, args));
        }

        builder.HasDbFunction(typeof(CustomFieldSql).GetMethod(nameof(Has))!)
            .HasTranslation(args => postgres ? PostgresHas(args) : SqliteHas(args));
    }

    /// <summary>The indexed expression of a field, the same SQL its filters produce (without a table alias).</summary>
    public static string IndexExpression(FieldDefinition field, bool postgres)
    {
        var path = field.Type == CustomFieldType.Money ? Checked(field.Code) + ".amount" : Checked(field.Code);
        if (!postgres)
        {
            return $"json_extract(custom_fields, '{JsonPath(path)}')";
        }

        var text = $"jsonb_extract_path_text(custom_fields, {PathLiterals(path)})";
        return field.Type switch
        {
            CustomFieldType.Integer or CustomFieldType.List or CustomFieldType.User or CustomFieldType.File => $"CAST({text} AS bigint)",
            CustomFieldType.Decimal or CustomFieldType.Money => $"CAST({text} AS numeric)",
            CustomFieldType.Boolean => $"CAST({text} AS boolean)",
            _ => text,
        };
    }

    private static SqlFunctionExpression SqliteValue(Type type, IReadOnlyList<SqlExpression> args) =>
        new SqlFunctionExpression("json_extract", [args[0], Literal($"'{JsonPath(PathOf(args[1]))}'")], nullable: true, [false, false], Nullable.GetUnderlyingType(type) ?? type, null);

    private static SqlExpression PostgresValue(string name, IReadOnlyList<SqlExpression> args)
    {
        var text = PostgresText(args);
        return name switch
        {
            nameof(Text) => text,
            nameof(Whole) => new SqlUnaryExpression(ExpressionType.Convert, text, typeof(long), null),
            nameof(Exact) or nameof(Real) => new SqlUnaryExpression(ExpressionType.Convert, text, typeof(decimal), null),
            _ => new SqlUnaryExpression(ExpressionType.Convert, text, typeof(bool), null),
        };
    }

    private static SqlFunctionExpression PostgresText(IReadOnlyList<SqlExpression> args)
    {
        var segments = PathOf(args[1]).Split('.');
        return new SqlFunctionExpression(
            "jsonb_extract_path_text", [args[0], .. segments.Select(s => Literal($"'{s}'"))], nullable: true,
            [false, .. segments.Select(_ => false)], typeof(string), args[1].TypeMapping);
    }

    // instr(',' || rtrim(substr(a, 2), ']') || ',', ',<element>,') > 0 on the array's minified JSON text: a
    // delimiter-wrapped element only matches whole elements, because a comma or quote inside a string is escaped, and
    // the closing bracket trimmed is never part of a string (those end with a quote).
    private static SqlBinaryExpression SqliteHas(IReadOnlyList<SqlExpression> args)
    {
        var text = args[0].TypeMapping;
        var array = new SqlFunctionExpression(
            "json_extract", [args[0], Literal($"'{JsonPath(PathOf(args[1]))}'")], nullable: true, [false, false], typeof(string), text);
        var inner = new SqlFunctionExpression(
            "rtrim", [new SqlFunctionExpression("substr", [array, Literal("2")], nullable: true, [false, false], typeof(string), text), Literal("']'")],
            nullable: true, [false, false], typeof(string), text);
        var wrapped = new SqlBinaryExpression(
            ExpressionType.Add,
            new SqlBinaryExpression(ExpressionType.Add, Literal("','"), inner, typeof(string), text),
            Literal("','"), typeof(string), text);
        var position = new SqlFunctionExpression("instr", [wrapped, args[2]], nullable: true, [false, false], typeof(int), null);
        return new SqlBinaryExpression(ExpressionType.GreaterThan, position, Literal("0"), typeof(bool), null);
    }

    // jsonb_contains(a, b) is the function behind the @> operator.
    private static SqlFunctionExpression PostgresHas(IReadOnlyList<SqlExpression> args)
    {
        var segments = PathOf(args[1]).Split('.');
        var jsonb = args[0].TypeMapping;
        var array = new SqlFunctionExpression(
            "jsonb_extract_path", [args[0], .. segments.Select(s => Literal($"'{s}'"))], nullable: true,
            [false, .. segments.Select(_ => false)], typeof(string), jsonb);
        var needle = new SqlUnaryExpression(ExpressionType.Convert, args[2], typeof(string), jsonb);
        return new SqlFunctionExpression("jsonb_contains", [array, needle], nullable: true, [false, false], typeof(bool), null);
    }

    /// <summary>The code itself, after checking it, for SQL that names it as a literal.</summary>
    public static string Checked(string code) =>
        PathRegex().IsMatch(code) && !code.Contains('.', StringComparison.Ordinal) ? code : throw new InvalidOperationException("Not a custom field code.");

    private static SqlFragmentExpression Literal(string sql) => new(sql);

    private static string PathOf(SqlExpression argument) =>
        argument is SqlConstantExpression { Value: string path } && PathRegex().IsMatch(path)
            ? path
            : throw new InvalidOperationException("A custom field path must be a constant code (UF_CRM_…), optionally with a member.");

    private static string JsonPath(string path) => "$." + path;

    private static string PathLiterals(string path) => string.Join(", ", path.Split('.').Select(s => $"'{s}'"));

    [GeneratedRegex("^UF_CRM_[A-Z0-9_]{1,43}(\\.[a-z]{1,20})?$")]
    private static partial Regex PathRegex();
}
