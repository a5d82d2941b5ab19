using Kontor.Features.Access;

namespace Kontor.Features.CustomFields;

public static class CustomFieldsEndpoints
{
    /// <summary>Field definitions per record type. Everyone signed in reads them; only administrators change them.</summary>
    public static RouteGroupBuilder MapCustomFields(this IEndpointRouteBuilder app)
    {
        var fields = app.MapGroup("/api/v1/custom-fields").WithTags("Custom fields").RequireAuthorization();
        fields.MapGet("/", ListFields.Handle);
        fields.MapPost("/", CreateField.Handle).RequireRight(RequireRightExtensions.MayManageCustomFields, CustomFieldErrors.AdminRequired);
        fields.MapGet("/{id:long}", GetField.Handle).WithName(nameof(GetField));
        fields.MapPatch("/{id:long}", UpdateField.Handle).RequireRight(RequireRightExtensions.MayManageCustomFields, CustomFieldErrors.AdminRequired);
        fields.MapDelete("/{id:long}", DeleteField.Handle).RequireRight(RequireRightExtensions.MayManageCustomFields, CustomFieldErrors.AdminRequired);
        return fields;
    }
}
