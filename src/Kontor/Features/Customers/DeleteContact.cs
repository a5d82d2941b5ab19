using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Customers;

/// <summary>Deletes a contact. The database removes its company and deal links; the deals stay.</summary>
public static class DeleteContact
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var contact = await db.Set<Contact>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (contact is null)
        {
            return CustomerErrors.ContactNotFound.ToProblem();
        }

        if (!ETags.Matches(http.Request, contact.Version))
        {
            return CustomerErrors.PreconditionFailed.ToProblem();
        }

        db.Remove(contact);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
