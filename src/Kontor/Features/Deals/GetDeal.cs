using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

public static class GetDeal
{
    public static async Task<Results<Ok<DealResponse>, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var deal = await RunAsync(db, id, clock, ct);
        if (deal is null)
        {
            return DealErrors.NotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(deal.Version);
        return TypedResults.Ok(deal);
    }

    /// <summary>The deal with its open and overdue activity counts.</summary>
    public static async Task<DealResponse?> RunAsync(KontorDb db, long id, TimeProvider clock, CancellationToken ct) =>
        await RunAsync(db, id, ct) is { } deal ? await deal.WithActivitiesAsync(db, clock, ct) : null;

    public static async Task<DealResponse?> RunAsync(KontorDb db, long id, CancellationToken ct)
    {
        var deal = await db.Set<Deal>().AsNoTracking().Include(d => d.Contacts).Include(d => d.Observers).AsSplitQuery()
            .FirstOrDefaultAsync(d => d.Id == id, ct);
        return deal is null ? null : await DealResponse.From(deal).WithIncompleteAsync(db, ct);
    }
}
