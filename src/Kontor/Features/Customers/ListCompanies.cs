using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.CustomFields;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Customers;

/// <summary>Companies ordered by name, then id, with keyset paging.</summary>
public static class ListCompanies
{
    public sealed record Query
    {
        /// <summary>Text contained in the name, case-insensitive.</summary>
        [FromQuery, StringLength(200)] public string? Q { get; init; }

        [FromQuery] public long? ResponsibleId { get; init; }

        [FromQuery, Range(1, 200)] public int? Limit { get; init; }

        [FromQuery, StringLength(500)] public string? Cursor { get; init; }

        /// <summary>Custom field filters from the <c>cf.</c> parameters, as in the deal list.</summary>
        public CustomFieldFilter? CustomFields { get; init; }
    }

    private sealed record Position(string Name, long Id);

    public static async Task<Results<Ok<Page<CompanyResponse>>, ProblemHttpResult>> Handle([AsParameters] Query query, KontorDb db, CancellationToken ct)
    {
        if (!Cursor.TryDecode<Position>(query.Cursor, out var after) || after is { Name: null })
        {
            return Cursor.Invalid.ToProblem();
        }

        var companies = db.Set<Company>().AsNoTracking();
        if (query.ResponsibleId is { } responsible)
        {
            companies = companies.Where(c => c.ResponsibleId == responsible);
        }

        companies = companies.WhereContains(query.Q, db.IsPostgres, (c, contains) => contains(c.Name));
        var (filtered, filterError) = await CustomFieldQuery.FilterAsync(db, CustomFieldEntity.Company, companies, c => c.CustomFields, query.CustomFields, ct);
        if (filterError is not null)
        {
            return filterError.ToProblem();
        }

        companies = filtered!;

        if (after is not null)
        {
            companies = companies.Where(c => c.Name.CompareTo(after.Name) > 0 || (c.Name == after.Name && c.Id > after.Id));
        }

        var limit = query.Limit ?? 50;
        var rows = await companies.OrderBy(c => c.Name).ThenBy(c => c.Id).Take(limit + 1).ToListAsync(ct);
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = Cursor.Encode(new Position(rows[^1].Name, rows[^1].Id));
        }

        return TypedResults.Ok(new Page<CompanyResponse>(rows.Select(CompanyResponse.From).ToList(), next));
    }
}
