using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Activities;

/// <summary>Activities by deadline, soonest first, keyset paged: a deal's, or a person's ("my activities").</summary>
public static class ListActivities
{
    public sealed record Query
    {
        /// <summary><c>me</c> or a user id; all people when left out.</summary>
        [FromQuery, RegularExpression("^(me|[1-9][0-9]{0,17})$")]
        public string? Responsible { get; init; }

        /// <summary><c>overdue</c> (deadline passed), <c>today</c> or <c>week</c> (the current Monday-to-Sunday week) in your time zone; all when left out.</summary>
        [FromQuery, RegularExpression("^(overdue|today|week)$")]
        public string? Due { get; init; }

        /// <summary><c>planned</c> (the default), <c>done</c>, <c>cancelled</c> or <c>all</c>.</summary>
        [FromQuery, RegularExpression("^(planned|done|cancelled|all)$")]
        public string? State { get; init; }

        [FromQuery, Range(1, 200)] public int? Limit { get; init; }

        [FromQuery, StringLength(500)] public string? Cursor { get; init; }
    }

    private sealed record Position(DateTime Deadline, long Id);

    public static async Task<Results<Ok<Page<ActivityResponse>>, ProblemHttpResult>> Mine(
        [AsParameters] Query query, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (page, error) = await RunAsync(db, null, query, http.User.Id(), clock, ct);
        return error is null ? TypedResults.Ok(page!) : error.ToProblem();
    }

    public static async Task<Results<Ok<Page<ActivityResponse>>, ProblemHttpResult>> OfDeal(
        long id, [AsParameters] Query query, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (page, error) = await RunAsync(db, id, query, http.User.Id(), clock, ct);
        return error is null ? TypedResults.Ok(page!) : error.ToProblem();
    }

    /// <summary>The list for every surface; <paramref name="dealId"/> null lists across the deals the user may open.</summary>
    public static async Task<(Page<ActivityResponse>? Page, Error? Error)> RunAsync(
        KontorDb db, long? dealId, Query query, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (dealId is { } deal && await DealAccess.CheckAsync(db, deal, ct) is { } access)
        {
            return (null, access);
        }

        if (!Cursor.TryDecode<Position>(query.Cursor, out var position))
        {
            return (null, Cursor.Invalid);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var zone = await UserZone.OfAsync(db, userId, ct);
        var visible = db.Set<Deal>().Select(d => d.Id);
        var activities = dealId is { } only
            ? db.Set<Activity>().Where(a => a.DealId == only)
            : db.Set<Activity>().Where(a => visible.Contains(a.DealId));

        activities = query.State switch
        {
            "all" => activities,
            "done" => activities.Where(a => a.State == ActivityState.Done),
            "cancelled" => activities.Where(a => a.State == ActivityState.Cancelled),
            _ => activities.Where(ActivityRules.IsOpen),
        };

        if (query.Responsible is { } responsible)
        {
            var person = responsible == "me" ? userId : long.Parse(responsible, System.Globalization.CultureInfo.InvariantCulture);
            activities = activities.Where(a => a.ResponsibleId == person);
        }

        switch (query.Due)
        {
            case "overdue":
                activities = activities.Where(a => a.State == ActivityState.Planned && a.Deadline < now);
                break;
            case "today":
                var (dayStart, dayEnd) = LocalTime.Day(now, zone);
                activities = activities.Where(a => a.Deadline >= dayStart && a.Deadline < dayEnd);
                break;
            case "week":
                var (weekStart, weekEnd) = LocalTime.Week(now, zone);
                activities = activities.Where(a => a.Deadline >= weekStart && a.Deadline < weekEnd);
                break;
        }

        if (position is not null)
        {
            activities = activities.Where(a => a.Deadline > position.Deadline || (a.Deadline == position.Deadline && a.Id > position.Id));
        }

        var take = query.Limit ?? 50;
        var items = await ActivityResponse.ReadAsync(
            db, activities.OrderBy(a => a.Deadline).ThenBy(a => a.Id).Take(take + 1), zone, now, ct);
        string? next = null;
        if (items.Count > take)
        {
            items.RemoveAt(take);
            next = Cursor.Encode(new Position(items[^1].Deadline.UtcDateTime, items[^1].Id));
        }

        return (new Page<ActivityResponse>(items, next), null);
    }
}
