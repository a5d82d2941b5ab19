using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Activities;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Calendar;

/// <summary>
/// A personal calendar address (<c>/calendar/{secret}.ics</c>) with the user's planned activities as RFC 5545 events,
/// for calendar apps that subscribe to a URL. The secret is the only credential, so it is long, random, stored hashed
/// and shown once; rotating it cuts off every old subscription.
/// </summary>
public static class CalendarFeeds
{
    public sealed record FeedInfo(bool Exists, DateTime? CreatedAt, DateTime? LastReadAt);

    public sealed record FeedAddress(string Url, DateTime CreatedAt);

    public static async Task<Ok<FeedInfo>> Get(KontorDb db, HttpContext http, CancellationToken ct) =>
        TypedResults.Ok(await InfoAsync(db, http.User.Id(), ct));

    public static async Task<FeedInfo> InfoAsync(KontorDb db, long userId, CancellationToken ct)
    {
        var feed = await db.Set<CalendarFeed>().AsNoTracking().FirstOrDefaultAsync(f => f.UserId == userId, ct);
        return new FeedInfo(feed is not null, feed?.CreatedAt, feed?.LastReadAt);
    }

    /// <summary>Creates the address, or replaces it with a new one; the answer is the only time it is shown.</summary>
    public static async Task<Created<FeedAddress>> Rotate(KontorDb db, HttpContext http, IConfiguration config, TimeProvider clock, CancellationToken ct)
    {
        var secret = await RotateAsync(db, http.User.Id(), clock, ct);
        var created = clock.GetUtcNow().UtcDateTime;
        return TypedResults.Created("/api/v1/calendar-feed", new FeedAddress(UrlOf(BaseUrl(http, config), secret), created));
    }

    /// <summary>A new secret for the user's feed; the old one stops working at once.</summary>
    public static async Task<string> RotateAsync(KontorDb db, long userId, TimeProvider clock, CancellationToken ct)
    {
        var secret = CalendarFeed.NewSecret();
        var now = clock.GetUtcNow().UtcDateTime;
        var feed = await db.Set<CalendarFeed>().FirstOrDefaultAsync(f => f.UserId == userId, ct);
        if (feed is null)
        {
            db.Add(new CalendarFeed { UserId = userId, SecretHash = CalendarFeed.HashOf(secret), CreatedAt = now });
        }
        else
        {
            (feed.SecretHash, feed.CreatedAt, feed.LastReadAt) = (CalendarFeed.HashOf(secret), now, null);
        }

        await db.SaveChangesAsync(ct);
        return secret;
    }

    public static async Task<NoContent> Delete(KontorDb db, HttpContext http, CancellationToken ct)
    {
        await DeleteAsync(db, http.User.Id(), ct);
        return TypedResults.NoContent();
    }

    public static Task DeleteAsync(KontorDb db, long userId, CancellationToken ct) =>
        db.Set<CalendarFeed>().Where(f => f.UserId == userId).ExecuteDeleteAsync(ct);

    public static string UrlOf(string baseUrl, string secret) => $"{baseUrl.TrimEnd('/')}/calendar/{secret}.ics";

    public static string BaseUrl(HttpContext http, IConfiguration config) =>
        config["Kontor:PublicUrl"] is { Length: > 0 } configured ? configured : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    /// <summary>The feed itself; an unknown secret is a plain 404.</summary>
    public static async Task<Results<ContentHttpResult, NotFound>> Ics(
        string secret, KontorDb db, HttpContext http, IConfiguration config, TimeProvider clock, CancellationToken ct)
    {
        if (secret.Length is < 20 or > 100)
        {
            return TypedResults.NotFound();
        }

        var hash = CalendarFeed.HashOf(secret);
        var feed = await db.Set<CalendarFeed>().FirstOrDefaultAsync(f => f.SecretHash == hash, ct);

        // The address stands for its user: it reads with their rights, and dies with their account.
        if (feed is null || await LoadAccess.ForUserAsync(db, feed.UserId, ct) is not { } access)
        {
            return TypedResults.NotFound();
        }

        db.Access = access;

        var now = clock.GetUtcNow().UtcDateTime;
        if (feed.LastReadAt is null || now - feed.LastReadAt > TimeSpan.FromMinutes(5))
        {
            feed.LastReadAt = now;
            await db.SaveChangesAsync(ct);
        }

        http.Response.Headers.CacheControl = "private, max-age=300";
        return TypedResults.Text(await RenderAsync(db, feed.UserId, config["Kontor:PublicUrl"], now, ct), "text/calendar; charset=utf-8");
    }

    /// <summary>The user's planned activities as an iCalendar document.</summary>
    public static async Task<string> RenderAsync(KontorDb db, long userId, string? publicUrl, DateTime utcNow, CancellationToken ct)
    {
        var locale = await db.Set<User>().Where(u => u.Id == userId).Select(u => u.Locale).FirstOrDefaultAsync(ct);
        var german = locale is null || locale.StartsWith("de", StringComparison.OrdinalIgnoreCase);
        var visible = db.Set<Deal>();
        var rows = await db.Set<Activity>().AsNoTracking()
            .Where(a => a.ResponsibleId == userId && a.State == ActivityState.Planned)
            .Join(visible, a => a.DealId, d => d.Id, (a, d) => new { Activity = a, Deal = d.Title })
            .OrderBy(r => r.Activity.Deadline).Take(1000)
            .ToListAsync(ct);

        var calendar = new Ical.Net.Calendar { ProductId = "-//Kontor//Activities//EN" };
        calendar.AddProperty("X-WR-CALNAME", german ? "Kontor – Aktivitäten" : "Kontor – activities");
        foreach (var row in rows)
        {
            var a = row.Activity;
            var start = new CalDateTime(a.Deadline, "UTC");
            var e = new CalendarEvent
            {
                Uid = $"activity-{a.Id.ToString(CultureInfo.InvariantCulture)}@kontor",
                Summary = $"{TypeName(a.Type, german)}: {a.Subject}",
                Description = string.Join("\n", new[] { (german ? "Auftrag: " : "Deal: ") + row.Deal, a.Description }.Where(s => !string.IsNullOrWhiteSpace(s))),
                DtStart = start,
                DtEnd = start.AddMinutes(a.Type == ActivityType.Meeting ? 60 : 30),
                DtStamp = new CalDateTime(utcNow, "UTC"),
                Sequence = a.Version,
                Priority = a.Priority switch { Priority.High => 1, Priority.Low => 9, _ => 5 },
            };
            e.Categories.Add(TypeName(a.Type, german));
            if (publicUrl is { Length: > 0 })
            {
                e.Url = new Uri($"{publicUrl.TrimEnd('/')}/deals/{a.DealId.ToString(CultureInfo.InvariantCulture)}");
            }

            if (a.ReminderMinutes is { } minutes)
            {
                e.Alarms.Add(new Alarm
                {
                    Action = "DISPLAY",
                    Description = a.Subject,
                    Trigger = new Trigger(Duration.FromMinutes(-minutes)),
                });
            }

            calendar.Events.Add(e);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static string TypeName(ActivityType type, bool german) => (type, german) switch
    {
        (ActivityType.Call, true) => "Anruf",
        (ActivityType.Meeting, true) => "Termin",
        (ActivityType.Email, true) => "E-Mail",
        (ActivityType.Todo, true) => "Aufgabe",
        (ActivityType.Call, false) => "Call",
        (ActivityType.Meeting, false) => "Meeting",
        (ActivityType.Email, false) => "E-mail",
        _ => "To-do",
    };
}
