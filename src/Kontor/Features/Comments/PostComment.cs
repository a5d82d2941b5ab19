using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Kontor.Features.Notifications;
using Kontor.Features.Timeline;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Comments;

public static class PostComment
{
    public sealed record Request
    {
        /// <summary>Markdown; mention people as <c>@[Name](user:ID)</c>.</summary>
        [Required, StringLength(CommentRules.MaxTextLength, MinimumLength = 1)]
        public string Text { get; init; } = "";
    }

    public static Task<Results<Created<CommentResponse>, ProblemHttpResult>> ForDeal(
        long id, Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        HandleAsync(Owner.Deal(id), request, db, http, clock, ct);

    public static Task<Results<Created<CommentResponse>, ProblemHttpResult>> ForContact(
        long id, Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        HandleAsync(Owner.Contact(id), request, db, http, clock, ct);

    public static Task<Results<Created<CommentResponse>, ProblemHttpResult>> ForCompany(
        long id, Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        HandleAsync(Owner.Company(id), request, db, http, clock, ct);

    private static async Task<Results<Created<CommentResponse>, ProblemHttpResult>> HandleAsync(
        Owner owner, Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (comment, error) = await RunAsync(db, owner, request.Text, http.User.Id(), clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(comment!.Version);
        return TypedResults.Created($"/api/v1/comments/{comment.Id}", await CommentResponse.ReadOneAsync(db, comment.Id, ct));
    }

    /// <summary>The use case for every surface: checks the record, renders and saves, notifies the mentioned users.</summary>
    public static async Task<(Comment? Comment, Error? Error)> RunAsync(KontorDb db, Owner owner, string text, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > CommentRules.MaxTextLength)
        {
            return (null, Error.Validation("text", $"Write 1 to {CommentRules.MaxTextLength} characters."));
        }

        if (await owner.CheckAsync(db, userId, ct) is { } error)
        {
            return (null, error);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rendered = CommentRules.Render(text);
        var comment = Comment.Post(owner, userId, rendered, now);
        db.Add(comment);
        await Notify.MentionsAsync(db, comment, rendered.MentionedUserIds, await TitleOfAsync(db, owner, ct), now, ct);
        await db.SaveChangesAsync(ct);
        return (comment, null);
    }

    /// <summary>The name of the record, for notifications.</summary>
    public static async Task<string> TitleOfAsync(KontorDb db, Owner owner, CancellationToken ct)
    {
        var id = owner.Id;
        return owner.Type switch
        {
            OwnerType.Deal => await db.Set<Deal>().Where(d => d.Id == id).Select(d => d.Title).FirstOrDefaultAsync(ct),
            OwnerType.Contact => await db.Set<Contact>().Where(c => c.Id == id).Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync(ct),
            _ => await db.Set<Company>().Where(c => c.Id == id).Select(c => c.Name).FirstOrDefaultAsync(ct),
        } ?? "";
    }
}
