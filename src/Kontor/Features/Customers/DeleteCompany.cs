using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Customers;

/// <summary>Deletes a company. The database unlinks it from its contacts and clears it on its deals; both stay.</summary>
public static class DeleteCompany
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct) =>
        await RunAsync(db, id, version => ETags.Matches(http.Request, version), ct) is { } error ? error.ToProblem() : TypedResults.NoContent();

    /// <summary>Deletes the company when <paramref name="versionMatches"/> accepts its stored version.</summary>
    public static async Task<Error?> RunAsync(KontorDb db, long id, Func<int, bool> versionMatches, CancellationToken ct) =>
        await CustomerDeletion.RunAsync(db.Set<Company>().Where(c => c.Id == id), db, versionMatches, CustomerErrors.CompanyNotFound, ct);
}

internal static class CustomerDeletion
{
    public static async Task<Error?> RunAsync<T>(IQueryable<T> record, KontorDb db, Func<int, bool> versionMatches, Error notFound, CancellationToken ct)
        where T : class, ICustomer
    {
        var found = await record.FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return notFound;
        }

        if (CustomerAccess.Check(db.Access, AccessAction.Delete, found) is { } denied)
        {
            return denied;
        }

        if (!versionMatches(found.Version))
        {
            return CustomerErrors.PreconditionFailed;
        }

        db.Remove(found);
        await db.SaveChangesAsync(ct);
        return null;
    }
}
