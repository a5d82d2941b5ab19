using Kontor.Common;

namespace Kontor.Features.Currencies;

public static class CurrencyErrors
{
    public static readonly Error NotFound = Error.NotFound("currencies", "currency");

    public static readonly Error Exists =
        new("currencies.exists", "A currency with this code exists already.", StatusCodes.Status409Conflict);

    public static readonly Error BaseRateFixed =
        new("currencies.base_rate_fixed", "The base currency's rate is always 1; make another currency the base to change the reference.");

    public static readonly Error BaseRequired =
        new("currencies.base_required", "There must be a base currency; make another currency the base instead.");

    public static readonly Error RateOutOfRange =
        new("currencies.rate_out_of_range", "Re-expressed against the new base, a currency's rate would leave the range a rate can hold.");

    public static readonly Error InUse =
        new("currencies.in_use", "Deals or products use this currency; change them first.", StatusCodes.Status409Conflict);

    public static readonly Error IsBase =
        new("currencies.base", "The base currency cannot be deleted; make another currency the base first.", StatusCodes.Status409Conflict);
}
