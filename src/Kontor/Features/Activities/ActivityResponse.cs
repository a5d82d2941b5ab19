using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Activities;

/// <summary>
/// An activity as clients see it. <c>deadline</c> and <c>remindAt</c> are in the reader's time zone (<c>timeZone</c>),
/// with the offset that applies on that day.
/// </summary>
public sealed record ActivityResponse(
    long Id,
    long DealId,
    string DealTitle,
    ActivityType Type,
    string Subject,
    string? Description,
    DateTimeOffset Deadline,
    string TimeZone,
    long ResponsibleId,
    string ResponsibleName,
    Priority Priority,
    int? ReminderMinutes,
    DateTimeOffset? RemindAt,
    DateTime? RemindedAt,
    Direction? Direction,
    long? ContactId,
    string? CustomerPhone,
    string? CustomerEmail,
    ActivityState State,
    string? Result,
    bool IsOverdue,
    DateTime? CompletedAt,
    long? CompletedById,
    DateTime CreatedAt,
    long CreatedById,
    int Version)
{
    private sealed record Row(Activity Activity, string DealTitle, string ResponsibleName);

    /// <summary>Reads activities in the order of <paramref name="query"/>, shown in <paramref name="zone"/>.</summary>
    public static async Task<List<ActivityResponse>> ReadAsync(
        KontorDb db, IQueryable<Activity> query, TimeZoneInfo zone, DateTime utcNow, CancellationToken ct)
    {
        var rows = await query.AsNoTracking()
            .Select(a => new Row(
                a,
                db.Set<Deal>().Where(d => d.Id == a.DealId).Select(d => d.Title).FirstOrDefault() ?? "",
                db.Set<User>().Where(u => u.Id == a.ResponsibleId).Select(u => u.Name).FirstOrDefault() ?? ""))
            .ToListAsync(ct);
        return rows.Select(r => From(r.Activity, r.DealTitle, r.ResponsibleName, zone, utcNow)).ToList();
    }

    public static async Task<ActivityResponse?> ReadOneAsync(KontorDb db, long id, TimeZoneInfo zone, DateTime utcNow, CancellationToken ct) =>
        (await ReadAsync(db, db.Set<Activity>().Where(a => a.Id == id), zone, utcNow, ct)).FirstOrDefault();

    public static ActivityResponse From(Activity a, string dealTitle, string responsibleName, TimeZoneInfo zone, DateTime utcNow) => new(
        a.Id, a.DealId, dealTitle, a.Type, a.Subject, a.Description, LocalTime.ToZoned(a.Deadline, zone), ZoneId(zone), a.ResponsibleId,
        responsibleName, a.Priority, a.ReminderMinutes, a.RemindAt is { } at ? LocalTime.ToZoned(at, zone) : null, a.RemindedAt,
        a.Direction, a.ContactId, a.CustomerPhone, a.CustomerEmail, a.State, a.Result, ActivityRules.IsOverdue(a, utcNow),
        a.CompletedAt, a.CompletedById, a.CreatedAt, a.CreatedById, a.Version);

    private static string ZoneId(TimeZoneInfo zone) =>
        zone.HasIanaId || !TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? zone.Id : iana;
}
