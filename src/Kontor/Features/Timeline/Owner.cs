using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Timeline;

/// <summary>The kinds of record that have a timeline.</summary>
public enum OwnerType
{
    Deal,
    Contact,
    Company,
}

/// <summary>A record with a timeline: a deal, a contact or a company.</summary>
public readonly record struct Owner(OwnerType Type, long Id)
{
    public static Owner Deal(long id) => new(OwnerType.Deal, id);

    public static Owner Contact(long id) => new(OwnerType.Contact, id);

    public static Owner Company(long id) => new(OwnerType.Company, id);

    /// <summary>The owner type as stored in <see cref="TimelineEntry.OwnerType"/>.</summary>
    public string Code => Type switch
    {
        OwnerType.Deal => "deal",
        OwnerType.Contact => "contact",
        OwnerType.Company => "company",
        _ => throw new InvalidOperationException(),
    };

    public long? DealId => Type == OwnerType.Deal ? Id : null;

    public long? ContactId => Type == OwnerType.Contact ? Id : null;

    public long? CompanyId => Type == OwnerType.Company ? Id : null;

    /// <summary>Null when the user may open the record; its feature's 404 otherwise.</summary>
    public async Task<Error?> CheckAsync(KontorDb db, long userId, CancellationToken ct)
    {
        var id = Id;
        return Type switch
        {
            OwnerType.Deal => await DealAccess.CheckAsync(db, id, ct),
            OwnerType.Contact => await db.Set<Contact>().AnyAsync(c => c.Id == id, ct) ? null : CustomerErrors.ContactNotFound,
            OwnerType.Company => await db.Set<Company>().AnyAsync(c => c.Id == id, ct) ? null : CustomerErrors.CompanyNotFound,
            _ => throw new InvalidOperationException(),
        };
    }
}
