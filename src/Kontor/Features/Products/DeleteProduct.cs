using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Products;

/// <summary>
/// Deletes a catalog product nobody uses. A product on deal rows is kept (deactivate it instead), so the catalog
/// link of those rows stays; the rows hold their own name and price either way.
/// </summary>
public static class DeleteProduct
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var product = await db.Set<Product>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return ProductErrors.NotFound.ToProblem();
        }

        if (!ETags.Matches(http.Request, product.Version))
        {
            return ProductErrors.PreconditionFailed.ToProblem();
        }

        if (await db.Set<DealProductRow>().AnyAsync(r => r.ProductId == id, ct))
        {
            return ProductErrors.InUse.ToProblem();
        }

        db.Remove(product);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}
