using Kontor.Common;

namespace Kontor.Features.Access;

/// <summary>
/// A set of rights given to users. Grants say how far each action on each record type reaches; deals may differ per
/// pipeline, and "change" per stage. A user with several roles has the union: the widest reach of any of them.
/// </summary>
public sealed class Role : IVersioned
{
    public long Id { get; private set; }

    public string Name { get; set; } = "";

    /// <summary>May add, rename, reorder and delete pipelines and stages.</summary>
    public bool ManagePipelines { get; set; }

    public bool ManageCustomFields { get; set; }

    /// <summary>May create and change users, departments and roles.</summary>
    public bool ManageAccess { get; set; }

    public bool SeeAllReports { get; set; }

    public List<RoleGrant> Grants { get; private set; } = [];

    public int Version { get; private set; } = 1;

    public void BumpVersion() => Version++;
}

/// <summary>
/// One cell of a role's matrix. Without pipeline and stage it is the record type's default; with a pipeline it
/// overrides the default for deals of that pipeline; with a stage (deals, "change" only) it overrides both for deals in,
/// entering or leaving that stage.
/// </summary>
public sealed class RoleGrant
{
    public long Id { get; private set; }

    public long RoleId { get; set; }

    public RecordType RecordType { get; set; }

    public AccessAction Action { get; set; }

    public long? PipelineId { get; set; }

    public long? StageId { get; set; }

    public Reach Reach { get; set; }
}

/// <summary>A role held by a user.</summary>
public sealed class UserRole
{
    public long UserId { get; set; }

    public long RoleId { get; set; }
}
