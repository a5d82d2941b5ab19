namespace Kontor.Features.Access;

public sealed record RoleResponse(
    long Id,
    string Name,
    bool ManagePipelines,
    bool ManageCustomFields,
    bool ManageAccess,
    bool SeeAllReports,
    IReadOnlyDictionary<RecordType, IReadOnlyDictionary<AccessAction, Reach>> Permissions,
    IReadOnlyList<PipelineRights> Pipelines,
    int UserCount,
    int Version)
{
    /// <summary>Every record type and action is listed; a missing grant reads as none.</summary>
    public static RoleResponse From(Role role, int userCount)
    {
        var defaults = role.Grants.Where(g => g.PipelineId is null && g.StageId is null).ToList();
        var permissions = Enum.GetValues<RecordType>().ToDictionary(
            type => type,
            type => (IReadOnlyDictionary<AccessAction, Reach>)Enum.GetValues<AccessAction>().ToDictionary(
                action => action,
                action => defaults.FirstOrDefault(g => g.RecordType == type && g.Action == action)?.Reach ?? Reach.None));
        var pipelines = role.Grants.Where(g => g.PipelineId is not null)
            .GroupBy(g => g.PipelineId!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new PipelineRights
            {
                PipelineId = g.Key,
                Permissions = g.Where(x => x.StageId is null).ToDictionary(x => x.Action, x => x.Reach),
                Stages = [.. g.Where(x => x.StageId is not null).OrderBy(x => x.StageId).Select(x => new StageRights { StageId = x.StageId!.Value, Change = x.Reach })],
            })
            .ToList();
        return new(role.Id, role.Name, role.ManagePipelines, role.ManageCustomFields, role.ManageAccess, role.SeeAllReports,
            permissions, pipelines, userCount, role.Version);
    }
}
