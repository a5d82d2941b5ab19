using Kontor.Features.CustomFields;

namespace Kontor.Tests.Ui.CustomFields;

/// <summary>Field definitions as the API returns them, for tests of the UI's custom field logic.</summary>
internal static class Samples
{
    public static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static FieldResponse Field(CustomFieldType type, bool multiple = false, string code = "UF_CRM_X", params FieldItemResponse[] items) => new(
        1, CustomFieldEntity.Deal, code, type, new LocalText("Feld", "Field"), false, multiple, null, 10, true, true,
        new LocalText(null, null), [], items, default, default, 1);

    public static FieldItemResponse Item(long id, string de, string en, bool retired = false) => new(id, new LocalText(de, en), (int)id * 10, retired);
}
