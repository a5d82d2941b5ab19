using System.Security.Claims;
using Kontor.Common;
using Kontor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Users;

public static class GetUser
{
    public static Task<Results<Ok<UserResponse>, ProblemHttpResult>> Handle(long id, KontorDb db, CancellationToken ct) =>
        FindAsync(db, id, ct);

    /// <summary>The signed-in user.</summary>
    public static Task<Results<Ok<UserResponse>, ProblemHttpResult>> Me(ClaimsPrincipal principal, KontorDb db, CancellationToken ct) =>
        FindAsync(db, principal.Id(), ct);

    private static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> FindAsync(KontorDb db, long id, CancellationToken ct)
    {
        var user = await db.Set<User>().AsNoTracking().Where(u => u.Id == id).Select(UserResponse.Projection).FirstOrDefaultAsync(ct);
        return user is null ? UserErrors.NotFound.ToProblem() : TypedResults.Ok(await user.WithRolesAsync(db, ct));
    }
}
