using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Customers;

/// <summary>Deletes a company. The database unlinks it from its contacts and clears it on its deals; both stay.</summary>
public static class DeleteCompany
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var company = await db.Set<Company>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (company is null)
        {
            return CustomerErrors.CompanyNotFound.ToProblem();
        }

        if (!ETags.Matches(http.Request, company.Version))
        {
            return CustomerErrors.PreconditionFailed.ToProblem();
        }

        db.Remove(company);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
