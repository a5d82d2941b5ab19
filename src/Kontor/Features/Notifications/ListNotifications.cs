using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Notifications;

public sealed record NotificationResponse(
    long Id, string Kind, string Title, string? Body, long? DealId, long? ContactId, long? CompanyId, long? ActivityId, long? CommentId,
    DateTime CreatedAt, DateTime? ReadAt);

/// <summary>A page of the user's notifications, newest first, with how many are unread in all.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationResponse> Items, string? Next, int Unread);

/// <summary>The signed-in user's notifications (the bell): list, mark one or all read.</summary>
public static class ListNotifications
{
    private sealed record Position(long Id);

    public static async Task<Results<Ok<NotificationPage>, ProblemHttpResult>> Handle(
        [FromQuery] bool? unread, [FromQuery, Range(1, 200)] int? limit, [FromQuery, StringLength(500)] string? cursor, KontorDb db,
        HttpContext http, CancellationToken ct)
    {
        var (page, error) = await RunAsync(db, http.User.Id(), unread ?? false, limit, cursor, ct);
        return error is null ? TypedResults.Ok(page!) : error.ToProblem();
    }

    public static async Task<(NotificationPage? Page, Error? Error)> RunAsync(
        KontorDb db, long userId, bool unreadOnly, int? limit, string? cursor, CancellationToken ct)
    {
        if (!Cursor.TryDecode<Position>(cursor, out var position))
        {
            return (null, Cursor.Invalid);
        }

        var mine = Readable(db, db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId));
        var query = unreadOnly ? mine.Where(n => n.ReadAt == null) : mine;
        if (position is not null)
        {
            query = query.Where(n => n.Id < position.Id);
        }

        var take = limit ?? 20;
        var items = await query.OrderByDescending(n => n.Id).Take(take + 1)
            .Select(n => new NotificationResponse(
                n.Id, n.Kind, n.Title, n.Body, n.DealId, n.ContactId, n.CompanyId, n.ActivityId, n.CommentId, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        string? next = null;
        if (items.Count > take)
        {
            items.RemoveAt(take);
            next = Cursor.Encode(new Position(items[^1].Id));
        }

        return (new NotificationPage(items, next, await UnreadAsync(db, userId, ct)), null);
    }

    public static Task<int> UnreadAsync(KontorDb db, long userId, CancellationToken ct) =>
        Readable(db, db.Set<Notification>()).CountAsync(n => n.UserId == userId && n.ReadAt == null, ct);

    /// <summary>
    /// Notifications of records the user may read now: one written while they could, about a deal or customer they may no
    /// longer read, is neither shown nor counted (its title and text name the record).
    /// </summary>
    private static IQueryable<Notification> Readable(KontorDb db, IQueryable<Notification> notifications) =>
        notifications.Where(n =>
            (n.DealId == null || db.Set<Deal>().Any(d => d.Id == n.DealId)) &&
            (n.ContactId == null || db.Set<Contact>().Any(c => c.Id == n.ContactId)) &&
            (n.CompanyId == null || db.Set<Company>().Any(c => c.Id == n.CompanyId)));

    public static async Task<Results<NoContent, ProblemHttpResult>> MarkRead(long id, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        await MarkReadAsync(db, http.User.Id(), id, clock, ct) is { } error ? error.ToProblem() : TypedResults.NoContent();

    /// <summary>Marks one of the user's notifications read; another user's counts as not found.</summary>
    public static async Task<Error?> MarkReadAsync(KontorDb db, long userId, long id, TimeProvider clock, CancellationToken ct)
    {
        var notification = await db.Set<Notification>().FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, ct);
        if (notification is null)
        {
            return Error.NotFound("notifications", "notification");
        }

        notification.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<NoContent> MarkAllRead(KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        await MarkAllReadAsync(db, http.User.Id(), clock, ct);
        return TypedResults.NoContent();
    }

    public static async Task MarkAllReadAsync(KontorDb db, long userId, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unread = await db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync(ct);
        unread.ForEach(n => n.ReadAt = now);
        await db.SaveChangesAsync(ct);
    }
}
