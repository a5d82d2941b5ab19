using Kontor.Features.Access;

namespace Kontor.Ui.Access;

/// <summary>
/// The role editor's working copy: the matrix of reaches per record type and action, the separate rights, and the
/// per-pipeline deal overrides with their per-stage "change" overrides. It turns into the <see cref="RoleInput"/> the
/// slice core saves; a pipeline cell left at "as default" is not sent, so it keeps following the deal row.
/// </summary>
public sealed class RoleDraft
{
    public const int MaxNameLength = 100;

    private readonly Dictionary<(RecordType, AccessAction), Reach> _cells = [];

    public long? Id { get; private init; }

    public int Version { get; private init; }

    public int UserCount { get; private init; }

    public string Name { get; set; } = "";

    public bool ManagePipelines { get; set; }

    public bool ManageCustomFields { get; set; }

    public bool ManageAccess { get; set; }

    public bool SeeAllReports { get; set; }

    public List<PipelineDraft> Pipelines { get; } = [];

    public bool IsNew => Id is null;

    public Reach this[RecordType type, AccessAction action]
    {
        get => _cells.GetValueOrDefault((type, action), Reach.None);
        set => _cells[(type, action)] = value;
    }

    public static RoleDraft New() => new();

    public static RoleDraft From(RoleResponse role)
    {
        var draft = new RoleDraft
        {
            Id = role.Id,
            Version = role.Version,
            UserCount = role.UserCount,
            Name = role.Name,
            ManagePipelines = role.ManagePipelines,
            ManageCustomFields = role.ManageCustomFields,
            ManageAccess = role.ManageAccess,
            SeeAllReports = role.SeeAllReports,
        };
        foreach (var (type, actions) in role.Permissions)
        {
            foreach (var (action, reach) in actions)
            {
                draft[type, action] = reach;
            }
        }

        foreach (var pipeline in role.Pipelines)
        {
            var row = draft.AddPipeline(pipeline.PipelineId);
            foreach (var (action, reach) in pipeline.Permissions ?? new Dictionary<AccessAction, Reach>())
            {
                row.Cells[action] = reach;
            }

            row.Stages.AddRange((pipeline.Stages ?? []).Select(s => new StageDraft(s.StageId) { Change = s.Change }));
        }

        return draft;
    }

    /// <summary>Adds a pipeline whose cells all follow the deal row; the one already there when it was added before.</summary>
    public PipelineDraft AddPipeline(long pipelineId)
    {
        if (Pipelines.FirstOrDefault(p => p.PipelineId == pipelineId) is { } known)
        {
            return known;
        }

        var row = new PipelineDraft(pipelineId);
        Pipelines.Add(row);
        return row;
    }

    public void RemovePipeline(long pipelineId) => Pipelines.RemoveAll(p => p.PipelineId == pipelineId);

    /// <summary>What a pipeline cell reaches: its own value, or the deal row's.</summary>
    public Reach EffectiveIn(PipelineDraft pipeline, AccessAction action) =>
        pipeline.Cells.TryGetValue(action, out var reach) ? reach : this[RecordType.Deal, action];

    /// <summary>The resource key of what is missing before the role can be saved, or null.</summary>
    public string? Check() => Name.Trim() switch
    {
        { Length: 0 } => "Give the role a name.",
        { Length: > MaxNameLength } => "The name is too long.",
        _ => null,
    };

    public RoleInput ToInput() => new()
    {
        Name = Name.Trim(),
        ManagePipelines = ManagePipelines,
        ManageCustomFields = ManageCustomFields,
        ManageAccess = ManageAccess,
        SeeAllReports = SeeAllReports,
        Permissions = AccessLabels.Types.ToDictionary(
            type => type,
            type => (IReadOnlyDictionary<AccessAction, Reach>)AccessLabels.Actions.ToDictionary(action => action, action => this[type, action])),
        Pipelines = [.. Pipelines.Select(p => new PipelineRights
        {
            PipelineId = p.PipelineId,
            Permissions = new Dictionary<AccessAction, Reach>(p.Cells),
            Stages = [.. p.Stages.Select(s => new StageRights { StageId = s.StageId, Change = s.Change })],
        })],
    };
}

/// <summary>Deal rights that differ in one pipeline; an action missing from <see cref="Cells"/> follows the deal row.</summary>
public sealed class PipelineDraft(long pipelineId)
{
    public long PipelineId { get; } = pipelineId;

    public Dictionary<AccessAction, Reach> Cells { get; } = [];

    public List<StageDraft> Stages { get; } = [];

    /// <summary>Sets a cell; null makes it follow the deal row again.</summary>
    public void Set(AccessAction action, Reach? reach)
    {
        if (reach is { } value)
        {
            Cells[action] = value;
        }
        else
        {
            Cells.Remove(action);
        }
    }

    /// <summary>Adds a stage's "change" override (none at first: that is what an override of a stage is mostly for).</summary>
    public StageDraft AddStage(long stageId, Reach change = Reach.None)
    {
        if (Stages.FirstOrDefault(s => s.StageId == stageId) is { } known)
        {
            return known;
        }

        var stage = new StageDraft(stageId) { Change = change };
        Stages.Add(stage);
        return stage;
    }

    public void RemoveStage(long stageId) => Stages.RemoveAll(s => s.StageId == stageId);
}

/// <summary>Who may change deals in one stage, move them into it or out of it.</summary>
public sealed class StageDraft(long stageId)
{
    public long StageId { get; } = stageId;

    public Reach Change { get; set; }
}
