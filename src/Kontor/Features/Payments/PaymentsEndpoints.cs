namespace Kontor.Features.Payments;

public static class PaymentsEndpoints
{
    public static RouteGroupBuilder MapPayments(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Payments").RequireAuthorization();
        api.MapPost("/deals/{id:long}/payments", RecordPayment.Handle);
        api.MapGet("/deals/{id:long}/payments", RecordPayment.List);
        api.MapGet("/payments/{id:long}", RecordPayment.Get);
        api.MapPatch("/payments/{id:long}", RecordPayment.Patch);
        api.MapDelete("/payments/{id:long}", RecordPayment.Delete);
        return api;
    }
}
