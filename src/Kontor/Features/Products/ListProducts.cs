using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Products;

/// <summary>The catalog by name, with keyset paging: no COUNT, no OFFSET.</summary>
public static class ListProducts
{
    public sealed record Query
    {
        /// <summary>Text contained in the name or the SKU, case-insensitive.</summary>
        [FromQuery, StringLength(200)] public string? Q { get; init; }

        /// <summary>Only active (true) or only inactive (false) products; both when left out.</summary>
        [FromQuery] public bool? Active { get; init; }

        [FromQuery, Range(1, 200)] public int? Limit { get; init; }

        [FromQuery, StringLength(500)] public string? Cursor { get; init; }
    }

    private sealed record Position(string Name, long Id);

    public static async Task<Results<Ok<Page<ProductResponse>>, ProblemHttpResult>> Handle([AsParameters] Query query, KontorDb db, CancellationToken ct)
    {
        if (!Cursor.TryDecode<Position>(query.Cursor, out var position))
        {
            return Cursor.Invalid.ToProblem();
        }

        var products = Filter(db.Set<Product>().AsNoTracking(), query, db.IsPostgres);
        if (position is not null)
        {
            var (name, id) = (position.Name, position.Id);
            // Compared in SQL, under the same collation as the ORDER BY below, so pages never skip or repeat a row.
            products = products.Where(p => p.Name.CompareTo(name) > 0 || (p.Name == name && p.Id > id));
        }

        var limit = query.Limit ?? 50;
        var rows = await products.OrderBy(p => p.Name).ThenBy(p => p.Id).Take(limit + 1).ToListAsync(ct);
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = Cursor.Encode(new Position(rows[^1].Name, rows[^1].Id));
        }

        return TypedResults.Ok(new Page<ProductResponse>(rows.Select(ProductResponse.From).ToList(), next));
    }

    public static IQueryable<Product> Filter(IQueryable<Product> products, Query q, bool postgres)
    {
        if (q.Active is { } active)
        {
            products = products.Where(p => p.IsActive == active);
        }

        return products.WhereContains(q.Q, postgres, (p, contains) => contains(p.Name) || (p.Sku != null && contains(p.Sku)));
    }
}
