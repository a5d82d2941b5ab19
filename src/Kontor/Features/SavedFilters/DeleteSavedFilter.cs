using System.Security.Claims;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.SavedFilters;

public static class DeleteSavedFilter
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, ClaimsPrincipal user, KontorDb db, CancellationToken ct) =>
        await RunAsync(db, user.Id(), id, ct) is { } error ? error.ToProblem() : TypedResults.NoContent();

    /// <summary>Deletes one of the user's own filters; another user's filter is "not found", not "forbidden".</summary>
    public static async Task<Error?> RunAsync(KontorDb db, long userId, long id, CancellationToken ct) =>
        await db.Set<SavedFilter>().Where(f => f.Id == id && f.UserId == userId).ExecuteDeleteAsync(ct) == 0 ? SavedFilterErrors.NotFound : null;
}
