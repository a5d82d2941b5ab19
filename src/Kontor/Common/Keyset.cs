using System.Globalization;
using System.Linq.Expressions;

namespace Kontor.Common;

/// <summary>
/// A sort key for keyset paging: rows after a cursor are those whose key is past the cursor's key, ties broken by id.
/// The key is never null, so the comparison stays a plain index range on both providers.
/// </summary>
public sealed class Keyset<TEntity, TKey>(
    Expression<Func<TEntity, TKey>> key, Expression<Func<TEntity, long>> id, Func<string, TKey> parse)
    : IKeyset<TEntity>
{
    public IOrderedQueryable<TEntity> Order(IQueryable<TEntity> query, bool descending) => descending
        ? query.OrderByDescending(key).ThenByDescending(id)
        : query.OrderBy(key).ThenBy(id);

    public IQueryable<TEntity> After(IQueryable<TEntity> query, string value, long lastId, bool descending)
    {
        var parsed = parse(value);
        var param = key.Parameters[0];
        var keyBody = key.Body;
        var idBody = new Rebind(id.Parameters[0], param).Visit(id.Body);
        Expression constant = Expression.Property(Expression.Constant(new Box(parsed)), nameof(Box.Value));
        Expression lastIdConstant = Expression.Property(Expression.Constant(new IdBox(lastId)), nameof(IdBox.Value));

        // Strings have no < in expression trees: compare string.Compare(key, value) with 0 instead.
        var (left, right) = typeof(TKey) == typeof(string)
            ? ((Expression)Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, keyBody, constant), (Expression)Expression.Constant(0))
            : (keyBody, constant);
        var beyond = descending ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
        var equal = Expression.Equal(keyBody, constant);
        var idBeyond = descending ? Expression.LessThan(idBody, lastIdConstant) : Expression.GreaterThan(idBody, lastIdConstant);

        // "key <= v" is implied by the rest, but said alone it lets the database start the index range at the cursor
        // instead of filtering every row above it (PostgreSQL does not derive it from the OR).
        var bound = descending ? Expression.LessThanOrEqual(left, right) : Expression.GreaterThanOrEqual(left, right);

        var predicate = Expression.AndAlso(bound, Expression.OrElse(beyond, Expression.AndAlso(equal, idBeyond)));
        return query.Where(Expression.Lambda<Func<TEntity, bool>>(predicate, param));
    }

    public bool TryParse(string value)
    {
        try
        {
            parse(value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // Parameters, not constants, so that the database caches one plan.
    private sealed record Box(TKey Value);

    private sealed record IdBox(long Value);

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

public interface IKeyset<TEntity>
{
    IOrderedQueryable<TEntity> Order(IQueryable<TEntity> query, bool descending);

    IQueryable<TEntity> After(IQueryable<TEntity> query, string value, long lastId, bool descending);

    bool TryParse(string value);
}

public static class KeysetFormats
{
    public static string Of(long v) => v.ToString(CultureInfo.InvariantCulture);

    public static string Of(decimal v) => v.ToString(CultureInfo.InvariantCulture);

    public static string Of(DateTime v) => v.ToString("O", CultureInfo.InvariantCulture);

    public static string Of(DateOnly v) => v.ToString("O", CultureInfo.InvariantCulture);

    public static long ParseId(string s) => long.Parse(s, CultureInfo.InvariantCulture);

    public static decimal ParseAmount(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    public static DateTime ParseTime(string s) => System.DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateOnly ParseDate(string s) => DateOnly.Parse(s, CultureInfo.InvariantCulture);
}
