using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

public static class DealQueries
{
    /// <summary>Loads a deal with everything its methods need, tracked for change.</summary>
    public static Task<Deal?> LoadDealAsync(this KontorDb db, long id, CancellationToken ct, bool withRows = false)
    {
        var query = db.Set<Deal>().Include(d => d.Contacts).Include(d => d.Observers).AsSplitQuery();
        if (withRows)
        {
            query = query.Include(d => d.ProductRows);
        }

        return query.FirstOrDefaultAsync(d => d.Id == id, ct);
    }
}
