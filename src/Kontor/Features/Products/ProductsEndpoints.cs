using Kontor.Features.Access;

namespace Kontor.Features.Products;

public static class ProductsEndpoints
{
    public static RouteGroupBuilder MapProducts(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/api/v1/products").WithTags("Products").RequireAuthorization();
        products.MapGet("/", ListProducts.Handle);
        products.MapPost("/", CreateProduct.Handle).RequireRight(RequireRightExtensions.MayOnProducts(AccessAction.Add), ProductErrors.Forbidden);
        products.MapGet("/{id:long}", GetProduct.Handle).WithName(nameof(GetProduct));
        products.MapPatch("/{id:long}", UpdateProduct.Handle).RequireRight(RequireRightExtensions.MayOnProducts(AccessAction.Change), ProductErrors.Forbidden);
        products.MapDelete("/{id:long}", DeleteProduct.Handle).RequireRight(RequireRightExtensions.MayOnProducts(AccessAction.Delete), ProductErrors.Forbidden);
        return products;
    }
}
