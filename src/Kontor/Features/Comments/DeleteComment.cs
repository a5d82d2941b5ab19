using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Features.Comments;

/// <summary>Deletes a comment by its author: it leaves the timeline; its text and revisions stay stored.</summary>
public static class DeleteComment
{
    public static async Task<Results<NoContent, ProblemHttpResult>> Handle(long id, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var error = await RunAsync(db, id, version => ETags.Matches(http.Request, version), http.User.Id(), clock, ct);
        return error is null ? TypedResults.NoContent() : error.ToProblem();
    }

    public static async Task<Error?> RunAsync(KontorDb db, long id, Func<int, bool> versionMatches, long userId, TimeProvider clock, CancellationToken ct)
    {
        var (comment, error) = await UpdateComment.LoadAsync(db, id, userId, ct);
        if (comment is null)
        {
            return error;
        }

        if (!versionMatches(comment.Version))
        {
            return CommentErrors.PreconditionFailed;
        }

        if (comment.Delete(userId, clock.GetUtcNow().UtcDateTime) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return null;
    }
}
