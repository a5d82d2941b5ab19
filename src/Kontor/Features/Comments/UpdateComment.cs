using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Notifications;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Comments;

/// <summary>
/// PATCH <c>{text}</c> by the author: the old text is kept as a revision and the comment is marked edited; newly
/// mentioned people are notified. Pinning (PUT/DELETE <c>/pin</c>) is open to everyone who may open the record.
/// </summary>
public static class UpdateComment
{
    public static async Task<Results<Ok<CommentResponse>, ProblemHttpResult>> Handle(
        long id, JsonElement body, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var reader = new PatchReader<Draft>(body);
        reader.TextWhere(
            "text", t => !string.IsNullOrWhiteSpace(t) && t.Length <= CommentRules.MaxTextLength, (d, v) => d.Text = v,
            $"Write 1 to {CommentRules.MaxTextLength} characters.");
        reader.ReadOnly("id", "ownerType", "ownerId", "authorId", "authorName", "html", "isPinned", "pinnedAt", "createdAt", "editedAt", "isEdited", "attachments", "version");
        if (reader.Finish() is { } invalid)
        {
            return invalid.ToProblem();
        }

        var draft = new Draft();
        reader.ApplyTo(draft);
        var error = await RunAsync(db, id, draft.Text, version => ETags.Matches(http.Request, version), http.User.Id(), clock, ct);
        return error is null ? await RespondAsync(db, id, http, ct) : error.ToProblem();
    }

    /// <summary>Edits the text; <paramref name="text"/> null leaves it as it is.</summary>
    public static async Task<Error?> RunAsync(
        KontorDb db, long id, string? text, Func<int, bool> versionMatches, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (text is not null && (string.IsNullOrWhiteSpace(text) || text.Length > CommentRules.MaxTextLength))
        {
            return Error.Validation("text", $"Write 1 to {CommentRules.MaxTextLength} characters.");
        }

        var (comment, error) = await LoadAsync(db, id, userId, ct);
        if (comment is null)
        {
            return error;
        }

        if (!versionMatches(comment.Version))
        {
            return CommentErrors.PreconditionFailed;
        }

        if (text is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var before = CommentRules.Render(comment.Text).MentionedUserIds;
        var rendered = CommentRules.Render(text);
        if (comment.Edit(userId, rendered, now) is { } refused)
        {
            return refused;
        }

        var added = rendered.MentionedUserIds.Except(before).ToList();
        await Notify.MentionsAsync(db, comment, added, await PostComment.TitleOfAsync(db, comment.Owner, ct), now, ct);
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<Results<Ok<CommentResponse>, ProblemHttpResult>> Pin(
        long id, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        await PinAsync(db, id, true, http.User.Id(), clock, ct) is { } error ? error.ToProblem() : await RespondAsync(db, id, http, ct);

    public static async Task<Results<Ok<CommentResponse>, ProblemHttpResult>> Unpin(
        long id, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        await PinAsync(db, id, false, http.User.Id(), clock, ct) is { } error ? error.ToProblem() : await RespondAsync(db, id, http, ct);

    public static async Task<Error?> PinAsync(KontorDb db, long id, bool pinned, long userId, TimeProvider clock, CancellationToken ct)
    {
        var (comment, error) = await LoadAsync(db, id, userId, ct);
        if (comment is null)
        {
            return error;
        }

        comment.Pin(pinned, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>A comment that exists, is not deleted, and whose record the user may open.</summary>
    internal static async Task<(Comment? Comment, Error? Error)> LoadAsync(KontorDb db, long id, long userId, CancellationToken ct)
    {
        var comment = await db.Set<Comment>().FirstOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, ct);
        if (comment is null || await comment.Owner.CheckAsync(db, userId, ct) is not null)
        {
            return (null, CommentErrors.NotFound);
        }

        return (comment, null);
    }

    internal static async Task<Results<Ok<CommentResponse>, ProblemHttpResult>> RespondAsync(KontorDb db, long id, HttpContext http, CancellationToken ct)
    {
        var response = await CommentResponse.ReadOneAsync(db, id, ct);
        if (response is null)
        {
            return CommentErrors.NotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(response.Version);
        return TypedResults.Ok(response);
    }

    private sealed class Draft
    {
        public string? Text { get; set; }
    }
}
