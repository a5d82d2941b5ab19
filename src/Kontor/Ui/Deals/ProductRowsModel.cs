using Kontor.Common;
using Kontor.Features.Deals;
using Kontor.Features.Products;

namespace Kontor.Ui.Deals;

/// <summary>How a row's discount is entered: a percentage or an amount per unit.</summary>
public enum DiscountMode
{
    Percent,
    Absolute,
}

/// <summary>One row as the grid edits it, before it is saved.</summary>
public sealed class ProductRowDraft
{
    public long? ProductId { get; set; }

    public string Name { get; set; } = "";

    public decimal Quantity { get; set; } = 1m;

    public string Unit { get; set; } = "pcs";

    /// <summary>Unit price before discount: gross when <see cref="TaxIncluded"/>, net otherwise.</summary>
    public decimal Price { get; set; }

    public DiscountMode DiscountMode { get; set; }

    public decimal Discount { get; set; }

    public decimal? TaxRate { get; set; }

    public bool TaxIncluded { get; set; }

    public LineItemInput ToLineItem() => new(Price, Quantity, DiscountType, Discount, TaxRate, TaxIncluded);

    /// <summary>A zero discount is no discount, whatever mode is shown.</summary>
    public DiscountType DiscountType => Discount == 0m
        ? DiscountType.None
        : DiscountMode == DiscountMode.Percent ? DiscountType.Percent : DiscountType.Absolute;

    public DealProducts.RowInput ToInput() => new()
    {
        ProductId = ProductId,
        Name = Name.Trim(),
        Price = Price,
        Quantity = Quantity,
        Unit = string.IsNullOrWhiteSpace(Unit) ? "pcs" : Unit.Trim(),
        DiscountType = DiscountType,
        DiscountValue = DiscountType == DiscountType.None ? 0m : Discount,
        TaxRate = TaxRate,
        TaxIncluded = TaxIncluded,
    };

    public static ProductRowDraft From(DealProducts.RowResponse r) => new()
    {
        ProductId = r.ProductId,
        Name = r.Name,
        Quantity = r.Quantity,
        Unit = r.Unit,
        Price = r.Price,
        DiscountMode = r.DiscountType == DiscountType.Absolute ? DiscountMode.Absolute : DiscountMode.Percent,
        Discount = r.DiscountType == DiscountType.None ? 0m : r.DiscountValue,
        TaxRate = r.TaxRate,
        TaxIncluded = r.TaxIncluded,
    };

    /// <summary>A row for a catalog product; the price is already in the deal's currency.</summary>
    public static ProductRowDraft For(ProductResponse product, decimal priceInDealCurrency) => new()
    {
        ProductId = product.Id,
        Name = product.Name,
        Unit = product.Unit,
        Price = priceInDealCurrency,
        TaxRate = product.TaxRate,
        TaxIncluded = product.TaxIncluded,
    };

    public ProductRowDraft Copy() => (ProductRowDraft)MemberwiseClone();

    public bool SameAs(ProductRowDraft other) =>
        ProductId == other.ProductId && Name == other.Name && Quantity == other.Quantity && Unit == other.Unit &&
        Price == other.Price && DiscountType == other.DiscountType && (DiscountType == DiscountType.None || Discount == other.Discount) &&
        TaxRate == other.TaxRate && TaxIncluded == other.TaxIncluded;
}

/// <summary>
/// The product grid of a deal: editable rows, each row's totals and the running totals, computed by the same
/// <see cref="LineItem"/> math and rounding the server stores, so the preview is what saving gives.
/// </summary>
public sealed class ProductRowsModel
{
    private List<ProductRowDraft> _saved;

    public ProductRowsModel(IEnumerable<DealProducts.RowResponse> rows, int minorUnits)
    {
        MinorUnits = minorUnits;
        Rows = rows.OrderBy(r => r.Sort).ThenBy(r => r.Id).Select(ProductRowDraft.From).ToList();
        _saved = Rows.Select(r => r.Copy()).ToList();
    }

    public List<ProductRowDraft> Rows { get; }

    public int MinorUnits { get; }

    public bool IsDirty => Rows.Count != _saved.Count || Rows.Where((r, i) => !r.SameAs(_saved[i])).Any();

    public ProductRowDraft AddFree(string name = "")
    {
        var row = new ProductRowDraft { Name = name };
        Rows.Add(row);
        return row;
    }

    public void Remove(ProductRowDraft row) => Rows.Remove(row);

    /// <summary>Field errors of one row, keyed like the server's (<c>quantity</c>, <c>price</c>, <c>discountValue</c>, <c>taxRate</c>, <c>name</c>).</summary>
    public IReadOnlyDictionary<string, string[]> Errors(ProductRowDraft row)
    {
        var errors = LineItem.Validate(row.ToLineItem(), "row")
            .ToDictionary(e => e.Key["row.".Length..], e => e.Value);
        if (string.IsNullOrWhiteSpace(row.Name))
        {
            errors["name"] = ["A free-text row needs a name."];
        }

        return errors;
    }

    public bool IsValid => Rows.All(r => Errors(r).Count == 0);

    /// <summary>The row's totals, or null while it holds values the server would refuse.</summary>
    public LineItem? Compute(ProductRowDraft row) =>
        LineItem.Validate(row.ToLineItem(), "row").Count == 0 ? LineItem.Compute(row.ToLineItem(), MinorUnits) : null;

    /// <summary>Net, tax and total over the rows that can be computed; the total is what the deal amount follows.</summary>
    public (decimal Net, decimal Tax, decimal Total) Totals
    {
        get
        {
            var items = Rows.Select(Compute).OfType<LineItem>().ToList();
            return (items.Sum(i => i.NetTotal), items.Sum(i => i.TaxTotal), items.Sum(i => i.Total));
        }
    }

    public IReadOnlyList<DealProducts.RowInput> ToInputs() => Rows.Select(r => r.ToInput()).ToList();

    /// <summary>Takes the saved state as the new baseline (after a successful save).</summary>
    public void MarkSaved() => _saved = Rows.Select(r => r.Copy()).ToList();

    /// <summary>The price of a catalog product in the deal's currency, as the server converts it.</summary>
    public static decimal ConvertPrice(decimal price, string from, string to, Features.Currencies.CurrencyRates rates) =>
        Money.RoundStored(rates.ConvertExact(price, from, to));
}
