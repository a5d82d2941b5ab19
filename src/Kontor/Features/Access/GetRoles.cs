using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Access;

/// <summary>Roles with their matrix and how many users hold each; everyone signed in may read them.</summary>
public static class GetRoles
{
    public static async Task<Ok<List<RoleResponse>>> List(KontorDb db, CancellationToken ct) => TypedResults.Ok(await ListAsync(db, ct));

    public static async Task<Results<Ok<RoleResponse>, ProblemHttpResult>> Get(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        if (await OneAsync(db, id, ct) is not { } role)
        {
            return RoleErrors.NotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(role.Version);
        return TypedResults.Ok(role);
    }

    public static async Task<List<RoleResponse>> ListAsync(KontorDb db, CancellationToken ct)
    {
        var roles = await db.Set<Role>().AsNoTracking().Include(r => r.Grants).AsSplitQuery().ToListAsync(ct);
        var holders = await HoldersAsync(db, ct);
        return [.. roles.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).Select(r => RoleResponse.From(r, holders.GetValueOrDefault(r.Id)))];
    }

    public static async Task<RoleResponse?> OneAsync(KontorDb db, long id, CancellationToken ct)
    {
        var role = await db.Set<Role>().AsNoTracking().Include(r => r.Grants).FirstOrDefaultAsync(r => r.Id == id, ct);
        return role is null ? null : RoleResponse.From(role, await db.Set<UserRole>().CountAsync(ur => ur.RoleId == id, ct));
    }

    private static async Task<Dictionary<long, int>> HoldersAsync(KontorDb db, CancellationToken ct) =>
        await db.Set<UserRole>().GroupBy(ur => ur.RoleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
