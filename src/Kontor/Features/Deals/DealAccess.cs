using Kontor.Common;
using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

/// <summary>
/// Whether a user may open a deal, and so read its timeline and add comments, activities, payments and deliveries.
/// Until roles exist every signed-in user may; this is the one place a permission layer replaces.
/// </summary>
public static class DealAccess
{
    /// <summary>Null when the user may open the deal; <c>deals.not_found</c> when it does not exist or is hidden from them.</summary>
    public static async Task<Error?> CheckAsync(KontorDb db, long dealId, long userId, CancellationToken ct) =>
        await Visible(db.Set<Deal>(), userId).AnyAsync(d => d.Id == dealId, ct) ? null : DealErrors.NotFound;

    /// <summary>The deals a user may open; a query so that lists of other records can filter by it.</summary>
    public static IQueryable<Deal> Visible(IQueryable<Deal> deals, long userId)
    {
        _ = userId;
        return deals;
    }
}
