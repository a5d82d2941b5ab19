using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.CustomFields;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Customers;

/// <summary>Contacts ordered by last name, first name, then id, with keyset paging.</summary>
public static class ListContacts
{
    public sealed record Query
    {
        /// <summary>Text contained in the name (case-insensitive), an e-mail address or the digits of a phone number.</summary>
        [FromQuery, StringLength(200)] public string? Q { get; init; }

        [FromQuery] public long? CompanyId { get; init; }

        [FromQuery] public long? ResponsibleId { get; init; }

        [FromQuery, Range(1, 200)] public int? Limit { get; init; }

        [FromQuery, StringLength(500)] public string? Cursor { get; init; }

        /// <summary>Custom field filters from the <c>cf.</c> parameters, as in the deal list.</summary>
        public CustomFieldFilter? CustomFields { get; init; }
    }

    /// <summary>Paging of the contacts of one company.</summary>
    public sealed record PageQuery
    {
        [FromQuery, Range(1, 200)] public int? Limit { get; init; }

        [FromQuery, StringLength(500)] public string? Cursor { get; init; }
    }

    private sealed record Position(string LastName, string FirstName, long Id);

    public static async Task<Results<Ok<Page<ContactResponse>>, ProblemHttpResult>> Handle([AsParameters] Query query, KontorDb db, CancellationToken ct)
    {
        if (!Cursor.TryDecode<Position>(query.Cursor, out var after) || after is { LastName: null } or { FirstName: null })
        {
            return Cursor.Invalid.ToProblem();
        }

        var (filtered, filterError) = await CustomFieldQuery.FilterAsync(
            db, CustomFieldEntity.Contact, Filter(db.Set<Contact>().AsNoTracking(), query, db.IsPostgres), c => c.CustomFields, query.CustomFields, ct);
        if (filterError is not null)
        {
            return filterError.ToProblem();
        }

        var contacts = filtered!;
        if (after is not null)
        {
            contacts = contacts.Where(c =>
                c.LastName.CompareTo(after.LastName) > 0 ||
                (c.LastName == after.LastName && (c.FirstName.CompareTo(after.FirstName) > 0 ||
                    (c.FirstName == after.FirstName && c.Id > after.Id))));
        }

        var limit = query.Limit ?? 50;
        var rows = await contacts.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id)
            .Take(limit + 1)
            .Include(c => c.Companies)
            .AsSplitQuery()
            .ToListAsync(ct);
        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = Cursor.Encode(new Position(rows[^1].LastName, rows[^1].FirstName, rows[^1].Id));
        }

        return TypedResults.Ok(new Page<ContactResponse>(rows.Select(ContactResponse.From).ToList(), next));
    }

    /// <summary>GET /companies/{id}/contacts: the contacts linked to a company.</summary>
    public static async Task<Results<Ok<Page<ContactResponse>>, ProblemHttpResult>> OfCompany(
        long id, [AsParameters] PageQuery page, KontorDb db, CancellationToken ct)
    {
        if (!await db.Set<Company>().AnyAsync(c => c.Id == id, ct))
        {
            return CustomerErrors.CompanyNotFound.ToProblem();
        }

        return await Handle(new Query { CompanyId = id, Limit = page.Limit, Cursor = page.Cursor }, db, ct);
    }

    public static IQueryable<Contact> Filter(IQueryable<Contact> contacts, Query q, bool postgres)
    {
        if (q.CompanyId is { } company)
        {
            contacts = contacts.Where(c => c.Companies.Any(l => l.CompanyId == company));
        }

        if (q.ResponsibleId is { } responsible)
        {
            contacts = contacts.Where(c => c.ResponsibleId == responsible);
        }

        if (string.IsNullOrWhiteSpace(q.Q))
        {
            return contacts;
        }

        // E-mails are stored lower case and phones as digits (with a leading +), so the text is compared the same way.
        var email = Search.Pattern(q.Q.ToLowerInvariant())!;
        var digits = new string(q.Q.Where(char.IsAsciiDigit).ToArray());
        var phone = digits.Length > 0 && ChannelRules.IsValid(ChannelKind.Phone, q.Q) ? "%" + digits + "%" : null;

        // "First Last" covers a match in either name and a search for the full name.
        return contacts.WhereContains(q.Q, postgres, (c, contains) =>
            contains(c.FirstName + " " + c.LastName) ||
            c.Channels.Any(ch =>
                (ch.Kind == ChannelKind.Email && EF.Functions.Like(ch.Normalized, email, Search.Escape)) ||
                (phone != null && ch.Kind == ChannelKind.Phone && EF.Functions.Like(ch.Normalized, phone))));
    }
}
