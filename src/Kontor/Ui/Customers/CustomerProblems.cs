using Kontor.Common;
using Microsoft.Extensions.Localization;

namespace Kontor.Ui.Customers;

/// <summary>
/// Refusals in the user's language: a code or a field message the resources know is translated, anything else is shown
/// as the slice wrote it.
/// </summary>
public static class CustomerProblems
{
    public static string Describe(Error error, IStringLocalizer text) =>
        text[error.Code] is { ResourceNotFound: false } known ? known.Value : error.Detail;

    /// <summary>The messages for one field, or null when the field is fine.</summary>
    public static string? Field(Error? error, string field, IStringLocalizer text) =>
        error?.Fields?.TryGetValue(field, out var messages) == true
            ? string.Join(" ", messages.Select(m => text[m] is { ResourceNotFound: false } known ? known.Value : m))
            : null;
}
