using Kontor.Common;
using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Access;

/// <summary>Which roles users hold.</summary>
public static class UserRoles
{
    /// <summary>Null when every role exists; <c>users.role_not_found</c> otherwise.</summary>
    public static async Task<Error?> CheckAsync(KontorDb db, IReadOnlyList<long> roleIds, CancellationToken ct)
    {
        var ids = roleIds.Distinct().ToList();
        return await db.Set<Role>().CountAsync(r => ids.Contains(r.Id), ct) == ids.Count ? null : RoleErrors.RoleNotFound;
    }

    /// <summary>Gives the user exactly these roles (saved with the caller's unit of work).</summary>
    public static async Task ReplaceAsync(KontorDb db, long userId, IReadOnlyList<long> roleIds, CancellationToken ct)
    {
        var held = await db.Set<UserRole>().Where(ur => ur.UserId == userId).ToListAsync(ct);
        db.RemoveRange(held.Where(ur => !roleIds.Contains(ur.RoleId)));
        db.AddRange(roleIds.Distinct().Where(id => held.All(ur => ur.RoleId != id)).Select(id => new UserRole { UserId = userId, RoleId = id }));
    }

    public static async Task<Dictionary<long, long[]>> OfAsync(KontorDb db, IReadOnlyList<long> userIds, CancellationToken ct)
    {
        var rows = await db.Set<UserRole>().AsNoTracking().Where(ur => userIds.Contains(ur.UserId)).ToListAsync(ct);
        return rows.GroupBy(ur => ur.UserId).ToDictionary(g => g.Key, g => g.Select(ur => ur.RoleId).Order().ToArray());
    }
}
