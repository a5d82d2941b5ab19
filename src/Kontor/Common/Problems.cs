using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Common;

public static class Problems
{
    public const string TypeBase = "/docs/api/problems#";

    public static ProblemHttpResult ToProblem(this Error error)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Fields is { Count: > 0 } fields)
        {
            extensions["errors"] = fields;
        }

        return TypedResults.Problem(
            detail: error.Detail,
            statusCode: error.Status,
            title: TitleFor(error.Status),
            type: TypeBase + error.Code,
            extensions: extensions);
    }

    public static string TitleFor(int status) => status switch
    {
        400 => "The request is invalid.",
        401 => "Authentication is required.",
        403 => "The request is forbidden.",
        404 => "The resource was not found.",
        409 => "The request conflicts with the current state.",
        412 => "The resource was changed meanwhile.",
        413 => "The request is too large.",
        415 => "The media type is not supported.",
        422 => "The request breaks a rule.",
        428 => "A precondition is required.",
        _ => "The request failed.",
    };
}
