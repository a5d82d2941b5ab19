namespace Kontor.Features.Access;

/// <summary>
/// What one user may do, resolved from their roles, department and the department tree for one unit of work. Reads
/// are filtered by the query filters of <see cref="Data.KontorDb"/>, which take their parameters from here, so every
/// surface that reads through the context sees the same records; writes ask <see cref="Allows"/>.
/// </summary>
public sealed class AccessScope
{
    private static readonly long[] NoIds = [];

    private readonly IReadOnlyList<Role> _roles;

    private AccessScope(IReadOnlyList<Role>? roles = null) => _roles = roles ?? [];

    /// <summary>Administrators and the system itself (start-up, background work): no filter, every right.</summary>
    public static AccessScope Everything { get; } = new() { SeesAll = true };

    /// <summary>A signed-out or deactivated user: sees nothing, may do nothing.</summary>
    public static AccessScope Nothing { get; } = new();

    /// <summary>The user, 0 for the system.</summary>
    public long UserId { get; private init; }

    public bool SeesAll { get; private init; }

    public bool ManagePipelines => SeesAll || _roles.Any(r => r.ManagePipelines);

    public bool ManageCustomFields => SeesAll || _roles.Any(r => r.ManageCustomFields);

    public bool ManageAccess => SeesAll || _roles.Any(r => r.ManageAccess);

    public bool SeeAllReports => SeesAll || _roles.Any(r => r.SeeAllReports);

    /// <summary>The users of my department (me included, also without a department).</summary>
    public long[] DepartmentUsers { get; private init; } = NoIds;

    /// <summary>The users of my department and every department below it (me included).</summary>
    public long[] TreeUsers { get; private init; } = NoIds;

    // Deal reads, per pipeline: each pipeline is in the list of its reach. The all-open list is also in the tree list.
    public long[] DealAllPipelines { get; private init; } = NoIds;

    public long[] DealOpenPipelines { get; private init; } = NoIds;

    public long[] DealTreePipelines { get; private init; } = NoIds;

    public long[] DealDepartmentPipelines { get; private init; } = NoIds;

    public long[] DealOwnPipelines { get; private init; } = NoIds;

    public ReadFilter Contacts { get; private init; } = ReadFilter.Nothing;

    public ReadFilter Companies { get; private init; } = ReadFilter.Nothing;

    /// <summary>The catalog has no owners: any reach other than none reads all of it.</summary>
    public bool ReadsProducts { get; private init; }

    public static AccessScope For(long userId, bool administrator, IReadOnlyList<Role> roles, long[] departmentUsers, long[] treeUsers, IReadOnlyList<long> pipelineIds)
    {
        if (administrator)
        {
            return new AccessScope { UserId = userId, SeesAll = true };
        }

        var department = departmentUsers.Append(userId).Distinct().ToArray();
        var tree = treeUsers.Concat(department).Distinct().ToArray();
        var scope = new AccessScope(roles) { UserId = userId, DepartmentUsers = department, TreeUsers = tree };
        var byReach = pipelineIds.ToLookup(p => scope.ReachOf(RecordType.Deal, AccessAction.Read, p));
        return new AccessScope(roles)
        {
            UserId = userId,
            DepartmentUsers = department,
            TreeUsers = tree,
            DealAllPipelines = [.. byReach[Reach.All]],
            DealOpenPipelines = [.. byReach[Reach.AllOpen]],
            DealTreePipelines = [.. byReach[Reach.DepartmentTree], .. byReach[Reach.AllOpen]],
            DealDepartmentPipelines = [.. byReach[Reach.Department]],
            DealOwnPipelines = [.. byReach[Reach.Own]],
            Contacts = scope.FilterOf(RecordType.Contact),
            Companies = scope.FilterOf(RecordType.Company),
            ReadsProducts = scope.ReachOf(RecordType.Product, AccessAction.Read) != Reach.None,
        };
    }

    /// <summary>
    /// The widest reach any of my roles gives. For deals a pipeline's override replaces the default, and for "change" a
    /// stage's override replaces both.
    /// </summary>
    public Reach ReachOf(RecordType type, AccessAction action, long? pipelineId = null, long? stageId = null)
    {
        if (SeesAll)
        {
            return Reach.All;
        }

        var widest = Reach.None;
        foreach (var role in _roles)
        {
            var reach = Effective(role, type, action, pipelineId, stageId);
            widest = reach > widest ? reach : widest;
        }

        return widest;
    }

    /// <summary>Whether any of my roles grants the action on the record type anywhere (by default, in a pipeline or a stage).</summary>
    public bool AllowsAnywhere(RecordType type, AccessAction action) =>
        SeesAll || _roles.Any(r => r.Grants.Any(g => g.RecordType == type && g.Action == action && g.Reach != Reach.None));

    /// <summary>Whether a reach covers a record with this responsible user and "visible to everyone" flag.</summary>
    public bool Covers(Reach reach, long? responsibleId, bool isOpened) => reach switch
    {
        Reach.All => true,
        Reach.AllOpen => isOpened || (responsibleId is { } r && TreeUsers.Contains(r)),
        Reach.DepartmentTree => responsibleId is { } r && TreeUsers.Contains(r),
        Reach.Department => responsibleId is { } r && DepartmentUsers.Contains(r),
        Reach.Own => responsibleId == UserId,
        _ => false,
    };

    /// <summary>Whether I may do <paramref name="action"/> on a record in this state.</summary>
    public bool Allows(RecordType type, AccessAction action, long? responsibleId, bool isOpened, long? pipelineId = null, long? stageId = null) =>
        SeesAll || Covers(ReachOf(type, action, pipelineId, stageId), responsibleId, isOpened);

    private static Reach Effective(Role role, RecordType type, AccessAction action, long? pipelineId, long? stageId)
    {
        RoleGrant? byDefault = null, byPipeline = null, byStage = null;
        foreach (var grant in role.Grants)
        {
            if (grant.RecordType != type || grant.Action != action)
            {
                continue;
            }

            if (grant.StageId is { } stage)
            {
                byStage = stage == stageId ? grant : byStage;
            }
            else if (grant.PipelineId is { } pipeline)
            {
                byPipeline = pipeline == pipelineId ? grant : byPipeline;
            }
            else
            {
                byDefault = grant;
            }
        }

        return (byStage ?? byPipeline ?? byDefault)?.Reach ?? Reach.None;
    }

    private ReadFilter FilterOf(RecordType type)
    {
        var reach = ReachOf(type, AccessAction.Read);
        return new ReadFilter(
            reach == Reach.All,
            reach == Reach.AllOpen,
            reach switch
            {
                Reach.AllOpen or Reach.DepartmentTree => TreeUsers,
                Reach.Department => DepartmentUsers,
                Reach.Own => [UserId],
                _ => NoIds,
            });
    }
}

/// <summary>The parameters of a read filter on records with a responsible user and a "visible to everyone" flag.</summary>
public sealed record ReadFilter(bool All, bool Open, long[] Responsibles)
{
    public static ReadFilter Nothing { get; } = new(false, false, []);
}
