using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Currencies;
using Kontor.Features.Customers;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

/// <summary>Checks that the records a deal points at exist (and users are active). Shared by create and update.</summary>
public static class DealReferences
{
    public static async Task<Error?> CheckAsync(
        KontorDb db, string? currency, long? companyId, IReadOnlyList<long>? contactIds, IReadOnlyList<long> userIds, CancellationToken ct)
    {
        if (currency is not null && !await db.Set<Currency>().AnyAsync(c => c.Code == currency, ct))
        {
            return DealErrors.CurrencyNotFound;
        }

        if (companyId is { } company && !await db.Set<Company>().AnyAsync(c => c.Id == company, ct))
        {
            return DealErrors.CompanyNotFound;
        }

        if (contactIds is { Count: > 0 })
        {
            var distinct = contactIds.Distinct().ToList();
            if (distinct.Count != contactIds.Count)
            {
                return Error.Validation("contactIds", "A contact is listed twice.");
            }

            if (await db.Set<Contact>().CountAsync(c => distinct.Contains(c.Id), ct) != distinct.Count)
            {
                return DealErrors.ContactNotFound;
            }
        }

        var users = userIds.Distinct().ToList();
        if (users.Count > 0 && await db.Set<User>().CountAsync(u => users.Contains(u.Id) && u.IsActive, ct) != users.Count)
        {
            return DealErrors.UserNotFound;
        }

        return null;
    }
}
