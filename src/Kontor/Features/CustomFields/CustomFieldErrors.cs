using Kontor.Common;

namespace Kontor.Features.CustomFields;

public static class CustomFieldErrors
{
    public static readonly Error NotFound = Error.NotFound("custom_fields", "custom field");

    public static readonly Error AdminRequired =
        new("custom_fields.admin_required", "Your role does not allow defining, changing or deleting custom fields.", StatusCodes.Status403Forbidden);

    public static readonly Error CodeTaken =
        new("custom_fields.code_taken", "This record type has a custom field with this code already.", StatusCodes.Status409Conflict);

    public static readonly Error Immutable =
        new("custom_fields.immutable", "The code, type, record type and \"multiple\" of a custom field cannot be changed; define a new field instead.");

    public static readonly Error PipelineNotFound = new("custom_fields.pipeline_not_found", "One of the pipelines does not exist.");

    public static Error HasValues(int count) =>
        new("custom_fields.has_values", $"{count} record(s) hold a value of this field. Delete with ?confirm=true (or ?confirm={count}) to remove the field and these values.", StatusCodes.Status409Conflict);

    public static Error Fields(string code, string detail, int status, Dictionary<string, string[]> fields) =>
        new(code, detail, status) { Fields = fields };

    public const string Invalid = "custom_fields.invalid_value";
    public const string Unknown = "custom_fields.unknown_field";
    public const string Mandatory = "custom_fields.mandatory_missing";
    public const string ItemNotFound = "custom_fields.item_not_found";
    public const string ReferenceNotFound = "custom_fields.reference_not_found";
    public const string NotInPipeline = "custom_fields.not_in_pipeline";
}
