using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

public static class DeleteDeal
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var deal = await db.Set<Deal>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (deal is null)
        {
            return DealErrors.NotFound.ToProblem();
        }

        if (!ETags.Matches(http.Request, deal.Version))
        {
            return DealErrors.PreconditionFailed.ToProblem();
        }

        db.Remove(deal);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
