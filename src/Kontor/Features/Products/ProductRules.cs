using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Currencies;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Products;

/// <summary>Rules that create and update share: limits of a catalog entry and the currency it is priced in.</summary>
public static class ProductRules
{
    /// <summary>The largest unit price, the same a deal row accepts, so every catalog price can be put on a deal.</summary>
    public const decimal MaxPrice = LineItem.MaxPrice;

    public const int NameLength = 255;

    public const int SkuLength = 100;

    public const int DescriptionLength = 10_000;

    public const int UnitLength = 20;

    public static async Task<Error?> CheckCurrencyAsync(KontorDb db, string currency, CancellationToken ct) =>
        await db.Set<Currency>().AnyAsync(c => c.Code == currency, ct) ? null : ProductErrors.CurrencyNotFound;

    /// <summary>Amounts are stored with four decimals; a value with more would not read back as written.</summary>
    public static Dictionary<string, string[]> CheckPrecision(decimal? price, decimal? taxRate)
    {
        var errors = new Dictionary<string, string[]>();
        if (price is { } p && !LineItem.IsStorable(p))
        {
            errors["price"] = ["The price has more than four decimal places."];
        }

        if (taxRate is { } t && !LineItem.IsStorable(t))
        {
            errors["taxRate"] = ["The tax rate has more than four decimal places."];
        }

        return errors;
    }
}
