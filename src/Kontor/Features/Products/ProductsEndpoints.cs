namespace Kontor.Features.Products;

public static class ProductsEndpoints
{
    public static RouteGroupBuilder MapProducts(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/api/v1/products").WithTags("Products").RequireAuthorization();
        products.MapGet("/", ListProducts.Handle);
        products.MapPost("/", CreateProduct.Handle);
        products.MapGet("/{id:long}", GetProduct.Handle).WithName(nameof(GetProduct));
        products.MapPatch("/{id:long}", UpdateProduct.Handle);
        products.MapDelete("/{id:long}", DeleteProduct.Handle);
        return products;
    }
}
