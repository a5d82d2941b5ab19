using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Customers;

/// <summary>Deletes a contact. The database removes its company and deal links; the deals stay.</summary>
public static class DeleteContact
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct) =>
        await RunAsync(db, id, version => ETags.Matches(http.Request, version), ct) is { } error ? error.ToProblem() : TypedResults.NoContent();

    /// <summary>Deletes the contact when <paramref name="versionMatches"/> accepts its stored version.</summary>
    public static async Task<Error?> RunAsync(KontorDb db, long id, Func<int, bool> versionMatches, CancellationToken ct) =>
        await CustomerDeletion.RunAsync(db.Set<Contact>().Where(c => c.Id == id), db, versionMatches, CustomerErrors.ContactNotFound, ct);
}
