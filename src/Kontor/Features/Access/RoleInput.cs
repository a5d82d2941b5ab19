using System.ComponentModel.DataAnnotations;
using Kontor.Data;
using Kontor.Features.Pipelines;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Access;

/// <summary>
/// A role as written: its name, its separate rights, a reach per record type and action (missing cells are none), and
/// per pipeline the deal cells that differ, with per-stage "change" overrides.
/// </summary>
public sealed record RoleInput
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string Name { get; init; } = "";

    public bool ManagePipelines { get; init; }

    public bool ManageCustomFields { get; init; }

    public bool ManageAccess { get; init; }

    public bool SeeAllReports { get; init; }

    /// <summary>For each record type, the reach of each action, e.g. <c>{"deal": {"read": "department", "change": "own"}}</c>.</summary>
    public IReadOnlyDictionary<RecordType, IReadOnlyDictionary<AccessAction, Reach>>? Permissions { get; init; }

    [MaxLength(200)]
    public IReadOnlyList<PipelineRights>? Pipelines { get; init; }

    /// <summary>The grants this input stands for, or an error when a pipeline or stage does not exist.</summary>
    public async Task<(List<RoleGrant>? Grants, Common.Error? Error)> GrantsAsync(KontorDb db, CancellationToken ct)
    {
        var grants = new List<RoleGrant>();
        foreach (var (type, actions) in Permissions ?? new Dictionary<RecordType, IReadOnlyDictionary<AccessAction, Reach>>())
        {
            grants.AddRange(actions.Where(a => a.Value != Reach.None).Select(a => new RoleGrant { RecordType = type, Action = a.Key, Reach = a.Value }));
        }

        var pipelines = Pipelines ?? [];
        if (pipelines.Select(p => p.PipelineId).Distinct().Count() != pipelines.Count)
        {
            return (null, Common.Error.Validation("pipelines", "Each pipeline may appear only once."));
        }

        var ids = pipelines.Select(p => p.PipelineId).ToList();
        var stages = await db.Set<Stage>().AsNoTracking().Where(s => ids.Contains(s.PipelineId)).Select(s => new { s.Id, s.PipelineId }).ToListAsync(ct);
        var known = await db.Set<Pipeline>().CountAsync(p => ids.Contains(p.Id), ct);
        if (known != ids.Count)
        {
            return (null, RoleErrors.PipelineNotFound);
        }

        foreach (var pipeline in pipelines)
        {
            // A pipeline's cells are kept even when they say "none": that is how a role is shut out of one pipeline.
            grants.AddRange((pipeline.Permissions ?? new Dictionary<AccessAction, Reach>()).Select(a =>
                new RoleGrant { RecordType = RecordType.Deal, Action = a.Key, Reach = a.Value, PipelineId = pipeline.PipelineId }));
            foreach (var stage in pipeline.Stages ?? [])
            {
                if (!stages.Any(s => s.Id == stage.StageId && s.PipelineId == pipeline.PipelineId))
                {
                    return (null, RoleErrors.StageNotFound);
                }

                grants.Add(new RoleGrant
                {
                    RecordType = RecordType.Deal,
                    Action = AccessAction.Change,
                    Reach = stage.Change,
                    PipelineId = pipeline.PipelineId,
                    StageId = stage.StageId,
                });
            }
        }

        return (grants, null);
    }

    public void ApplyTo(Role role, List<RoleGrant> grants)
    {
        role.Name = Name.Trim();
        role.ManagePipelines = ManagePipelines;
        role.ManageCustomFields = ManageCustomFields;
        role.ManageAccess = ManageAccess;
        role.SeeAllReports = SeeAllReports;
        role.Grants.Clear();
        role.Grants.AddRange(grants);
    }
}

/// <summary>Deal rights that differ in one pipeline, and the stages whose "change" right differs.</summary>
public sealed record PipelineRights
{
    [Required]
    public long PipelineId { get; init; }

    public IReadOnlyDictionary<AccessAction, Reach>? Permissions { get; init; }

    [MaxLength(100)]
    public IReadOnlyList<StageRights>? Stages { get; init; }
}

/// <summary>Who may change deals in this stage, move them into it or out of it.</summary>
public sealed record StageRights
{
    [Required]
    public long StageId { get; init; }

    public Reach Change { get; init; }
}
