using System.Globalization;
using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Departments;

/// <summary>
/// The department tree, built in memory: a company has tens of departments, not thousands, and sorting here gives the
/// same order on every database.
/// </summary>
public static class DepartmentTree
{
    private static readonly StringComparer Names = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase);

    public static async Task<List<Department>> LoadAsync(KontorDb db, CancellationToken ct) =>
        await db.Set<Department>().AsNoTracking().ToListAsync(ct);

    /// <summary>Depth first: every department comes right after its parent; siblings by sort, then name, then id.</summary>
    public static List<Department> Ordered(IReadOnlyList<Department> all)
    {
        var children = ChildrenOf(all);
        var result = new List<Department>(all.Count);
        var stack = new Stack<Department>(children.GetValueOrDefault(0L, []).AsEnumerable().Reverse());
        while (stack.TryPop(out var d))
        {
            result.Add(d);
            foreach (var child in children.GetValueOrDefault(d.Id, []).AsEnumerable().Reverse())
            {
                stack.Push(child);
            }
        }

        return result;
    }

    public static List<DepartmentNode> Nest(IReadOnlyList<Department> all)
    {
        var children = ChildrenOf(all);
        DepartmentNode Node(Department d) => new(d.Id, d.Name, d.HeadUserId, [.. children.GetValueOrDefault(d.Id, []).Select(Node)]);
        return [.. children.GetValueOrDefault(0L, []).Select(Node)];
    }

    /// <summary>True when <paramref name="candidate"/> is the department itself or lies below it.</summary>
    public static bool IsSelfOrBelow(IReadOnlyList<Department> all, long department, long candidate)
    {
        var parents = all.ToDictionary(d => d.Id, d => d.ParentId);
        var seen = new HashSet<long>();
        for (long? at = candidate; at is { } id && seen.Add(id); at = parents.GetValueOrDefault(id))
        {
            if (id == department)
            {
                return true;
            }
        }

        return false;
    }

    // Keyed by parent id, 0 for the roots (ids start at 1). A department whose parent is missing counts as a root.
    private static Dictionary<long, List<Department>> ChildrenOf(IReadOnlyList<Department> all)
    {
        var ids = all.Select(d => d.Id).ToHashSet();
        return all
            .OrderBy(d => d.Sort).ThenBy(d => d.Name, Names).ThenBy(d => d.Id)
            .GroupBy(d => d.ParentId is { } p && ids.Contains(p) ? p : 0L)
            .ToDictionary(g => g.Key, g => g.ToList());
    }
}
