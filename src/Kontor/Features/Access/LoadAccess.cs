using Kontor.Data;
using Kontor.Features.Departments;
using Kontor.Features.Pipelines;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Access;

/// <summary>
/// Resolves a user's <see cref="AccessScope"/> from the database, fresh for every request and every UI action, so that
/// a changed role, department or tree takes effect at once. A handful of small queries: roles, departments, pipelines.
/// </summary>
public static class LoadAccess
{
    /// <summary>The user's scope, or null when the user does not exist or is deactivated.</summary>
    public static async Task<AccessScope?> ForUserAsync(KontorDb db, long userId, CancellationToken ct)
    {
        var user = await db.Set<User>().AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsActive, u.IsAdministrator, u.DepartmentId })
            .FirstOrDefaultAsync(ct);
        if (user is not { IsActive: true })
        {
            return null;
        }

        if (user.IsAdministrator)
        {
            return AccessScope.For(userId, administrator: true, [], [], [], []);
        }

        var roles = await db.Set<Role>().AsNoTracking()
            .Where(r => db.Set<UserRole>().Any(ur => ur.UserId == userId && ur.RoleId == r.Id))
            .Include(r => r.Grants)
            .AsSplitQuery()
            .ToListAsync(ct);
        long[] department = [], tree = [];
        if (user.DepartmentId is { } own)
        {
            var departments = await DepartmentTree.LoadAsync(db, ct);
            var below = departments.Where(d => DepartmentTree.IsSelfOrBelow(departments, own, d.Id)).Select(d => (long?)d.Id).ToList();
            var members = await db.Set<User>().AsNoTracking()
                .Where(u => below.Contains(u.DepartmentId))
                .Select(u => new { u.Id, u.DepartmentId })
                .ToListAsync(ct);
            department = [.. members.Where(m => m.DepartmentId == own).Select(m => m.Id)];
            tree = [.. members.Select(m => m.Id)];
        }

        var pipelines = await db.Set<Pipeline>().AsNoTracking().Select(p => p.Id).ToListAsync(ct);
        return AccessScope.For(userId, administrator: false, roles, department, tree, pipelines);
    }
}
