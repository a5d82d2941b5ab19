namespace Kontor.Features.Deliveries;

public static class DeliveriesEndpoints
{
    public static RouteGroupBuilder MapDeliveries(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Deliveries").RequireAuthorization();
        api.MapPost("/deals/{id:long}/deliveries", RecordDelivery.Handle);
        api.MapGet("/deals/{id:long}/deliveries", RecordDelivery.List);
        api.MapGet("/deliveries/{id:long}", RecordDelivery.Get);
        api.MapPatch("/deliveries/{id:long}", RecordDelivery.Patch);
        api.MapDelete("/deliveries/{id:long}", RecordDelivery.Delete);
        return api;
    }
}
