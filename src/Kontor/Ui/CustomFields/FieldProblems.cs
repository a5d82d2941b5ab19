using Kontor.Common;
using Kontor.Features.CustomFields;

namespace Kontor.Ui.CustomFields;

/// <summary>
/// Why a custom field value was refused, as a message key of <see cref="CustomFieldsText"/>: the API names each refused
/// field as <c>customFields.CODE</c> under a stable code, and its own words are English.
/// </summary>
public static class FieldProblems
{
    /// <summary>The message key for each refused field, by field code; empty when the refusal names no custom field.</summary>
    public static IReadOnlyDictionary<string, string> ByField(Error error, IEnumerable<FieldResponse> fields)
    {
        var prefix = CustomFieldValidator.Path("");
        var known = fields.ToDictionary(f => f.Code, StringComparer.Ordinal);
        return (error.Fields?.Keys ?? [])
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..])
            .Distinct()
            .ToDictionary(code => code, code => Message(error.Code, known.GetValueOrDefault(code)?.Type), StringComparer.Ordinal);
    }

    public static string Message(string code, CustomFieldType? type) => code switch
    {
        CustomFieldErrors.Mandatory => "This field is mandatory.",
        CustomFieldErrors.ItemNotFound => "The list item no longer exists.",
        CustomFieldErrors.NotInPipeline => "The deal's pipeline does not use this field.",
        CustomFieldErrors.Unknown => "This field no longer exists. Reload the page.",
        CustomFieldErrors.ReferenceNotFound => type switch
        {
            CustomFieldType.User => "The user no longer exists or is inactive.",
            CustomFieldType.File => "The file no longer exists.",
            CustomFieldType.Money => "This currency is not set up.",
            _ => "The linked record no longer exists.",
        },
        _ => type switch
        {
            CustomFieldType.Url => "Enter an address that starts with http:// or https://.",
            CustomFieldType.Email => "Enter a valid e-mail address.",
            CustomFieldType.Phone => "Enter a valid phone number.",
            CustomFieldType.String => "Enter at most 500 characters on one line.",
            CustomFieldType.Text => "Enter at most 20,000 characters.",
            CustomFieldType.Decimal or CustomFieldType.Money => "Enter a number with at most four decimals.",
            _ => "This value is not valid.",
        },
    };
}
