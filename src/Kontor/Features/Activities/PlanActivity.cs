using System.ComponentModel.DataAnnotations;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Activities;

public static class PlanActivity
{
    public sealed record Request
    {
        [Required]
        public ActivityType? Type { get; init; }

        [Required, StringLength(255, MinimumLength = 1)]
        public string Subject { get; init; } = "";

        [StringLength(5000)]
        public string? Description { get; init; }

        /// <summary>In your time zone (<c>2026-03-30T14:00</c>) or with an offset (<c>2026-03-30T14:00+02:00</c>, <c>…Z</c>).</summary>
        [Required, StringLength(40)]
        public string Deadline { get; init; } = "";

        /// <summary>Defaults to you.</summary>
        public long? ResponsibleId { get; init; }

        public Priority? Priority { get; init; }

        /// <summary>Remind the responsible user this many minutes before the deadline (up to four weeks).</summary>
        [Range(0, 40_320)]
        public int? ReminderMinutes { get; init; }

        /// <summary>For calls and e-mails.</summary>
        public Direction? Direction { get; init; }

        public long? ContactId { get; init; }

        [StringLength(50)]
        public string? CustomerPhone { get; init; }

        [StringLength(255), EmailAddress]
        public string? CustomerEmail { get; init; }
    }

    public static async Task<Results<Created<ActivityResponse>, ProblemHttpResult>> Handle(
        long id, Request request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var userId = http.User.Id();
        var (activity, error) = await RunAsync(db, id, request, userId, clock, ct);
        if (error is not null)
        {
            return error.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(activity!.Version);
        var zone = await UserZone.OfAsync(db, userId, ct);
        return TypedResults.Created(
            $"/api/v1/activities/{activity.Id}", await ActivityResponse.ReadOneAsync(db, activity.Id, zone, clock.GetUtcNow().UtcDateTime, ct));
    }

    public static async Task<(Activity? Activity, Error? Error)> RunAsync(
        KontorDb db, long dealId, Request request, long userId, TimeProvider clock, CancellationToken ct)
    {
        if (await DealAccess.CheckChangeAsync(db, dealId, ct) is { } access)
        {
            return (null, access);
        }

        var zone = await UserZone.OfAsync(db, userId, ct);
        var (input, error) = await CheckAsync(db, request, zone, userId, ct);
        if (error is not null)
        {
            return (null, error);
        }

        var activity = Activity.Plan(dealId, input!, userId, clock.GetUtcNow().UtcDateTime);
        db.Add(activity);
        await db.SaveChangesAsync(ct);
        return (activity, null);
    }

    /// <summary>Reads the deadline in the user's zone and checks the people the activity points at.</summary>
    internal static async Task<(ActivityInput? Input, Error? Error)> CheckAsync(
        KontorDb db, Request r, TimeZoneInfo zone, long userId, CancellationToken ct)
    {
        if (!LocalTime.TryParse(r.Deadline, zone, out var deadline))
        {
            return (null, Error.Validation("deadline", LocalTime.InputMessage));
        }

        if (r.Type is null || string.IsNullOrWhiteSpace(r.Subject))
        {
            return (null, Error.Validation(r.Type is null ? "type" : "subject", "The value is required."));
        }

        if (r.Direction is not null && r.Type is not (ActivityType.Call or ActivityType.Email))
        {
            return (null, Error.Validation("direction", "A direction applies to calls and e-mails only."));
        }

        var responsible = r.ResponsibleId ?? userId;
        if (!await db.Set<User>().AnyAsync(u => u.Id == responsible && u.IsActive, ct))
        {
            return (null, ActivityErrors.UserNotFound);
        }

        if (r.ContactId is { } contact && !await db.Set<Contact>().AnyAsync(c => c.Id == contact, ct))
        {
            return (null, ActivityErrors.ContactNotFound);
        }

        return (new ActivityInput(
            r.Type.Value, r.Subject.Trim(), InputText.OrNull(r.Description), deadline, responsible, r.Priority ?? Priority.Normal,
            r.ReminderMinutes, r.Direction, r.ContactId, InputText.OrNull(r.CustomerPhone), InputText.OrNull(r.CustomerEmail)), null);
    }
}
