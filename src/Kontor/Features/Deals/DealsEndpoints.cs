namespace Kontor.Features.Deals;

public static class DealsEndpoints
{
    public static RouteGroupBuilder MapDeals(this IEndpointRouteBuilder app)
    {
        var deals = app.MapGroup("/api/v1/deals").WithTags("Deals").RequireAuthorization();
        deals.MapGet("/", ListDeals.Handle).WithDescription(CustomFields.CustomFieldFilter.Description);
        deals.MapGet("/export", ExportDeals.Handle).WithDescription("The list's filters and sort, as CSV (semicolons, UTF-8 with BOM); needs the export right.");
        deals.MapPost("/", CreateDeal.Handle);
        deals.MapGet("/{id:long}", GetDeal.Handle).WithName(nameof(GetDeal));
        deals.MapPatch("/{id:long}", UpdateDeal.Handle);
        deals.MapDelete("/{id:long}", DeleteDeal.Handle);
        deals.MapGet("/{id:long}/products", DealProducts.Get);
        deals.MapPut("/{id:long}/products", DealProducts.Put);

        var board = app.MapGroup("/api/v1/pipelines/{id:long}/board").WithTags("Board").RequireAuthorization();
        board.MapGet("/", GetBoard.Handle);
        board.MapGet("/stages/{stageId:long}", GetBoard.More);
        return deals;
    }
}
