using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Timeline;

public static class GetTimeline
{
    public sealed record Item(long Id, string Kind, long? AuthorId, string? AuthorName, DateTime CreatedAt, JsonElement Data);

    private sealed record Position(DateTime CreatedAt, long Id);

    /// <summary>A deal's timeline, newest first, keyset paged.</summary>
    public static async Task<Results<Ok<Page<Item>>, ProblemHttpResult>> ForDeal(
        long id, [FromQuery, Range(1, 200)] int? limit, [FromQuery, StringLength(500)] string? cursor, KontorDb db, CancellationToken ct)
    {
        var (page, error) = await RunAsync(db, id, limit, cursor, ct);
        return error is null ? TypedResults.Ok(page!) : error.ToProblem();
    }

    /// <summary>A deal's timeline for every surface.</summary>
    public static async Task<(Page<Item>? Page, Error? Error)> RunAsync(KontorDb db, long id, int? limit, string? cursor, CancellationToken ct)
    {
        if (!await db.Set<Deal>().AnyAsync(d => d.Id == id, ct))
        {
            return (null, DealErrors.NotFound);
        }

        if (!Cursor.TryDecode<Position>(cursor, out var position))
        {
            return (null, Cursor.Invalid);
        }

        var entries = db.Set<TimelineEntry>().AsNoTracking().Where(e => e.DealId == id);
        if (position is not null)
        {
            entries = entries.Where(e => e.CreatedAt < position.CreatedAt || (e.CreatedAt == position.CreatedAt && e.Id < position.Id));
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
            })
            .ToListAsync(ct);

        string? next = null;
        if (rows.Count > take)
        {
            rows.RemoveAt(take);
            next = Cursor.Encode(new Position(rows[^1].CreatedAt, rows[^1].Id));
        }

        var items = rows.Select(r => new Item(r.Id, r.Kind, r.AuthorId, r.AuthorName, r.CreatedAt, JsonDocument.Parse(r.Data).RootElement.Clone())).ToList();
        return (new Page<Item>(items, next), null);
    }
}
