using Kontor.Common;

namespace Kontor.Features.Deals;

public static class DealErrors
{
    public static readonly Error NotFound = Error.NotFound("deals", "deal");

    public static readonly Error StageOfAnotherPipeline =
        new("deals.stage_of_another_pipeline", "The stage belongs to another pipeline than the deal.");

    public static readonly Error StageNotFound =
        new("deals.stage_not_found", "The stage does not exist.");

    public static readonly Error PipelineNotFound =
        new("deals.pipeline_not_found", "The pipeline does not exist.");

    public static readonly Error CompanyNotFound = new("deals.company_not_found", "The company does not exist.");

    public static readonly Error ContactNotFound = new("deals.contact_not_found", "One of the contacts does not exist.");

    public static readonly Error UserNotFound = new("deals.user_not_found", "The responsible user or an observer does not exist or is deactivated.");

    public static readonly Error CurrencyNotFound = new("deals.currency_not_found", "The currency does not exist.");

    public static readonly Error ProductNotFound = new("deals.product_not_found", "One of the catalog products does not exist.");

    public static readonly Error PreconditionFailed =
        new("concurrency.precondition_failed", "The deal was changed meanwhile; read it again and retry.", StatusCodes.Status412PreconditionFailed);

    public static readonly Error Conflict =
        new("concurrency.conflict", "The deal was changed by someone else meanwhile; read it again and retry.", StatusCodes.Status409Conflict);
}
