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
        if (!await db.Set<Deal>().AnyAsync(d => d.Id == id, ct))
        {
            return DealErrors.NotFound.ToProblem();
        }

        if (!Cursor.TryDecode<Position>(cursor, out var position))
        {
            return Cursor.Invalid.ToProblem();
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
        return TypedResults.Ok(new Page<Item>(items, next));
    }
}
