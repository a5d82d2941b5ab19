using Kontor.Features.Departments;
using Kontor.Features.Users;

namespace Kontor.Ui.Access;

/// <summary>One line of the department tree as the settings page shows it: indented by depth, with head and members.</summary>
public sealed record DepartmentRow(long Id, string Name, long? ParentId, int Depth, long? HeadUserId, string? HeadName, int Members, int Children);

/// <summary>
/// Flattens the department tree into indented rows (each department right after its parent, in the tree's own order)
/// and counts who belongs where. Counts take active users only: the deactivated ones still block a delete, and the
/// core says so.
/// </summary>
public static class DepartmentRows
{
    public static IReadOnlyList<DepartmentRow> Build(IReadOnlyList<Department> departments, IReadOnlyList<UserResponse> users)
    {
        var ordered = DepartmentTree.Ordered(departments);
        var ids = departments.Select(d => d.Id).ToHashSet();
        var depth = new Dictionary<long, int>();
        var names = users.ToDictionary(u => u.Id, u => u.Name);
        var rows = new List<DepartmentRow>(ordered.Count);
        foreach (var d in ordered)
        {
            var level = d.ParentId is { } parent && ids.Contains(parent) ? depth.GetValueOrDefault(parent) + 1 : 0;
            depth[d.Id] = level;
            rows.Add(new DepartmentRow(
                d.Id,
                d.Name,
                d.ParentId,
                level,
                d.HeadUserId,
                d.HeadUserId is { } head ? names.GetValueOrDefault(head) : null,
                users.Count(u => u.IsActive && u.DepartmentId == d.Id),
                departments.Count(c => c.ParentId == d.Id)));
        }

        return rows;
    }

    /// <summary>
    /// The departments one may move <paramref name="departmentId"/> under: not itself and none below it (the core
    /// refuses those as a cycle). For a new department (null) every department.
    /// </summary>
    public static IReadOnlyList<DepartmentRow> ParentChoices(IReadOnlyList<DepartmentRow> rows, long? departmentId)
    {
        if (departmentId is not { } id)
        {
            return rows;
        }

        var parents = rows.ToDictionary(r => r.Id, r => r.ParentId);
        return [.. rows.Where(r => !IsSelfOrBelow(parents, id, r.Id))];
    }

    private static bool IsSelfOrBelow(Dictionary<long, long?> parents, long department, long candidate)
    {
        var seen = new HashSet<long>();
        for (long? at = candidate; at is { } current && seen.Add(current); at = parents.GetValueOrDefault(current))
        {
            if (current == department)
            {
                return true;
            }
        }

        return false;
    }
}
