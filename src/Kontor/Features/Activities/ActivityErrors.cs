using Kontor.Common;

namespace Kontor.Features.Activities;

public static class ActivityErrors
{
    public static readonly Error NotFound = Error.NotFound("activities", "activity");

    public static readonly Error CallNotFound = Error.NotFound("calls", "call");

    public static readonly Error EmailNotFound = Error.NotFound("emails", "e-mail");

    public static readonly Error NotPlanned =
        new("activities.not_planned", "The activity is done or cancelled already; only planned activities change.", StatusCodes.Status409Conflict);

    public static readonly Error UserNotFound =
        new("activities.user_not_found", "The responsible user does not exist or is deactivated.");

    public static readonly Error ContactNotFound =
        new("activities.contact_not_found", "The contact does not exist.");

    public static readonly Error PreconditionFailed =
        new("concurrency.precondition_failed", "The activity was changed meanwhile; read it again and retry.", StatusCodes.Status412PreconditionFailed);
}
