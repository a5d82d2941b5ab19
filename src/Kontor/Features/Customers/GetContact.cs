using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Customers;

public static class GetContact
{
    public static async Task<Results<Ok<ContactResponse>, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var contact = await RunAsync(db, id, ct);
        if (contact is null)
        {
            return CustomerErrors.ContactNotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(contact.Version);
        return TypedResults.Ok(contact);
    }

    public static async Task<ContactResponse?> RunAsync(KontorDb db, long id, CancellationToken ct)
    {
        var contact = await db.Set<Contact>().AsNoTracking().Include(c => c.Companies).AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        return contact is null ? null : await ContactResponse.From(contact).WithIncompleteAsync(db, ct);
    }
}
