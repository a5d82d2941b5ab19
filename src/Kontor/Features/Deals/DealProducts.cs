using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Currencies;
using Kontor.Features.Products;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Deals;

/// <summary>Reads and replaces a deal's product rows; the amount and tax follow the rows unless the amount is manual.</summary>
public static class DealProducts
{
    public sealed record RowInput
    {
        /// <summary>A catalog product; its name, price, tax and unit are the defaults of the row.</summary>
        public long? ProductId { get; init; }

        [StringLength(255)]
        public string? Name { get; init; }

        /// <summary>Unit price before discount: gross when <c>taxIncluded</c>, net otherwise. Defaults to the catalog price.</summary>
        public decimal? Price { get; init; }

        public decimal Quantity { get; init; } = 1m;

        [StringLength(20)]
        public string? Unit { get; init; }

        public DiscountType DiscountType { get; init; }

        public decimal DiscountValue { get; init; }

        public decimal? TaxRate { get; init; }

        public bool? TaxIncluded { get; init; }
    }

    public sealed record PutRequest
    {
        [Required, MaxLength(500)]
        public IReadOnlyList<RowInput> Rows { get; init; } = [];
    }

    public sealed record RowResponse(
        long Id, long? ProductId, string Name, decimal Quantity, string Unit, decimal Price, DiscountType DiscountType,
        decimal DiscountValue, decimal DiscountRate, decimal DiscountSum, decimal? TaxRate, bool TaxIncluded,
        decimal PriceNetto, decimal PriceBrutto, decimal PriceExclusive, decimal PriceFinal, decimal NetTotal, decimal TaxTotal,
        decimal Total, int Sort)
    {
        public static RowResponse From(DealProductRow r) => new(
            r.Id, r.ProductId, r.Name, r.Quantity, r.Unit, r.EnteredPrice, r.DiscountType, r.DiscountValue, r.DiscountRate,
            r.DiscountSum, r.TaxRate, r.TaxIncluded, r.PriceNetto, r.PriceBrutto, r.PriceExclusive, r.Price, r.NetTotal,
            r.TaxTotal, r.Total, r.Sort);
    }

    public sealed record ProductsResponse(DealResponse Deal, IReadOnlyList<RowResponse> Rows);

    public static async Task<Results<Ok<ProductsResponse>, ProblemHttpResult>> Get(long id, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var deal = await db.LoadDealAsync(id, ct, withRows: true);
        if (deal is null)
        {
            return DealErrors.NotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(deal.Version);
        return TypedResults.Ok(await RespondAsync(db, deal, clock, ct));
    }

    public static async Task<Results<Ok<ProductsResponse>, ProblemHttpResult>> Put(
        long id, PutRequest request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var deal = await db.LoadDealAsync(id, ct, withRows: true);
        if (deal is null)
        {
            return DealErrors.NotFound.ToProblem();
        }

        if (!ETags.Matches(http.Request, deal.Version))
        {
            return DealErrors.PreconditionFailed.ToProblem();
        }

        if (await RunAsync(db, deal, request.Rows, http.User.Id(), clock, ct) is { } error)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(deal.Version);
        return TypedResults.Ok(await RespondAsync(db, deal, clock, ct));
    }

    /// <summary>Replaces the rows of a loaded deal (with its rows) and saves; the amount follows unless manual.</summary>
    public static async Task<Error?> RunAsync(KontorDb db, Deal deal, IReadOnlyList<RowInput> inputs, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (!db.Access.Allows(AccessAction.Change, deal))
        {
            return DealAccess.Forbidden;
        }

        var rows = await BuildRowsAsync(db, inputs, deal.CurrencyCode, ct);
        if (rows.Error is { } error)
        {
            return error;
        }

        deal.ReplaceProductRows(rows.Rows!, userId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static async Task<ProductsResponse> RespondAsync(KontorDb db, Deal deal, TimeProvider clock, CancellationToken ct)
    {
        var response = Respond(deal);
        return response with { Deal = await response.Deal.WithActivitiesAsync(db, clock, ct) };
    }

    public static ProductsResponse Respond(Deal deal) =>
        new(DealResponse.From(deal), deal.ProductRows.OrderBy(r => r.Sort).ThenBy(r => r.Id).Select(RowResponse.From).ToList());

    /// <summary>Validates row inputs, fills defaults from the catalog (converted into the deal's currency) and computes the four prices.</summary>
    public static async Task<(IReadOnlyList<DealProductRow>? Rows, Error? Error)> BuildRowsAsync(
        KontorDb db, IReadOnlyList<RowInput> inputs, string dealCurrency, CancellationToken ct)
    {
        var productIds = inputs.Where(r => r.ProductId is not null).Select(r => r.ProductId!.Value).Distinct().ToList();
        var products = productIds.Count == 0
            ? []
            : await db.Set<Product>().AsNoTracking().Where(p => productIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        if (products.Count != productIds.Count)
        {
            return (null, DealErrors.ProductNotFound);
        }

        var rates = await CurrencyRates.LoadAsync(db, ct);
        var minorUnits = rates.MinorUnits(dealCurrency);
        var errors = new Dictionary<string, string[]>();
        var rows = new List<DealProductRow>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var path = $"rows[{i}]";
            var product = input.ProductId is { } pid ? products[pid] : null;
            var name = input.Name ?? product?.Name;
            if (string.IsNullOrWhiteSpace(name))
            {
                errors[$"{path}.name"] = ["A free-text row needs a name."];
                continue;
            }

            var price = input.Price ?? (product is null ? null : ConvertPrice(product, dealCurrency, rates));
            if (price is null)
            {
                errors[$"{path}.price"] = ["A free-text row needs a price."];
                continue;
            }

            var line = new LineItemInput(
                price.Value, input.Quantity, input.DiscountType, input.DiscountValue,
                input.TaxRate ?? product?.TaxRate, input.TaxIncluded ?? product?.TaxIncluded ?? false);
            var rowErrors = LineItem.Validate(line, path);
            if (rowErrors.Count > 0)
            {
                foreach (var (k, v) in rowErrors)
                {
                    errors[k] = v;
                }

                continue;
            }

            rows.Add(DealProductRow.From(product?.Id, name.Trim(), input.Unit ?? product?.Unit ?? "pcs", i, line, minorUnits));
        }

        if (errors.Count == 0 && rows.Sum(r => r.Total) > Money.MaxAmount)
        {
            errors["rows"] = ["The rows add up to more than the largest amount a deal can hold."];
        }

        return errors.Count > 0 ? (null, Error.Validation(errors)) : (rows, null);
    }

    private static decimal ConvertPrice(Product product, string dealCurrency, CurrencyRates rates) =>
        Money.RoundStored(rates.ConvertExact(product.Price, product.CurrencyCode, dealCurrency));
}
