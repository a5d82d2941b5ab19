using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Departments;

public static class DepartmentRules
{
    /// <summary>New departments without a sort go after those placed by hand with the usual small numbers.</summary>
    public const int DefaultSort = 500;

    public static async Task<Error?> CheckReferencesAsync(KontorDb db, long? parentId, long? headUserId, CancellationToken ct)
    {
        if (parentId is { } parent && !await db.Set<Department>().AnyAsync(d => d.Id == parent, ct))
        {
            return DepartmentErrors.ParentNotFound;
        }

        if (headUserId is { } head && !await db.Set<User>().AnyAsync(u => u.Id == head && u.IsActive, ct))
        {
            return DepartmentErrors.HeadNotFound;
        }

        return null;
    }
}
