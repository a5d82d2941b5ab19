using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Customers;

public static class GetCompany
{
    public static async Task<Results<Ok<CompanyResponse>, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var company = await RunAsync(db, id, ct);
        if (company is null)
        {
            return CustomerErrors.CompanyNotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(company.Version);
        return TypedResults.Ok(company);
    }

    public static async Task<CompanyResponse?> RunAsync(KontorDb db, long id, CancellationToken ct)
    {
        var company = await db.Set<Company>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return company is null ? null : await CompanyResponse.From(company).WithIncompleteAsync(db, ct);
    }
}
