namespace Kontor.Features.Currencies;

public static class CurrenciesEndpoints
{
    public static RouteGroupBuilder MapCurrencies(this IEndpointRouteBuilder app)
    {
        var currencies = app.MapGroup("/api/v1/currencies").WithTags("Currencies").RequireAuthorization();
        currencies.MapGet("/", ListCurrencies.Handle);
        currencies.MapPost("/", CreateCurrency.Handle);
        currencies.MapGet("/{code}", GetCurrency.Handle).WithName(nameof(GetCurrency));
        currencies.MapPatch("/{code}", UpdateCurrency.Handle);
        currencies.MapDelete("/{code}", DeleteCurrency.Handle);
        return currencies;
    }
}
