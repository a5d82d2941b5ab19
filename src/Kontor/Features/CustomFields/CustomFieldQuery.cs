using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.CustomFields;

/// <summary>
/// Filters and sort keys on custom field values for the lists of deals, contacts and companies, as LINQ over
/// <see cref="CustomFieldSql"/> so that they compose with the rest of a list query and its keyset paging.
/// </summary>
public static class CustomFieldQuery
{
    public const int MaxTerms = 20;

    /// <summary>
    /// Keeps the records that match every term; a bad term is a 400 naming <c>cf.CODE</c>. Text compares exactly,
    /// numbers and money amounts as numbers, dates and times in time order.
    /// </summary>
    public static async Task<(IQueryable<T>? Query, Error? Error)> FilterAsync<T>(
        KontorDb db, CustomFieldEntity entity, IQueryable<T> query, Expression<Func<T, string>> column, CustomFieldFilter? filter, CancellationToken ct)
    {
        if (filter is not { Terms.Count: > 0 })
        {
            return (query, null);
        }

        if (filter.Terms.Count > MaxTerms)
        {
            return (null, Error.Validation("cf", $"At most {MaxTerms} custom field filters."));
        }

        var terms = filter.Terms.Select(t => (Code: t.Key.Split('.')[0], Operator: t.Key.Contains('.', StringComparison.Ordinal) ? t.Key[(t.Key.IndexOf('.', StringComparison.Ordinal) + 1)..] : "", t.Value)).ToList();
        var codes = terms.Select(t => t.Code).Distinct().ToList();
        var fields = await db.Set<FieldDefinition>().AsNoTracking().Where(f => f.Entity == entity && codes.Contains(f.Code)).ToDictionaryAsync(f => f.Code, ct);
        var builder = new Builder<T>(column, db.IsPostgres);
        foreach (var group in terms.GroupBy(t => (t.Code, t.Operator)))
        {
            var key = CustomFieldFilter.Prefix + group.Key.Code + (group.Key.Operator.Length > 0 ? "." + group.Key.Operator : "");
            if (!fields.TryGetValue(group.Key.Code, out var field))
            {
                return (null, Error.Validation(key, "There is no custom field with this code."));
            }

            var (predicate, message) = builder.Term(field, group.Key.Operator, group.Select(t => t.Value).ToList());
            if (message is not null)
            {
                return (null, Error.Validation(key, message));
            }

            query = query.Where(predicate!);
        }

        return (query, null);
    }

    /// <summary>
    /// The keyset of <c>sort=cf.CODE</c> and how to read the cursor value from a row's values. Records without a value sort
    /// first (ascending) on both providers; fields holding lists of values, links and list items have no order.
    /// </summary>
    public static async Task<(IKeyset<T>? Keyset, Func<IReadOnlyDictionary<string, JsonElement>, string>? Value, Error? Error)> SortAsync<T>(
        KontorDb db, CustomFieldEntity entity, string code, Expression<Func<T, string>> column, Expression<Func<T, long>> id, CancellationToken ct)
    {
        var field = await db.Set<FieldDefinition>().AsNoTracking().FirstOrDefaultAsync(f => f.Entity == entity && f.Code == code, ct);
        if (field is null)
        {
            return (null, null, Error.Validation("sort", "There is no custom field with this code."));
        }

        var builder = new Builder<T>(column, db.IsPostgres);
        var p = column.Parameters[0];
        Expression<Func<T, TKey>> Key<TKey>(Expression body) => Expression.Lambda<Func<T, TKey>>(body, p);

        switch (field.Type)
        {
            case var _ when field.Multiple:
                return (null, null, Error.Validation("sort", "A field that holds several values has no order."));
            case CustomFieldType.String or CustomFieldType.Text or CustomFieldType.Url or CustomFieldType.Email or CustomFieldType.Phone
                or CustomFieldType.Date or CustomFieldType.Datetime:
                return (new Keyset<T, string>(Key<string>(Expression.Coalesce(builder.Call(nameof(CustomFieldSql.Text), code), Expression.Constant(""))), id, v => v),
                    values => values.TryGetValue(code, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "", null);
            case CustomFieldType.Integer:
                return (new Keyset<T, long>(Key<long>(Expression.Coalesce(builder.Call(nameof(CustomFieldSql.Whole), code), Expression.Constant(long.MinValue))), id, KeysetFormats.ParseId),
                    values => values.TryGetValue(code, out var v) ? v.GetRawText() : KeysetFormats.Of(long.MinValue), null);
            case CustomFieldType.Decimal or CustomFieldType.Money:
                var path = field.Type == CustomFieldType.Money ? code + ".amount" : code;
                string Raw(IReadOnlyDictionary<string, JsonElement> values) =>
                    !values.TryGetValue(code, out var v) ? "" : field.Type == CustomFieldType.Money ? v.GetProperty("amount").GetRawText() : v.GetRawText();
                if (db.IsPostgres)
                {
                    const decimal none = -Money.MaxAmount - 1;
                    return (new Keyset<T, decimal>(Key<decimal>(Expression.Coalesce(builder.Call(nameof(CustomFieldSql.Exact), path), Expression.Constant(none))), id, KeysetFormats.ParseAmount),
                        values => Raw(values) is { Length: > 0 } raw ? raw : KeysetFormats.Of(none), null);
                }

                return (new Keyset<T, double>(Key<double>(Expression.Coalesce(builder.Call(nameof(CustomFieldSql.Real), path), Expression.Constant(double.MinValue))), id, ParseReal),
                    values => Raw(values) is { Length: > 0 } raw ? raw : double.MinValue.ToString("R", CultureInfo.InvariantCulture), null);
            case CustomFieldType.Boolean:
                var flag = builder.Call(nameof(CustomFieldSql.Flag), code);
                var key = Expression.Condition(
                    Expression.Equal(flag, Expression.Constant(null, typeof(bool?))), Expression.Constant(-1L),
                    Expression.Condition(Expression.Equal(flag, Expression.Constant(true, typeof(bool?))), Expression.Constant(1L), Expression.Constant(0L)));
                return (new Keyset<T, long>(Key<long>(key), id, KeysetFormats.ParseId),
                    values => !values.TryGetValue(code, out var v) ? "-1" : v.ValueKind == JsonValueKind.True ? "1" : "0", null);
            default:
                return (null, null, Error.Validation("sort", "Sort by a custom field of text, number, money, yes/no, date or time."));
        }
    }

    private static double ParseReal(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Builds the predicates of one list query.</summary>
    private sealed class Builder<T>(Expression<Func<T, string>> column, bool postgres)
    {
        private const string Whole = nameof(CustomFieldSql.Whole);
        private const string Text = nameof(CustomFieldSql.Text);

        public MethodCallExpression Call(string function, string path) =>
            Expression.Call(typeof(CustomFieldSql).GetMethod(function)!, column.Body, Expression.Constant(path));

        public (Expression<Func<T, bool>>? Predicate, string? Message) Term(FieldDefinition field, string op, List<string> values)
        {
            var code = field.Code;
            if (op == "empty")
            {
                return values is ["true" or "false"]
                    ? (Lambda(values[0] == "true"
                        ? Expression.Equal(Call(Text, code), Expression.Constant(null, typeof(string)))
                        : Expression.NotEqual(Call(Text, code), Expression.Constant(null, typeof(string)))), null)
                    : (null, "Expected true or false.");
            }

            if (op is "from" or "to")
            {
                if (values.Count != 1 || field.Multiple)
                {
                    return (null, field.Multiple ? "A field that holds several values has no ranges." : "Give one bound.");
                }

                return Range(field, op == "from", values[0]);
            }

            if (op == "currency")
            {
                return field.Type == CustomFieldType.Money && !field.Multiple
                    ? Any(values, v => Expression.Equal(Call(Text, code + ".currency"), Param(v)))
                    : (null, "Only money fields have a currency.");
            }

            if (op == "contains")
            {
                return Part(field, values);
            }

            if (op.Length > 0)
            {
                return (null, "Use cf.CODE, cf.CODE.contains, cf.CODE.from, cf.CODE.to, cf.CODE.currency or cf.CODE.empty.");
            }

            return field.Multiple ? Contains(field, values) : Equals(field, values);
        }

        private (Expression<Func<T, bool>>?, string?) Equals(FieldDefinition field, IReadOnlyList<string> values)
        {
            var code = field.Code;
            switch (field.Type)
            {
                case CustomFieldType.Integer or CustomFieldType.List or CustomFieldType.User or CustomFieldType.File:
                    return Parse<long>(values, TryWhole, "Expected a whole number.", v => Expression.Equal(Call(Whole, code), Param<long?>(v)));
                case CustomFieldType.Decimal or CustomFieldType.Money:
                    var path = field.Type == CustomFieldType.Money ? code + ".amount" : code;
                    return Parse<decimal>(values, TryAmount, "Expected a number.", v => Compare(path, v, ExpressionType.Equal));
                case CustomFieldType.Boolean:
                    return Parse<bool>(values, TryFlag, "Expected true or false.", v => Expression.Equal(Call(nameof(CustomFieldSql.Flag), code), Param<bool?>(v)));
                case CustomFieldType.Date:
                    return Parse<string>(values, TryDate, "Expected a date as yyyy-MM-dd.", v => Expression.Equal(Call(Text, code), Param(v)));
                case CustomFieldType.Datetime:
                    return Parse<string>(values, TryMoment, "Expected a date and time with its offset.", v => Expression.Equal(Call(Text, code), Param(v)));
                case CustomFieldType.Crm:
                    return Parse<(string Entity, long Id)>(values, TryLink, "Expected entity:id, as company:12.", v => Expression.AndAlso(
                        Expression.Equal(Call(Text, code + ".entity"), Param(v.Entity)),
                        Expression.Equal(Call(Whole, code + ".id"), Param<long?>(v.Id))));
                default:
                    return Any(values, v => Expression.Equal(Call(Text, code), Param(v)));
            }
        }

        private (Expression<Func<T, bool>>?, string?) Contains(FieldDefinition field, IReadOnlyList<string> values)
        {
            (Expression<Func<T, bool>>?, string?) Has<TValue>(TryParse<TValue> parse, string message, Func<TValue, string> json) =>
                Parse(values, parse, message, v => Expression.Call(
                    typeof(CustomFieldSql).GetMethod(nameof(CustomFieldSql.Has))!, column.Body, Expression.Constant(field.Code),
                    Param(CustomFieldSql.Needle(json(v), postgres))));

            return field.Type switch
            {
                CustomFieldType.Integer or CustomFieldType.List or CustomFieldType.User or CustomFieldType.File =>
                    Has<long>(TryWhole, "Expected a whole number.", v => v.ToString(CultureInfo.InvariantCulture)),
                CustomFieldType.Date => Has<string>(TryDate, "Expected a date as yyyy-MM-dd.", v => JsonSerializer.Serialize(v, CustomValues.Storage)),
                CustomFieldType.Datetime => Has<string>(TryMoment, "Expected a date and time with its offset.", v => JsonSerializer.Serialize(v, CustomValues.Storage)),
                CustomFieldType.Crm => Has<(string Entity, long Id)>(TryLink, "Expected entity:id, as company:12.", v => $"{{\"entity\":\"{v.Entity}\",\"id\":{v.Id.ToString(CultureInfo.InvariantCulture)}}}"),
                CustomFieldType.String or CustomFieldType.Text or CustomFieldType.Url or CustomFieldType.Email or CustomFieldType.Phone =>
                    Has<string>(TryText, "Expected text.", v => JsonSerializer.Serialize(v, CustomValues.Storage)),
                _ => (null, "A field that holds several amounts has no filter."),
            };
        }

        /// <summary>
        /// Text that holds the words in any case (ASCII letters on SQLite). For a field with several values the stored
        /// list is searched as one text, so a term matches when any of its values holds it.
        /// </summary>
        private (Expression<Func<T, bool>>?, string?) Part(FieldDefinition field, List<string> values)
        {
            if (field.Type is not (CustomFieldType.String or CustomFieldType.Text or CustomFieldType.Url or CustomFieldType.Email or CustomFieldType.Phone))
            {
                return (null, "Only text, web addresses, e-mail addresses and phone numbers are searched for a part.");
            }

            var patterns = values.Select(Common.Search.Pattern).OfType<string>().ToList();
            return patterns.Count < values.Count
                ? (null, "Give the text to look for.")
                : Any(patterns, p => Common.Search.Contains(Call(Text, field.Code), p, postgres));
        }

        private (Expression<Func<T, bool>>?, string?) Range(FieldDefinition field, bool from, string value)
        {
            var op = from ? ExpressionType.GreaterThanOrEqual : ExpressionType.LessThanOrEqual;
            switch (field.Type)
            {
                case CustomFieldType.Integer:
                    return TryWhole(value, out var whole)
                        ? (Lambda(Expression.MakeBinary(op, Call(Whole, field.Code), Param<long?>(whole))), null)
                        : (null, "Expected a whole number.");
                case CustomFieldType.Decimal or CustomFieldType.Money:
                    return TryAmount(value, out var amount)
                        ? (Lambda(Compare(field.Type == CustomFieldType.Money ? field.Code + ".amount" : field.Code, amount, op)), null)
                        : (null, "Expected a number.");
                case CustomFieldType.Date:
                    return TryDate(value, out var date) ? (Lambda(TextCompare(field.Code, date, op)), null) : (null, "Expected a date as yyyy-MM-dd.");
                case CustomFieldType.Datetime:
                    // A bare date bounds the whole day: from its first second, to its last.
                    if (TryDate(value, out var day))
                    {
                        return (Lambda(TextCompare(field.Code, day + (from ? "T00:00:00Z" : "T23:59:59Z"), op)), null);
                    }

                    return TryMoment(value, out var moment) ? (Lambda(TextCompare(field.Code, moment, op)), null) : (null, "Expected a date, or a date and time with its offset.");
                default:
                    return (null, "Only numbers, money, dates and times have ranges.");
            }
        }

        private BinaryExpression Compare(string path, decimal value, ExpressionType op) => postgres
            ? Expression.MakeBinary(op, Call(nameof(CustomFieldSql.Exact), path), Param<decimal?>(value))
            : Expression.MakeBinary(op, Call(nameof(CustomFieldSql.Real), path), Param<double?>((double)value));

        // string.Compare(a, b) op 0 is how LINQ says a op b for strings; both providers translate it to the plain comparison.
        private BinaryExpression TextCompare(string path, string value, ExpressionType op) => Expression.MakeBinary(
            op,
            Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, Call(Text, path), Param(value)),
            Expression.Constant(0));

        private delegate bool TryParse<TValue>(string text, out TValue value);

        private (Expression<Func<T, bool>>?, string?) Parse<TValue>(IReadOnlyList<string> values, TryParse<TValue> parse, string message, Func<TValue, Expression> term)
        {
            var parsed = new List<TValue>();
            foreach (var text in values)
            {
                if (!parse(text, out var value))
                {
                    return (null, message);
                }

                parsed.Add(value);
            }

            return (Lambda(parsed.Select(term).Aggregate(Expression.OrElse)), null);
        }

        private (Expression<Func<T, bool>>?, string?) Any(IReadOnlyList<string> values, Func<string, Expression> term) =>
            (Lambda(values.Select(term).Aggregate(Expression.OrElse)), null);

        private Expression<Func<T, bool>> Lambda(Expression body) => Expression.Lambda<Func<T, bool>>(body, column.Parameters[0]);

        // A member of a constant, as a captured variable is, so that the value is sent as a parameter.
        private static MemberExpression Param<TValue>(TValue value) =>
            Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

        private static bool TryText(string text, out string value)
        {
            value = text;
            return true;
        }

        private static bool TryWhole(string text, out long value) =>
            long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

        private static bool TryAmount(string text, out decimal value) =>
            decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

        private static bool TryFlag(string text, out bool value) => bool.TryParse(text, out value);

        private static bool TryDate(string text, out string value)
        {
            value = text;
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
        }

        private static bool TryMoment(string text, out string value)
        {
            value = "";
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) || !text.Contains('T', StringComparison.Ordinal))
            {
                return false;
            }

            value = moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            return true;
        }

        private static bool TryLink(string text, out (string Entity, long Id) value)
        {
            value = default;
            var parts = text.Split(':');
            if (parts is [var entity and ("deal" or "contact" or "company"), var id] && TryWhole(id, out var number))
            {
                value = (entity, number);
                return true;
            }

            return false;
        }
    }

    private sealed record Box<TValue>(TValue Value);
}
