using Kontor.Features.Access;

namespace Kontor.Ui.Access;

/// <summary>
/// Whom the signed-in user may make responsible for a record: the users their reach covers (own: only themselves;
/// department: its users; department tree or all open: the tree's users; all: everyone). The slice cores refuse any
/// other choice; the pickers offer only these, so the refusal is rarely seen.
/// </summary>
public static class Assignable
{
    /// <summary>The users a reach lets one give a record to; null means everyone.</summary>
    public static IReadOnlySet<long>? Users(AccessScope access, Reach reach, bool isOpened = false)
    {
        if (access.SeesAll)
        {
            return null;
        }

        return reach switch
        {
            Reach.All => null,
            Reach.AllOpen when isOpened => null,
            Reach.AllOpen or Reach.DepartmentTree => access.TreeUsers.ToHashSet(),
            Reach.Department => access.DepartmentUsers.ToHashSet(),
            Reach.Own => new HashSet<long> { access.UserId },
            _ => new HashSet<long>(),
        };
    }

    /// <summary>For a new deal in a pipeline: the add reach decides.</summary>
    public static IReadOnlySet<long>? ForNewDeal(AccessScope access, long? pipelineId) =>
        Users(access, access.ReachOf(RecordType.Deal, AccessAction.Add, pipelineId));

    /// <summary>For a deal as it is: the change reach in its pipeline and stage decides.</summary>
    public static IReadOnlySet<long>? ForDeal(AccessScope access, long pipelineId, long stageId, bool isOpened) =>
        Users(access, access.ReachOf(RecordType.Deal, AccessAction.Change, pipelineId, stageId), isOpened);

    /// <summary>For a company or contact: the add reach for a new one, the change reach for one that exists.</summary>
    public static IReadOnlySet<long>? ForCustomer(AccessScope access, RecordType type, bool isNew, bool isOpened = false) =>
        Users(access, access.ReachOf(type, isNew ? AccessAction.Add : AccessAction.Change), isOpened);

    /// <summary>Whether the action reaches any record at all, by default or in one of the pipelines (deals).</summary>
    public static bool Anywhere(AccessScope access, RecordType type, AccessAction action, IEnumerable<long>? pipelineIds = null) =>
        access.ReachOf(type, action) != Reach.None ||
        (type == RecordType.Deal && (pipelineIds ?? []).Any(p => access.ReachOf(type, action, p) != Reach.None));

    public static bool Allows(IReadOnlySet<long>? users, long userId) => users is null || users.Contains(userId);
}
