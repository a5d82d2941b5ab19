using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Products;

public static class GetProduct
{
    public static async Task<Results<Ok<ProductResponse>, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var product = await db.Set<Product>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return ProductErrors.NotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(product.Version);
        return TypedResults.Ok(ProductResponse.From(product));
    }
}
