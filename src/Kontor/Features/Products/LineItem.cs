using Kontor.Common;

namespace Kontor.Features.Products;

public enum DiscountType
{
    /// <summary>No discount.</summary>
    None,

    /// <summary>A percentage of the unit price.</summary>
    Percent,

    /// <summary>An amount per unit, in the same terms as the entered price (gross when tax is included).</summary>
    Absolute,
}

/// <summary>What a user enters for a product row: a unit price (gross when tax is included, net otherwise), quantity, discount and tax.</summary>
public sealed record LineItemInput(
    decimal Price,
    decimal Quantity,
    DiscountType DiscountType,
    decimal DiscountValue,
    decimal? TaxRate,
    bool TaxIncluded);

/// <summary>
/// The four prices of a row (Bitrix24's model), per unit, plus row totals.
/// <c>PriceNetto</c> before discount without tax; <c>PriceBrutto</c> before discount with tax;
/// <c>PriceExclusive</c> after discount without tax; <c>Price</c> after discount with tax.
/// <c>DiscountSum</c> is the net discount per unit. Totals are rounded commercially to the currency's minor unit.
/// </summary>
public sealed record LineItem(
    decimal PriceNetto,
    decimal PriceBrutto,
    decimal DiscountRate,
    decimal DiscountSum,
    decimal PriceExclusive,
    decimal Price,
    decimal NetTotal,
    decimal TaxTotal,
    decimal Total)
{
    /// <summary>
    /// Exact decimal arithmetic; per-unit prices are kept to four decimals, totals are computed from the exact
    /// unit prices and rounded once. Tax-included rows are computed in gross terms so the entered price is kept exactly.
    /// </summary>
    public static LineItem Compute(LineItemInput input, int minorUnits)
    {
        var factor = 1m + (input.TaxRate ?? 0m) / 100m;
        var entered = input.Price;
        var discountEntered = input.DiscountType switch
        {
            DiscountType.Percent => entered * input.DiscountValue / 100m,
            DiscountType.Absolute => input.DiscountValue,
            _ => 0m,
        };
        var afterDiscount = entered - discountEntered;

        decimal netto, brutto, exclusive, price;
        if (input.TaxIncluded)
        {
            (brutto, price) = (entered, afterDiscount);
            (netto, exclusive) = (entered / factor, afterDiscount / factor);
        }
        else
        {
            (netto, exclusive) = (entered, afterDiscount);
            (brutto, price) = (entered * factor, afterDiscount * factor);
        }

        var total = Money.Round(price * input.Quantity, minorUnits);
        var netTotal = input.TaxIncluded
            ? Money.Round(total / factor, minorUnits)
            : Money.Round(exclusive * input.Quantity, minorUnits);
        var discountRate = input.DiscountType switch
        {
            DiscountType.Percent => input.DiscountValue,
            DiscountType.Absolute when entered != 0m => Money.RoundStored(discountEntered / entered * 100m),
            _ => 0m,
        };

        return new LineItem(
            Money.RoundStored(netto),
            Money.RoundStored(brutto),
            discountRate,
            Money.RoundStored(netto - exclusive),
            Money.RoundStored(exclusive),
            Money.RoundStored(price),
            netTotal,
            total - netTotal,
            total);
    }

    /// <summary>The largest unit price a row accepts.</summary>
    public const decimal MaxPrice = Money.MaxAmount / 1_000_000m;

    public const decimal MaxQuantity = 1_000_000_000m;

    /// <summary>True when the value has at most four decimals, the storage precision, so it reads back as written.</summary>
    public static bool IsStorable(decimal value) => value == Money.RoundStored(value);

    /// <summary>Validates what a row may hold; returns field errors keyed by the given path prefix.</summary>
    public static Dictionary<string, string[]> Validate(LineItemInput input, string path)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.Quantity <= 0m)
        {
            errors[$"{path}.quantity"] = ["Quantity must be greater than zero."];
        }
        else if (input.Quantity > MaxQuantity)
        {
            errors[$"{path}.quantity"] = ["Quantity is too large."];
        }
        else if (!IsStorable(input.Quantity))
        {
            errors[$"{path}.quantity"] = ["Quantity has more than four decimal places."];
        }

        if (input.Price < 0m || input.Price > MaxPrice)
        {
            errors[$"{path}.price"] = ["Price must be between 0 and 100,000,000."];
        }
        else if (!IsStorable(input.Price))
        {
            errors[$"{path}.price"] = ["Price has more than four decimal places."];
        }

        if (input.TaxRate is < 0m or > 100m)
        {
            errors[$"{path}.taxRate"] = ["Tax rate must be between 0 and 100 percent."];
        }
        else if (input.TaxRate is { } taxRate && !IsStorable(taxRate))
        {
            errors[$"{path}.taxRate"] = ["Tax rate has more than four decimal places."];
        }

        switch (input.DiscountType)
        {
            case DiscountType.Percent when input.DiscountValue is < 0m or > 100m:
                errors[$"{path}.discountValue"] = ["A percent discount must be between 0 and 100."];
                break;
            case DiscountType.Absolute when input.DiscountValue < 0m || input.DiscountValue > input.Price:
                errors[$"{path}.discountValue"] = ["An absolute discount must be between 0 and the price."];
                break;
            case DiscountType.None when input.DiscountValue != 0m:
                errors[$"{path}.discountValue"] = ["A discount value needs a discount type."];
                break;
            case DiscountType.Percent or DiscountType.Absolute when !IsStorable(input.DiscountValue):
                errors[$"{path}.discountValue"] = ["A discount has at most four decimal places."];
                break;
            default:
                break;
        }

        // The row total is stored as fixed point in a long; a larger total would not fit and must be refused here.
        if (errors.Count == 0 && Compute(input, 4).Total > Money.MaxAmount)
        {
            errors[$"{path}.quantity"] = ["Quantity times price exceeds the largest amount a row can hold."];
        }

        return errors;
    }
}
