using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Currencies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Products;

public static class CreateProduct
{
    public sealed record Request
    {
        [Required, StringLength(ProductRules.NameLength, MinimumLength = 1)]
        public string Name { get; init; } = "";

        [StringLength(ProductRules.SkuLength)]
        public string? Sku { get; init; }

        [StringLength(ProductRules.DescriptionLength)]
        public string? Description { get; init; }

        /// <summary>Per unit: gross when <c>taxIncluded</c>, net otherwise.</summary>
        [Required, Range(typeof(decimal), "0", "100000000")]
        public decimal? Price { get; init; }

        /// <summary>Defaults to the base currency.</summary>
        [RegularExpression("^[A-Z]{3}$")]
        public string? Currency { get; init; }

        /// <summary>Tax rate in percent; leave it out for a product without tax.</summary>
        [Range(typeof(decimal), "0", "100")]
        public decimal? TaxRate { get; init; }

        public bool? TaxIncluded { get; init; }

        /// <summary>Defaults to <c>pcs</c>.</summary>
        [StringLength(ProductRules.UnitLength, MinimumLength = 1)]
        public string? Unit { get; init; }

        public bool? IsActive { get; init; }

        [Range(-1_000_000, 1_000_000)]
        public int? Sort { get; init; }
    }

    public static async Task<Results<CreatedAtRoute<ProductResponse>, ProblemHttpResult>> Handle(
        Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (product, error) = await RunAsync(db, request, clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(product!.Version);
        return TypedResults.CreatedAtRoute(ProductResponse.From(product), nameof(GetProduct), new { id = product.Id });
    }

    /// <summary>The use case, for every surface that adds catalog products.</summary>
    public static async Task<(Product? Product, Error? Error)> RunAsync(KontorDb db, Request request, TimeProvider clock, CancellationToken ct)
    {
        var errors = ProductRules.CheckPrecision(request.Price, request.TaxRate);
        if (request.Unit is { } unit && string.IsNullOrWhiteSpace(unit))
        {
            errors["unit"] = ["The unit must not be blank."];
        }

        if (errors.Count > 0)
        {
            return (null, Error.Validation(errors));
        }

        var currency = request.Currency ?? (await CurrencyRates.LoadAsync(db, ct)).Base.Code;
        if (await ProductRules.CheckCurrencyAsync(db, currency, ct) is { } currencyError)
        {
            return (null, currencyError);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var product = new Product
        {
            Name = request.Name.Trim(),
            Sku = InputText.OrNull(request.Sku),
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description,
            Price = request.Price!.Value,
            CurrencyCode = currency,
            TaxRate = request.TaxRate,
            TaxIncluded = request.TaxIncluded ?? false,
            Unit = request.Unit?.Trim() ?? "pcs",
            IsActive = request.IsActive ?? true,
            Sort = request.Sort ?? 100,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(product);
        await db.SaveChangesAsync(ct);
        return (product, null);
    }
}
