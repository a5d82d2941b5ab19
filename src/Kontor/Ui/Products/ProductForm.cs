using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kontor.Common;
using Kontor.Features.Products;

namespace Kontor.Ui.Products;

/// <summary>Which catalog entries the list shows.</summary>
public enum ProductListStatus
{
    Active,
    Inactive,
    All,
}

/// <summary>
/// A catalog product while it is edited. It writes the merge-patch body the API takes, so the slice's own reader checks
/// the fields (<see cref="Validate"/>) before anything is written, for a new product as for a changed one.
/// </summary>
public sealed class ProductForm
{
    public string Name { get; set; } = "";

    public string? Sku { get; set; }

    public string? Description { get; set; }

    public decimal? Price { get; set; }

    public string Currency { get; set; } = "EUR";

    public decimal? TaxRate { get; set; } = 19m;

    public bool TaxIncluded { get; set; }

    public string Unit { get; set; } = "pcs";

    public static ProductForm New(string baseCurrency) => new() { Currency = baseCurrency };

    public static ProductForm From(ProductResponse p) => new()
    {
        Name = p.Name,
        Sku = p.Sku,
        Description = p.Description,
        Price = p.Price,
        Currency = p.Currency,
        TaxRate = p.TaxRate,
        TaxIncluded = p.TaxIncluded,
        Unit = p.Unit,
    };

    public static bool? ActiveFilter(ProductListStatus status) => status switch
    {
        ProductListStatus.Active => true,
        ProductListStatus.Inactive => false,
        ProductListStatus.All => null,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public JsonElement ToPatch() => JsonSerializer.SerializeToElement(new JsonObject
    {
        ["name"] = Name,
        ["sku"] = Sku,
        ["description"] = Description,
        ["price"] = Price,
        ["currency"] = Currency,
        ["taxRate"] = TaxRate,
        ["taxIncluded"] = TaxIncluded,
        ["unit"] = Unit,
    });

    /// <summary>The fields' refusals, keyed like the API's (<c>price</c>, <c>taxRate</c>, ...), or null when they are fine.</summary>
    public Error? Validate()
    {
        var error = UpdateProduct.Read(ToPatch()).Finish();
        var errors = new Dictionary<string, string[]>(error?.Fields ?? new Dictionary<string, string[]>());
        if (Price is null)
        {
            errors["price"] = ["A price is required."];
        }

        foreach (var (field, messages) in ProductRules.CheckPrecision(Price, TaxRate))
        {
            errors[field] = messages;
        }

        return errors.Count > 0 ? Error.Validation(errors) : null;
    }

    public CreateProduct.Request ToCreateRequest() => new()
    {
        Name = Name.Trim(),
        Sku = Sku,
        Description = Description,
        Price = Price,
        Currency = Currency,
        TaxRate = TaxRate,
        TaxIncluded = TaxIncluded,
        Unit = Unit.Trim(),
    };

    /// <summary>"19 % zzgl." style text for the list: the rate and whether the price includes it.</summary>
    public static string TaxText(decimal? rate, bool included, string includedWord, string addedWord) =>
        rate is { } r ? string.Create(CultureInfo.CurrentCulture, $"{r:0.##} % {(included ? includedWord : addedWord)}") : "—";
}
