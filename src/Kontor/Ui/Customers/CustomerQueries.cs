using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Ui.Customers;

/// <summary>The customer lists for the pages: the list slices answered as values instead of HTTP results.</summary>
public static class CustomerQueries
{
    public static async Task<(Page<CompanyResponse>? Page, Error? Error)> CompaniesAsync(KontorDb db, ListCompanies.Query query, CancellationToken ct) =>
        Unwrap<CompanyResponse>((await ListCompanies.Handle(query, db, ct)).Result);

    public static async Task<(Page<ContactResponse>? Page, Error? Error)> ContactsAsync(KontorDb db, ListContacts.Query query, CancellationToken ct) =>
        Unwrap<ContactResponse>((await ListContacts.Handle(query, db, ct)).Result);

    /// <summary>
    /// What stays behind when the company is deleted: its contacts and deals, unlinked from it. Only records the user
    /// may read are counted (the link tables have no filter of their own), so the number confirms nothing hidden.
    /// </summary>
    public static async Task<(int Contacts, int Deals)> CompanyLinksAsync(KontorDb db, long id, CancellationToken ct) => (
        await db.Set<Contact>().CountAsync(c => db.Set<ContactCompany>().Any(l => l.CompanyId == id && l.ContactId == c.Id), ct),
        await db.Set<Deal>().CountAsync(d => d.CompanyId == id, ct));

    /// <summary>The deals the user may read that a contact is removed from when it is deleted.</summary>
    public static Task<int> ContactDealsAsync(KontorDb db, long id, CancellationToken ct) =>
        db.Set<Deal>().CountAsync(d => db.Set<DealContact>().Any(l => l.ContactId == id && l.DealId == d.Id), ct);

    private static (Page<T>? Page, Error? Error) Unwrap<T>(IResult result) => result switch
    {
        Ok<Page<T>> { Value: { } page } => (page, null),
        ProblemHttpResult problem => (null, new Error(
            problem.ProblemDetails.Extensions.TryGetValue("code", out var code) ? code?.ToString() ?? "request.failed" : "request.failed",
            problem.ProblemDetails.Detail ?? "",
            problem.StatusCode)),
        _ => (null, new Error("request.failed", "The list could not be read.")),
    };
}
