using Kontor.Common;

namespace Kontor.Features.Products;

public static class ProductErrors
{
    public static readonly Error NotFound = Error.NotFound("products", "product");

    public static readonly Error Forbidden =
        new("products.forbidden", "Your role does not allow changing the product catalog.", StatusCodes.Status403Forbidden);

    public static readonly Error CurrencyNotFound = new("products.currency_not_found", "The currency does not exist.");

    public static readonly Error InUse = new(
        "products.in_use",
        "Deal rows use this product, so it cannot be deleted; deactivate it instead (isActive: false). The rows keep their own name and price.",
        StatusCodes.Status409Conflict);

    public static readonly Error PreconditionFailed = new(
        "concurrency.precondition_failed", "The product was changed meanwhile; read it again and retry.", StatusCodes.Status412PreconditionFailed);
}
