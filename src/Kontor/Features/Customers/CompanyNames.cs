using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Customers;

/// <summary>Names of companies by id, for lists that show the companies a contact works for.</summary>
public static class CompanyNames
{
    public static async Task<IReadOnlyDictionary<long, string>> OfAsync(KontorDb db, IEnumerable<long> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<long, string>();
        }

        return await db.Set<Company>().AsNoTracking().Where(c => wanted.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }
}
