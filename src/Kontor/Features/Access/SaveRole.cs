using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Access;

/// <summary>
/// Creates a role, or replaces one whole (PUT: the matrix is one thing; a cell left out is none). <c>If-Match</c> with a
/// stale ETag is 412; a concurrent change found on save is 409. Changes apply to every holder's next request.
/// </summary>
public static class SaveRole
{
    public static async Task<Results<CreatedAtRoute<RoleResponse>, ProblemHttpResult>> Create(RoleInput input, KontorDb db, CancellationToken ct)
    {
        var (role, error) = await CreateAsync(db, input, ct);
        return error is null ? TypedResults.CreatedAtRoute(role!, "GetRole", new { id = role!.Id }) : error.ToProblem();
    }

    public static async Task<Results<Ok<RoleResponse>, ProblemHttpResult>> Replace(long id, RoleInput input, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var (role, error) = await ReplaceAsync(db, id, input, version => ETags.Matches(http.Request, version), ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(role!.Version);
        return TypedResults.Ok(role);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(long id, KontorDb db, HttpContext http, CancellationToken ct) =>
        await DeleteAsync(db, id, version => ETags.Matches(http.Request, version), ct) is { } error ? error.ToProblem() : TypedResults.NoContent();

    public static async Task<(RoleResponse? Role, Error? Error)> CreateAsync(KontorDb db, RoleInput input, CancellationToken ct)
    {
        var role = new Role();
        if (await ApplyAsync(db, role, input, ct) is { } error)
        {
            return (null, error);
        }

        db.Add(role);
        await db.SaveChangesAsync(ct);
        return (RoleResponse.From(role, 0), null);
    }

    public static async Task<(RoleResponse? Role, Error? Error)> ReplaceAsync(
        KontorDb db, long id, RoleInput input, Func<int, bool> versionMatches, CancellationToken ct)
    {
        var role = await db.Set<Role>().Include(r => r.Grants).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return (null, RoleErrors.NotFound);
        }

        if (!versionMatches(role.Version))
        {
            return (null, RoleErrors.PreconditionFailed);
        }

        if (await ApplyAsync(db, role, input, ct) is { } error)
        {
            return (null, error);
        }

        // The grants are rows of their own; the role's version moves on even when only they changed.
        db.Entry(role).Property(r => r.Name).IsModified = true;
        await db.SaveChangesAsync(ct);
        return (RoleResponse.From(role, await db.Set<UserRole>().CountAsync(ur => ur.RoleId == id, ct)), null);
    }

    public static async Task<Error?> DeleteAsync(KontorDb db, long id, Func<int, bool> versionMatches, CancellationToken ct)
    {
        var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (role is null)
        {
            return RoleErrors.NotFound;
        }

        if (!versionMatches(role.Version))
        {
            return RoleErrors.PreconditionFailed;
        }

        if (await db.Set<UserRole>().AnyAsync(ur => ur.RoleId == id, ct))
        {
            return RoleErrors.InUse;
        }

        db.Remove(role);
        await db.SaveChangesAsync(ct);
        return null;
    }

    private static async Task<Error?> ApplyAsync(KontorDb db, Role role, RoleInput input, CancellationToken ct)
    {
        var name = input.Name.Trim();
        if (name.Length == 0)
        {
            return Error.Validation("name", "The name must not be empty.");
        }

        var names = await db.Set<Role>().Where(r => r.Id != role.Id).Select(r => r.Name).ToListAsync(ct);
        if (names.Contains(name, StringComparer.CurrentCultureIgnoreCase))
        {
            return RoleErrors.NameTaken;
        }

        var (grants, error) = await input.GrantsAsync(db, ct);
        if (error is not null)
        {
            return error;
        }

        input.ApplyTo(role, grants!);
        return null;
    }
}
