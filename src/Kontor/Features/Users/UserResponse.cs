using System.Linq.Expressions;

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

    public static UserResponse From(User user) => Compiled(user);
}
