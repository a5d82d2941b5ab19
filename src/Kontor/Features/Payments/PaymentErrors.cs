using Kontor.Common;

namespace Kontor.Features.Payments;

public static class PaymentErrors
{
    public static readonly Error NotFound = Error.NotFound("payments", "payment");

    public static readonly Error CurrencyNotFound = new("payments.currency_not_found", "The currency does not exist.");

    public static readonly Error PreconditionFailed =
        new("concurrency.precondition_failed", "The payment was changed meanwhile; read it again and retry.", StatusCodes.Status412PreconditionFailed);
}
