using Kontor.Common;
using Microsoft.Extensions.Localization;

namespace Kontor.Ui.Access;

/// <summary>
/// A refusal of a slice core in the user's language: a code the resources know (the access refusals such as
/// <c>deals.forbidden</c> or <c>deals.stage_forbidden</c>, and the codes of users, departments and roles) is translated,
/// field messages are translated where known, anything else is shown as the slice wrote it.
/// </summary>
public static class Refusals
{
    public static string Describe(IStringLocalizer text, Error error)
    {
        if (Known(text, error.Code) is { } known)
        {
            return known;
        }

        return error.Fields is { Count: > 0 } fields
            ? string.Join(" ", fields.SelectMany(f => f.Value).Select(m => Known(text, m) ?? m))
            : error.Detail;
    }

    /// <summary>True for a code that says the user's role does not allow the action.</summary>
    public static bool IsAccessRefusal(Error error) => error.Status == StatusCodes.Status403Forbidden;

    private static string? Known(IStringLocalizer text, string key) =>
        text[key] is { ResourceNotFound: false } found ? found.Value : null;
}
