using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Access;

/// <summary>The roles a new database starts with. Names are the same in both languages, as Bitrix24's are.</summary>
public static class DefaultRoles
{
    public const string Administrator = "Administrator";
    public const string Manager = "Manager";
    public const string Sales = "Sales";
    public const string ReadOnly = "Read-only";

    public static IReadOnlyList<Role> Create() =>
    [
        Role(Administrator, everything: true, (_, _) => Reach.All),
        Role(Manager, everything: false, (_, _) => Reach.All),
        Role(Sales, everything: false, (type, action) => (type, action) switch
        {
            (RecordType.Product, AccessAction.Read) => Reach.All,
            (RecordType.Product, _) => Reach.None,
            (_, AccessAction.Read) => Reach.Department,
            (_, AccessAction.Add or AccessAction.Change or AccessAction.Export) => Reach.Own,
            _ => Reach.None,
        }),
        Role(ReadOnly, everything: false, (_, action) => action == AccessAction.Read ? Reach.All : Reach.None),
    ];

    /// <summary>
    /// On a database without roles: the defaults, administrators get "Administrator" and everyone else "Manager", which
    /// is what they could do before roles existed.
    /// </summary>
    public static async Task SeedAsync(KontorDb db, CancellationToken ct)
    {
        if (await db.Set<Role>().AnyAsync(ct))
        {
            return;
        }

        var roles = Create();
        db.AddRange(roles);
        await db.SaveChangesAsync(ct);
        var users = await db.Set<User>().Select(u => new { u.Id, u.IsAdministrator }).ToListAsync(ct);
        db.AddRange(users.Select(u => new UserRole { UserId = u.Id, RoleId = roles.Single(r => r.Name == (u.IsAdministrator ? Administrator : Manager)).Id }));
        await db.SaveChangesAsync(ct);
    }

    private static Role Role(string name, bool everything, Func<RecordType, AccessAction, Reach> reach)
    {
        var role = new Role
        {
            Name = name,
            ManagePipelines = everything,
            ManageCustomFields = everything,
            ManageAccess = everything,
            SeeAllReports = everything || name == Manager,
        };
        role.Grants.AddRange(
            from type in Enum.GetValues<RecordType>()
            from action in Enum.GetValues<AccessAction>()
            where reach(type, action) != Reach.None
            select new RoleGrant { RecordType = type, Action = action, Reach = reach(type, action) });
        return role;
    }
}
