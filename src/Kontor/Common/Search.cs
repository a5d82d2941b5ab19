using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Common;

/// <summary>Case-insensitive "contains" search of list endpoints, translated to SQL on both providers.</summary>
public static class Search
{
    /// <summary>The LIKE escape character of <see cref="Pattern"/>.</summary>
    public const string Escape = "\\";

    private static readonly MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly MethodInfo Like = typeof(DbFunctionsExtensions).GetMethod(
        nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    /// <summary>A LIKE pattern for "contains <paramref name="text"/>", with the LIKE wildcards in it taken literally; null for blank text.</summary>
    public static string? Pattern(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var escaped = text.Trim()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return "%" + escaped + "%";
    }

    /// <summary>
    /// Keeps the rows that <paramref name="predicate"/> accepts, in which <c>contains(column)</c> is true when the column
    /// contains <paramref name="text"/> in any case: ILIKE on PostgreSQL, LIKE on SQLite (whose LIKE ignores the case of ASCII letters).
    /// Blank text keeps every row.
    /// </summary>
    /// <example><c>products.WhereContains(q, postgres, (p, contains) => contains(p.Name) || contains(p.Sku))</c></example>
    public static IQueryable<T> WhereContains<T>(
        this IQueryable<T> query, string? text, bool postgres, Expression<Func<T, Func<string?, bool>, bool>> predicate)
    {
        if (Pattern(text) is not { } pattern)
        {
            return query;
        }

        var body = new ContainsToLike(predicate.Parameters[1], postgres ? ILike : Like, pattern).Visit(predicate.Body);
        return query.Where(Expression.Lambda<Func<T, bool>>(body, predicate.Parameters[0]));
    }

    /// <summary>
    /// <c>EF.Functions.(I)Like(column, pattern, escape)</c> for a pattern from <see cref="Pattern"/>, sent as a parameter:
    /// for queries built as expressions, where <see cref="WhereContains{T}"/> does not fit.
    /// </summary>
    public static Expression Contains(Expression column, string pattern, bool postgres) => Expression.Call(
        postgres ? ILike : Like,
        Expression.Property(null, typeof(EF), nameof(EF.Functions)),
        column,
        Expression.Property(Expression.Constant(new Captured(pattern)), nameof(Captured.Pattern)),
        Expression.Constant(Escape));

    /// <summary>Replaces each call of the <c>contains</c> parameter with <c>EF.Functions.(I)Like(column, pattern, escape)</c>.</summary>
    private sealed class ContainsToLike(ParameterExpression contains, MethodInfo like, string pattern) : ExpressionVisitor
    {
        // A member of a constant, as a captured variable is, so that the pattern is sent as a parameter (@Pattern).
        private readonly Expression _pattern = Expression.Property(Expression.Constant(new Captured(pattern)), nameof(Captured.Pattern));

        protected override Expression VisitInvocation(InvocationExpression node) => node.Expression == contains
            ? Expression.Call(
                like,
                Expression.Property(null, typeof(EF), nameof(EF.Functions)),
                Visit(node.Arguments[0]),
                _pattern,
                Expression.Constant(Escape))
            : base.VisitInvocation(node);
    }

    private sealed record Captured(string Pattern);
}
