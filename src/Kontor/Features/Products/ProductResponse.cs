namespace Kontor.Features.Products;

public sealed record ProductResponse(
    long Id,
    string Name,
    string? Sku,
    string? Description,
    decimal Price,
    string Currency,
    decimal? TaxRate,
    bool TaxIncluded,
    string Unit,
    bool IsActive,
    int Sort,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    int Version)
{
    public static ProductResponse From(Product p) => new(
        p.Id, p.Name, p.Sku, p.Description, p.Price, p.CurrencyCode, p.TaxRate, p.TaxIncluded, p.Unit, p.IsActive, p.Sort,
        p.CreatedAt, p.UpdatedAt, p.Version);
}
