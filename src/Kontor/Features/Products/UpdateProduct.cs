using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Currencies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Products;

/// <summary>
/// PATCH: a JSON object with any writable fields (merge-patch). A present field is changed, <c>null</c> clears it where
/// it may be empty; unknown and read-only fields are refused. <c>If-Match</c> with a stale ETag is 412.
/// </summary>
public static class UpdateProduct
{
    public static async Task<Results<Ok<ProductResponse>, ProblemHttpResult>> Handle(
        long id, JsonElement body, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (product, error) = await RunAsync(db, id, body, version => ETags.Matches(http.Request, version), clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(product!.Version);
        return TypedResults.Ok(product);
    }

    /// <summary>The use case for every surface; <paramref name="versionMatches"/> is the caller's precondition on the version.</summary>
    public static async Task<(ProductResponse? Product, Error? Error)> RunAsync(
        KontorDb db, long id, JsonElement body, Func<int, bool> versionMatches, TimeProvider clock, CancellationToken ct)
    {
        var patch = Read(body);
        if (patch.Finish() is { } invalid)
        {
            return (null, invalid);
        }

        var product = await db.Set<Product>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null)
        {
            return (null, ProductErrors.NotFound);
        }

        if (!versionMatches(product.Version))
        {
            return (null, ProductErrors.PreconditionFailed);
        }

        var currencyBefore = product.CurrencyCode;
        patch.ApplyTo(product);
        if (product.CurrencyCode != currencyBefore && await ProductRules.CheckCurrencyAsync(db, product.CurrencyCode, ct) is { } currencyError)
        {
            return (null, currencyError);
        }

        if (db.ChangeTracker.HasChanges())
        {
            product.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
        }

        return (ProductResponse.From(product), null);
    }

    /// <summary>Reads a merge-patch body field by field, collecting every error with its field name.</summary>
    public static PatchReader<Product> Read(JsonElement body)
    {
        var patch = new PatchReader<Product>(body);
        patch.Text("name", ProductRules.NameLength, (p, v) => p.Name = v!, required: true);
        patch.Text("sku", ProductRules.SkuLength, (p, v) => p.Sku = v);

        // As on create, a description is kept as written; only a blank one is stored as absent.
        patch.RawText("description", ProductRules.DescriptionLength, (p, v) => p.Description = string.IsNullOrWhiteSpace(v) ? null : v);
        patch.Number("price", 0m, ProductRules.MaxPrice, (p, v) => p.Price = v, storable: true);
        patch.TextWhere("currency", CurrencyWrites.IsCode, (p, v) => p.CurrencyCode = v);
        patch.NumberOrNull("taxRate", 0m, 100m, (p, v) => p.TaxRate = v, storable: true);
        patch.Bool("taxIncluded", (p, v) => p.TaxIncluded = v);
        patch.Text("unit", ProductRules.UnitLength, (p, v) => p.Unit = v!, required: true);
        patch.Bool("isActive", (p, v) => p.IsActive = v);
        patch.WholeNumber("sort", -1_000_000, 1_000_000, (p, v) => p.Sort = v);
        patch.ReadOnly("id", "createdAt", "updatedAt", "version");
        return patch;
    }
}
