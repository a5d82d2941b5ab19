using Kontor.Features.Access;

namespace Kontor.Ui.Access;

/// <summary>Which settings pages the signed-in user may use, for the links of the navigation drawer.</summary>
public sealed record SettingsRights(bool Pipelines, bool CustomFields, bool Access)
{
    public static SettingsRights None { get; } = new(false, false, false);

    public static SettingsRights Of(AccessScope access) => new(
        RequireRightExtensions.MayManagePipelines(access),
        RequireRightExtensions.MayManageCustomFields(access),
        RequireRightExtensions.MayManageAccess(access));
}
