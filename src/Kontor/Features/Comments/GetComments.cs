using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Timeline;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Comments;

public static class GetComments
{
    private sealed record Position(long Id);

    public static async Task<Results<Ok<CommentResponse>, ProblemHttpResult>> One(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var (comment, error) = await UpdateComment.LoadAsync(db, id, http.User.Id(), ct);
        return comment is null ? error!.ToProblem() : await UpdateComment.RespondAsync(db, id, http, ct);
    }

    /// <summary>The earlier texts of a comment, newest first.</summary>
    public static async Task<Results<Ok<List<RevisionResponse>>, ProblemHttpResult>> Revisions(long id, KontorDb db, HttpContext http, CancellationToken ct)
    {
        var (comment, error) = await UpdateComment.LoadAsync(db, id, http.User.Id(), ct);
        if (comment is null)
        {
            return error!.ToProblem();
        }

        return TypedResults.Ok(await db.Set<CommentRevision>().AsNoTracking().Where(r => r.CommentId == id).OrderByDescending(r => r.Id)
            .Select(r => new RevisionResponse(r.Text, r.Html, r.WrittenAt, r.ReplacedAt)).ToListAsync(ct));
    }

    public static Task<Results<Ok<Page<CommentResponse>>, ProblemHttpResult>> OfDeal(
        long id, [FromQuery, Range(1, 200)] int? limit, [FromQuery, StringLength(500)] string? cursor, KontorDb db, HttpContext http, CancellationToken ct) =>
        ListAsync(Owner.Deal(id), limit, cursor, db, http, ct);

    public static Task<Results<Ok<Page<CommentResponse>>, ProblemHttpResult>> OfContact(
        long id, [FromQuery, Range(1, 200)] int? limit, [FromQuery, StringLength(500)] string? cursor, KontorDb db, HttpContext http, CancellationToken ct) =>
        ListAsync(Owner.Contact(id), limit, cursor, db, http, ct);

    public static Task<Results<Ok<Page<CommentResponse>>, ProblemHttpResult>> OfCompany(
        long id, [FromQuery, Range(1, 200)] int? limit, [FromQuery, StringLength(500)] string? cursor, KontorDb db, HttpContext http, CancellationToken ct) =>
        ListAsync(Owner.Company(id), limit, cursor, db, http, ct);

    /// <summary>A record's comments, newest first.</summary>
    private static async Task<Results<Ok<Page<CommentResponse>>, ProblemHttpResult>> ListAsync(
        Owner owner, int? limit, string? cursor, KontorDb db, HttpContext http, CancellationToken ct)
    {
        if (await owner.CheckAsync(db, http.User.Id(), ct) is { } error)
        {
            return error.ToProblem();
        }

        if (!Cursor.TryDecode<Position>(cursor, out var position))
        {
            return Cursor.Invalid.ToProblem();
        }

        var take = limit ?? 50;
        var (type, ownerId, after) = (owner.Code, owner.Id, position?.Id ?? long.MaxValue);
        var ids = await db.Set<Comment>().AsNoTracking()
            .Where(c => c.OwnerType == type && (c.DealId == ownerId || c.ContactId == ownerId || c.CompanyId == ownerId) && c.DeletedAt == null && c.Id < after)
            .OrderByDescending(c => c.Id).Select(c => c.Id).Take(take + 1).ToListAsync(ct);
        string? next = null;
        if (ids.Count > take)
        {
            ids.RemoveAt(take);
            next = Cursor.Encode(new Position(ids[^1]));
        }

        var comments = await CommentResponse.ReadAsync(db, c => ids.Contains(c.Id), ct);
        return TypedResults.Ok(new Page<CommentResponse>(comments.OrderByDescending(c => c.Id).ToList(), next));
    }
}
