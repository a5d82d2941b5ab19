using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
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
        var (apply, invalid) = Parse(body);
        if (invalid is not null)
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
        apply!(product);
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

    private static readonly HashSet<string> ReadOnly = ["id", "createdAt", "updatedAt", "version"];

    /// <summary>Reads a merge-patch body field by field, collecting every error with its field name.</summary>
    public static (Action<Product>? Apply, Error? Error) Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, Error.Validation("$", "The body must be a JSON object."));
        }

        var errors = new Dictionary<string, string[]>();
        var changes = new List<Action<Product>>();
        foreach (var p in body.EnumerateObject())
        {
            var v = p.Value;
            bool ok;
            switch (p.Name)
            {
                case "name":
                    ok = Text(v, 1, ProductRules.NameLength, nullable: false, out var name);
                    changes.Add(x => x.Name = name!.Trim());
                    break;
                case "sku":
                    ok = Text(v, 0, ProductRules.SkuLength, nullable: true, out var sku);
                    changes.Add(x => x.Sku = ProductRules.OrNull(sku));
                    break;
                case "description":
                    ok = Text(v, 0, ProductRules.DescriptionLength, nullable: true, out var description);
                    changes.Add(x => x.Description = string.IsNullOrWhiteSpace(description) ? null : description);
                    break;
                case "price":
                    ok = Amount(v, ProductRules.MaxPrice, out var price);
                    changes.Add(x => x.Price = price);
                    break;
                case "currency":
                    ok = Text(v, 3, 3, nullable: false, out var currency) && currency!.All(char.IsAsciiLetterUpper);
                    changes.Add(x => x.CurrencyCode = currency!);
                    break;
                case "taxRate":
                    decimal rate = 0;
                    ok = v.ValueKind == JsonValueKind.Null || Amount(v, 100m, out rate);
                    var taxRate = v.ValueKind == JsonValueKind.Null ? (decimal?)null : rate;
                    changes.Add(x => x.TaxRate = taxRate);
                    break;
                case "taxIncluded":
                    ok = v.ValueKind is JsonValueKind.True or JsonValueKind.False;
                    var taxIncluded = ok && v.GetBoolean();
                    changes.Add(x => x.TaxIncluded = taxIncluded);
                    break;
                case "unit":
                    ok = Text(v, 1, ProductRules.UnitLength, nullable: false, out var unit);
                    changes.Add(x => x.Unit = unit!.Trim());
                    break;
                case "isActive":
                    ok = v.ValueKind is JsonValueKind.True or JsonValueKind.False;
                    var isActive = ok && v.GetBoolean();
                    changes.Add(x => x.IsActive = isActive);
                    break;
                case "sort":
                    ok = v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var sort) && sort is >= -1_000_000 and <= 1_000_000;
                    var sortValue = ok ? v.GetInt32() : 0;
                    changes.Add(x => x.Sort = sortValue);
                    break;
                default:
                    errors[p.Name] = [ReadOnly.Contains(p.Name) ? "This field is read-only." : "This field is unknown."];
                    continue;
            }

            if (!ok)
            {
                errors[p.Name] = ["The value has the wrong type or is out of range."];
            }
        }

        return errors.Count > 0
            ? (null, Error.Validation(errors))
            : (product => changes.ForEach(change => change(product)), null);
    }

    private static bool Text(JsonElement v, int min, int max, bool nullable, out string? value)
    {
        value = v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (v.ValueKind == JsonValueKind.Null)
        {
            return nullable;
        }

        return value is not null && value.Trim().Length >= min && value.Length <= max;
    }

    /// <summary>A number from 0 to <paramref name="max"/> with at most four decimals (the storage precision).</summary>
    private static bool Amount(JsonElement v, decimal max, out decimal value)
    {
        value = 0;
        return v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out value) && value >= 0m && value <= max && LineItem.IsStorable(value);
    }
}
