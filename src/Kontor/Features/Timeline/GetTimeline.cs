using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Activities;
using Kontor.Features.Comments;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Timeline;

/// <summary>
/// One stream per record, newest first and keyset paged: the record's own changes merged with its comments,
/// activities, calls and e-mails, payments and deliveries. The first page also carries the planned activities
/// (soonest first) and the pinned comments, which are shown above the stream rather than in it.
/// </summary>
public static class GetTimeline
{
    /// <summary>
    /// One entry. <c>data</c> is kind-specific and fixed when the entry was written; <c>recordId</c> names the comment,
    /// activity, call or e-mail, payment or delivery it is about; comments carry their current state in <c>comment</c>.
    /// </summary>
    public sealed record Item(
        long Id, string Kind, long? AuthorId, string? AuthorName, DateTime CreatedAt, JsonElement Data, long? RecordId = null,
        CommentResponse? Comment = null);

    public sealed record TimelinePage(IReadOnlyList<Item> Items, string? Next, IReadOnlyList<ActivityResponse> Planned, IReadOnlyList<CommentResponse> Pinned);

    public sealed record Query
    {
        /// <summary>
        /// Comma-separated kinds: comment, activity, call, email, payment, delivery, or the record's own changes (created,
        /// fieldsChanged, stageMoved, productsChanged, closed, reopened; <c>system</c> names them all). All when left out.
        /// </summary>
        [FromQuery, StringLength(300)] public string? Kind { get; init; }

        [FromQuery, Range(1, 200)] public int? Limit { get; init; }

        [FromQuery, StringLength(500)] public string? Cursor { get; init; }
    }

    private sealed record Position(DateTime CreatedAt, long Id);

    private const int MaxPlanned = 100;

    public static Task<Results<Ok<TimelinePage>, ProblemHttpResult>> ForDeal(
        long id, [AsParameters] Query query, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        HandleAsync(Owner.Deal(id), query, db, http, clock, ct);

    public static Task<Results<Ok<TimelinePage>, ProblemHttpResult>> ForContact(
        long id, [AsParameters] Query query, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        HandleAsync(Owner.Contact(id), query, db, http, clock, ct);

    public static Task<Results<Ok<TimelinePage>, ProblemHttpResult>> ForCompany(
        long id, [AsParameters] Query query, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        HandleAsync(Owner.Company(id), query, db, http, clock, ct);

    private static async Task<Results<Ok<TimelinePage>, ProblemHttpResult>> HandleAsync(
        Owner owner, Query query, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (page, error) = await RunAsync(db, owner, query, http.User.Id(), clock, ct);
        return error is null ? TypedResults.Ok(page!) : error.ToProblem();
    }

    /// <summary>A deal's stream of entries of every kind, without the planned and pinned lists.</summary>
    public static async Task<(Page<Item>? Page, Error? Error)> RunAsync(KontorDb db, long id, int? limit, string? cursor, CancellationToken ct)
    {
        if (!await db.Set<Deals.Deal>().AnyAsync(d => d.Id == id, ct))
        {
            return (null, Deals.DealErrors.NotFound);
        }

        return await StreamAsync(db, Owner.Deal(id), null, limit, cursor, ct);
    }

    /// <summary>The timeline for every surface: the stream, and on the first page the planned activities and pinned comments.</summary>
    public static async Task<(TimelinePage? Page, Error? Error)> RunAsync(
        KontorDb db, Owner owner, Query query, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (!TryKinds(query.Kind, out var kinds))
        {
            return (null, Error.Validation("kind", $"Use kinds from: {string.Join(", ", TimelineKinds.RecordKinds.Concat(TimelineKinds.SystemKinds).Append("system"))}."));
        }

        if (await owner.CheckAsync(db, userId, ct) is { } access)
        {
            return (null, access);
        }

        var (stream, error) = await StreamAsync(db, owner, kinds, query.Limit, query.Cursor, ct);
        if (error is not null)
        {
            return (null, error);
        }

        IReadOnlyList<ActivityResponse> planned = [];
        IReadOnlyList<CommentResponse> pinned = [];
        if (string.IsNullOrEmpty(query.Cursor))
        {
            if (owner.Type == OwnerType.Deal && (kinds is null || kinds.Contains(TimelineKinds.Activity)))
            {
                var zone = await UserZone.OfAsync(db, userId, ct);
                var open = db.Set<Activity>().Where(a => a.DealId == owner.Id).Where(ActivityRules.IsOpen)
                    .OrderBy(a => a.Deadline).ThenBy(a => a.Id).Take(MaxPlanned);
                planned = await ActivityResponse.ReadAsync(db, open, zone, clock.GetUtcNow().UtcDateTime, ct);
            }

            if (kinds is null || kinds.Contains(TimelineKinds.Comment))
            {
                var (type, ownerId) = (owner.Code, owner.Id);
                pinned = (await CommentResponse.ReadAsync(
                        db, c => c.IsPinned && c.OwnerType == type && (c.DealId == ownerId || c.ContactId == ownerId || c.CompanyId == ownerId), ct))
                    .OrderByDescending(c => c.PinnedAt).ToList();
            }
        }

        return (new TimelinePage(stream!.Items, stream.Next, planned, pinned), null);
    }

    private static async Task<(Page<Item>? Page, Error? Error)> StreamAsync(
        KontorDb db, Owner owner, IReadOnlyList<string>? kinds, int? limit, string? cursor, CancellationToken ct)
    {
        if (!Cursor.TryDecode<Position>(cursor, out var position))
        {
            return (null, Cursor.Invalid);
        }

        var id = owner.Id;
        var entries = db.Set<TimelineEntry>().AsNoTracking();
        entries = owner.Type switch
        {
            OwnerType.Deal => entries.Where(e => e.DealId == id),
            OwnerType.Contact => entries.Where(e => e.ContactId == id),
            _ => entries.Where(e => e.CompanyId == id),
        };
        if (kinds is not null)
        {
            entries = kinds.Count == 1 ? entries.Where(e => e.Kind == kinds[0]) : entries.Where(e => kinds.Contains(e.Kind));
        }

        // Pinned comments are shown above the stream; deleted ones are gone from it.
        entries = entries.Where(e => e.CommentId == null || db.Set<Comment>().Any(c => c.Id == e.CommentId && !c.IsPinned && c.DeletedAt == null));
        if (position is not null)
        {
            entries = entries.Where(e => e.CreatedAt <= position.CreatedAt && (e.CreatedAt < position.CreatedAt || e.Id < position.Id));
        }

        var take = limit ?? 50;
        var rows = await entries.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(take + 1)
            .Select(e => new
            {
                e.Id,
                e.Kind,
                e.AuthorId,
                AuthorName = db.Set<User>().Where(u => u.Id == e.AuthorId).Select(u => u.Name).FirstOrDefault(),
                e.CreatedAt,
                e.Data,
                RecordId = e.CommentId ?? e.ActivityId ?? e.CommunicationId ?? e.PaymentId ?? e.DeliveryId,
                e.CommentId,
            })
            .ToListAsync(ct);

        string? next = null;
        if (rows.Count > take)
        {
            rows.RemoveAt(take);
            next = Cursor.Encode(new Position(rows[^1].CreatedAt, rows[^1].Id));
        }

        var commentIds = rows.Where(r => r.CommentId is not null).Select(r => r.CommentId!.Value).ToList();
        var comments = commentIds.Count == 0
            ? []
            : (await CommentResponse.ReadAsync(db, c => commentIds.Contains(c.Id), ct)).ToDictionary(c => c.Id);
        var items = rows.Select(r => new Item(
                r.Id, r.Kind, r.AuthorId, r.AuthorName, r.CreatedAt, JsonDocument.Parse(r.Data).RootElement.Clone(), r.RecordId,
                r.CommentId is { } c ? comments.GetValueOrDefault(c) : null))
            .ToList();
        return (new Page<Item>(items, next), null);
    }

    private static bool TryKinds(string? text, out IReadOnlyList<string>? kinds)
    {
        kinds = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var known = TimelineKinds.RecordKinds.Concat(TimelineKinds.SystemKinds).ToDictionary(k => k, StringComparer.OrdinalIgnoreCase);
        var list = new List<string>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Equals("system", StringComparison.OrdinalIgnoreCase))
            {
                list.AddRange(TimelineKinds.SystemKinds);
            }
            else if (known.TryGetValue(part, out var kind))
            {
                list.Add(kind);
            }
            else
            {
                return false;
            }
        }

        kinds = list.Distinct().ToList();
        return true;
    }
}
