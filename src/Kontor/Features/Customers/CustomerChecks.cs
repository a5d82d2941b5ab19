using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Customers;

/// <summary>Rules that need other data, shared by creating and changing companies and contacts.</summary>
public static class CustomerChecks
{
    public static Task<bool> IsActiveUserAsync(KontorDb db, long userId, CancellationToken ct) =>
        db.Set<User>().AnyAsync(u => u.Id == userId && u.IsActive, ct);

    /// <summary>
    /// A contact needs a first or last name, and the companies it names must exist. The responsible user is checked
    /// only when it is being set, so that a deactivated user does not block unrelated edits.
    /// </summary>
    public static async Task<Error?> ContactAsync(KontorDb db, Contact contact, bool responsibleSet, bool companiesSet, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(contact.FirstName) && string.IsNullOrWhiteSpace(contact.LastName))
        {
            const string message = "A contact needs a first name or a last name.";
            return Error.Validation(new Dictionary<string, string[]> { ["firstName"] = [message], ["lastName"] = [message] });
        }

        if (responsibleSet && contact.ResponsibleId is { } responsible && !await IsActiveUserAsync(db, responsible, ct))
        {
            return CustomerErrors.ContactUserNotFound;
        }

        if (companiesSet && contact.Companies.Count > 0)
        {
            var ids = contact.Companies.Select(l => l.CompanyId).ToList();
            if (await db.Set<Company>().CountAsync(c => ids.Contains(c.Id), ct) != ids.Count)
            {
                return CustomerErrors.ContactCompanyNotFound;
            }
        }

        return null;
    }

    /// <summary>Makes the contact's companies equal to <paramref name="companyIds"/>; the first is the main company.</summary>
    public static void LinkCompanies(Contact contact, IReadOnlyList<long> companyIds)
    {
        contact.Companies.RemoveAll(l => !companyIds.Contains(l.CompanyId));
        for (var i = 0; i < companyIds.Count; i++)
        {
            var link = contact.Companies.Find(l => l.CompanyId == companyIds[i]);
            if (link is null)
            {
                contact.Companies.Add(new ContactCompany { CompanyId = companyIds[i], Sort = i });
            }
            else
            {
                link.Sort = i;
            }
        }
    }
}
