using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Users;

/// <summary>Users ordered by name, then id, with keyset paging. Deactivated users are left out unless asked for.</summary>
public static class ListUsers
{
    public sealed record Query
    {
        [FromQuery] public bool? IncludeInactive { get; init; }

        /// <summary>Text contained in the name or the e-mail address, case-insensitive.</summary>
        [FromQuery, StringLength(200)] public string? Q { get; init; }

        [FromQuery] public long? DepartmentId { get; init; }

        [FromQuery, Range(1, 200)] public int? Limit { get; init; }

        [FromQuery, StringLength(500)] public string? Cursor { get; init; }
    }

    private sealed record Position(string Name, long Id);

    public static async Task<Results<Ok<Page<UserResponse>>, ProblemHttpResult>> Handle([AsParameters] Query query, KontorDb db, CancellationToken ct)
    {
        if (!Cursor.TryDecode<Position>(query.Cursor, out var position))
        {
            return Cursor.Invalid.ToProblem();
        }

        var users = db.Set<User>().AsNoTracking();
        if (query.IncludeInactive != true)
        {
            users = users.Where(u => u.IsActive);
        }

        if (query.DepartmentId is { } department)
        {
            users = users.Where(u => u.DepartmentId == department);
        }

        users = users.WhereContains(query.Q, db.IsPostgres, (u, contains) => contains(u.Name) || contains(u.Email));

        if (position is not null)
        {
            var (name, id) = (position.Name, position.Id);

            // CompareTo becomes SQL's own comparison, the same collation that orders the page.
            users = users.Where(u => u.Name.CompareTo(name) > 0 || (u.Name == name && u.Id > id));
        }

        var limit = query.Limit ?? 50;
        var rows = await users.OrderBy(u => u.Name).ThenBy(u => u.Id).Take(limit + 1).Select(UserResponse.Projection).ToListAsync(ct);

        string? next = null;
        if (rows.Count > limit)
        {
            rows.RemoveAt(limit);
            next = Cursor.Encode(new Position(rows[^1].Name, rows[^1].Id));
        }

        return TypedResults.Ok(new Page<UserResponse>(await UserResponse.WithRolesAsync(db, rows, ct), next));
    }
}
