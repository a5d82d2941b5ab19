using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

public static class DeleteDeal
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var error = await RunAsync(db, id, version => ETags.Matches(http.Request, version), ct);
        return error is null ? TypedResults.NoContent() : error.ToProblem();
    }

    /// <summary>The use case for every surface; <paramref name="versionMatches"/> is the caller's precondition on the version.</summary>
    public static async Task<Error?> RunAsync(KontorDb db, long id, Func<int, bool> versionMatches, CancellationToken ct)
    {
        var deal = await db.Set<Deal>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (deal is null)
        {
            return DealErrors.NotFound;
        }

        if (!db.Access.Allows(AccessAction.Delete, deal))
        {
            return DealAccess.Forbidden;
        }

        if (!versionMatches(deal.Version))
        {
            return DealErrors.PreconditionFailed;
        }

        db.Remove(deal);
        await db.SaveChangesAsync(ct);
        return null;
    }
}
