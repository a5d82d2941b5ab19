using System.Linq.Expressions;
using Kontor.Data;
using Kontor.Features.Access;

namespace Kontor.Features.Users;

/// <summary>A user as the API shows it: never the password hash, stamps or lockout state.</summary>
public sealed record UserResponse(
    long Id,
    string Email,
    string Name,
    long? DepartmentId,
    string Locale,
    string TimeZone,
    bool IsAdministrator,
    bool IsActive,
    DateTime CreatedAt)
{
    public static readonly Expression<Func<User, UserResponse>> Projection = u => new UserResponse(
        u.Id, u.Email ?? "", u.Name, u.DepartmentId, u.Locale, u.TimeZone, u.IsAdministrator, u.IsActive, u.CreatedAt);

    private static readonly Func<User, UserResponse> Compiled = Projection.Compile();

    /// <summary>The roles the user holds.</summary>
    public IReadOnlyList<long> RoleIds { get; init; } = [];

    public static UserResponse From(User user) => Compiled(user);

    public static async Task<List<UserResponse>> WithRolesAsync(KontorDb db, List<UserResponse> users, CancellationToken ct)
    {
        var roles = await UserRoles.OfAsync(db, [.. users.Select(u => u.Id)], ct);
        return [.. users.Select(u => u with { RoleIds = roles.GetValueOrDefault(u.Id) ?? [] })];
    }

    public async Task<UserResponse> WithRolesAsync(KontorDb db, CancellationToken ct) => (await WithRolesAsync(db, [this], ct))[0];
}
