using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Departments;

/// <summary>Deletes an empty department: one with sub-departments or users (deactivated ones too) is refused.</summary>
public static class DeleteDepartment
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, KontorDb db, CancellationToken ct) =>
        await RunAsync(db, id, ct) is { } error ? error.ToProblem() : TypedResults.NoContent();

    /// <summary>The core the API and the UI share.</summary>
    public static async Task<Error?> RunAsync(KontorDb db, long id, CancellationToken ct)
    {
        var department = await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == id, ct);
        if (department is null)
        {
            return DepartmentErrors.NotFound;
        }

        if (await db.Set<Department>().AnyAsync(d => d.ParentId == id, ct))
        {
            return DepartmentErrors.HasChildren;
        }

        if (await db.Set<User>().AnyAsync(u => u.DepartmentId == id, ct))
        {
            return DepartmentErrors.HasUsers;
        }

        db.Remove(department);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A sub-department was added meanwhile; the foreign key refused the delete.
            return DepartmentErrors.HasChildren;
        }

        return null;
    }
}
