using Kontor.Common;

namespace Kontor.Features.Customers;

public static class CustomerErrors
{
    public static readonly Error CompanyNotFound = Error.NotFound("companies", "company");

    public static readonly Error ContactNotFound = Error.NotFound("contacts", "contact");

    public static readonly Error CompanyUserNotFound =
        new("companies.user_not_found", "The responsible user does not exist or is deactivated.");

    public static readonly Error ContactUserNotFound =
        new("contacts.user_not_found", "The responsible user does not exist or is deactivated.");

    public static readonly Error ContactCompanyNotFound =
        new("contacts.company_not_found", "One of the companies does not exist.");

    public static readonly Error PreconditionFailed =
        new("concurrency.precondition_failed", "The record was changed meanwhile; read it again and retry.", StatusCodes.Status412PreconditionFailed);
}
