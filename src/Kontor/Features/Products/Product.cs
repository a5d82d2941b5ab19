using Kontor.Common;

namespace Kontor.Features.Products;

/// <summary>A catalog item. Its price is per unit, with or without tax as <see cref="TaxIncluded"/> says.</summary>
public sealed class Product : IVersioned
{
    public long Id { get; private set; }

    public string Name { get; set; } = "";

    public string? Sku { get; set; }

    public string? Description { get; set; }

    public decimal Price { get; set; }

    public string CurrencyCode { get; set; } = "EUR";

    /// <summary>Tax rate in percent; null when the product carries no tax.</summary>
    public decimal? TaxRate { get; set; }

    public bool TaxIncluded { get; set; }

    public string Unit { get; set; } = "pcs";

    public bool IsActive { get; set; } = true;

    public int Sort { get; set; } = 100;

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; private set; } = 1;

    public void BumpVersion() => Version++;
}
