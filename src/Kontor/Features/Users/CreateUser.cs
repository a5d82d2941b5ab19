using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Departments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Users;

public static class CreateUser
{
    public sealed record Request
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; init; } = "";

        [Required, StringLength(200)]
        public string Name { get; init; } = "";

        [Required, StringLength(256)]
        public string Password { get; init; } = "";

        public long? DepartmentId { get; init; }

        /// <summary><c>de-DE</c> (the default) or <c>en-US</c>.</summary>
        [SupportedLocale]
        public string? Locale { get; init; }

        /// <summary>An IANA time zone; defaults to <c>Europe/Berlin</c>.</summary>
        [IanaTimeZone]
        public string? TimeZone { get; init; }

        public bool? IsAdministrator { get; init; }

        /// <summary>The roles the user holds; without any the user sees no records until given one.</summary>
        [MaxLength(50)]
        public IReadOnlyList<long>? RoleIds { get; init; }
    }

    public static async Task<Results<CreatedAtRoute<UserResponse>, ProblemHttpResult>> Handle(
        Request request, ClaimsPrincipal principal, UserManager<User> users, KontorDb db, TimeProvider clock, CancellationToken ct)
    {
        var (created, error) = await RunAsync(db, users, request, principal.Id(), clock, ct);
        return error is null ? TypedResults.CreatedAtRoute(created!, nameof(GetUser), new { id = created!.Id }) : error.ToProblem();
    }

    /// <summary>
    /// The core the API and the UI share: checks the password, address, department and roles, then creates;
    /// <paramref name="actorId"/> is the user creating.
    /// </summary>
    public static async Task<(UserResponse? User, Error? Error)> RunAsync(
        KontorDb db, UserManager<User> users, Request request, long actorId, TimeProvider clock, CancellationToken ct)
    {
        if (await UserRules.CheckAdministratorAsync(db, actorId, request.IsAdministrator == true, ct) is { } adminOnly)
        {
            return (null, adminOnly);
        }

        var email = request.Email.Trim();
        var user = new User
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            Name = request.Name.Trim(),
            DepartmentId = request.DepartmentId,
            IsAdministrator = request.IsAdministrator ?? false,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        user.Locale = request.Locale ?? user.Locale;
        user.TimeZone = request.TimeZone ?? user.TimeZone;

        if (await UserRules.CheckPasswordAsync(users, user, request.Password) is { } weak)
        {
            return (null, weak);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return (null, UserErrors.EmailTaken);
        }

        if (request.DepartmentId is { } department && !await db.Set<Department>().AnyAsync(d => d.Id == department, ct))
        {
            return (null, UserErrors.DepartmentNotFound);
        }

        if (await UserRoles.CheckAsync(db, request.RoleIds ?? [], ct) is { } roleError)
        {
            return (null, roleError);
        }

        IdentityResult result;
        try
        {
            result = await users.CreateAsync(user, request.Password);
        }
        catch (DbUpdateException)
        {
            // Another request took the address between the check and the insert; the unique index refused this one.
            return (null, UserErrors.EmailTaken);
        }

        if (!result.Succeeded)
        {
            return (null, UserRules.ToError(result));
        }

        if (request.RoleIds is { Count: > 0 } roleIds)
        {
            await UserRoles.ReplaceAsync(db, user.Id, roleIds, ct);
            await db.SaveChangesAsync(ct);
        }

        return (await UserResponse.From(user).WithRolesAsync(db, ct), null);
    }
}
