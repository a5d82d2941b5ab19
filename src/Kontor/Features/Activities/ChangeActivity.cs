using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Activities;

/// <summary>
/// Changes of an activity: PATCH (merge-patch of the planned activity's fields), complete with a result note, cancel,
/// delete. Only planned activities change (409 <c>activities.not_planned</c>). <c>If-Match</c> with a stale ETag is 412.
/// </summary>
public static class ChangeActivity
{
    public sealed record CloseRequest
    {
        [System.ComponentModel.DataAnnotations.StringLength(5000)]
        public string? Result { get; init; }
    }

    public static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Get(long id, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var (activity, error) = await LoadAsync(db, id, http.User.Id(), ct);
        return activity is null ? error!.ToProblem() : await RespondAsync(db, id, http, clock, ct);
    }

    public static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Patch(
        long id, JsonElement body, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var userId = http.User.Id();
        var (activity, error) = await LoadForChangeAsync(db, id, userId, ct);
        if (activity is null)
        {
            return error!.ToProblem();
        }

        if (!ETags.Matches(http.Request, activity.Version))
        {
            return ActivityErrors.PreconditionFailed.ToProblem();
        }

        var zone = await UserZone.OfAsync(db, userId, ct);
        var (request, invalid) = Parse(body, activity, zone);
        if (invalid is not null)
        {
            return invalid.ToProblem();
        }

        if (await RunAsync(db, activity, request!, zone, userId, clock, ct) is { } refused)
        {
            return refused.ToProblem();
        }

        return await RespondAsync(db, id, http, clock, ct);
    }

    /// <summary>Applies a whole request (the current values with the changes merged in) to a loaded activity and saves.</summary>
    public static async Task<Error?> RunAsync(
        KontorDb db, Activity activity, PlanActivity.Request request, TimeZoneInfo zone, long userId, TimeProvider clock, CancellationToken ct)
    {
        var (input, error) = await PlanActivity.CheckAsync(db, request, zone, userId, ct);
        if (error is not null)
        {
            return error;
        }

        if (activity.Change(input!, userId, clock.GetUtcNow().UtcDateTime) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The activity's current values as a request, for surfaces that edit a few fields.</summary>
    public static PlanActivity.Request AsRequest(Activity a, TimeZoneInfo zone) => new()
    {
        Type = a.Type,
        Subject = a.Subject,
        Description = a.Description,
        Deadline = LocalTime.ToZoned(a.Deadline, zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
        ResponsibleId = a.ResponsibleId,
        Priority = a.Priority,
        ReminderMinutes = a.ReminderMinutes,
        Direction = a.Direction,
        ContactId = a.ContactId,
        CustomerPhone = a.CustomerPhone,
        CustomerEmail = a.CustomerEmail,
    };

    private static (PlanActivity.Request? Request, Error? Error) Parse(JsonElement body, Activity activity, TimeZoneInfo zone)
    {
        var patch = new PatchReader<Draft>(body);
        patch.TextWhere("type", v => Enum.TryParse<ActivityType>(v, true, out _) && !int.TryParse(v, out _), (d, v) => d.Request = d.Request with { Type = Enum.Parse<ActivityType>(v, true) }, "Use call, meeting, email or todo.");
        patch.Text("subject", 255, (d, v) => d.Request = d.Request with { Subject = v! }, required: true);
        patch.Text("description", 5000, (d, v) => d.Request = d.Request with { Description = v });
        patch.TextWhere("deadline", v => LocalTime.TryParse(v, zone, out _), (d, v) => d.Request = d.Request with { Deadline = v }, LocalTime.InputMessage);
        patch.Id("responsibleId", (d, v) => d.Request = d.Request with { ResponsibleId = v });
        patch.TextWhere("priority", v => Enum.TryParse<Priority>(v, true, out _) && !int.TryParse(v, out _), (d, v) => d.Request = d.Request with { Priority = Enum.Parse<Priority>(v, true) }, "Use low, normal or high.");
        patch.WholeNumberOrNull("reminderMinutes", 0, 40_320, (d, v) => d.Request = d.Request with { ReminderMinutes = v });
        patch.Field("direction", (v, path) =>
        {
            if (v.ValueKind == JsonValueKind.Null)
            {
                return d => d.Request = d.Request with { Direction = null };
            }

            if (v.ValueKind == JsonValueKind.String && Enum.TryParse<Direction>(v.GetString(), true, out var direction) && !int.TryParse(v.GetString(), out _))
            {
                return d => d.Request = d.Request with { Direction = direction };
            }

            patch.AddError(path, "Use incoming, outgoing or null.");
            return null;
        });
        patch.IdOrNull("contactId", (d, v) => d.Request = d.Request with { ContactId = v });
        patch.Text("customerPhone", 50, (d, v) => d.Request = d.Request with { CustomerPhone = v });
        patch.Text("customerEmail", 255, (d, v) => d.Request = d.Request with { CustomerEmail = v });
        patch.ReadOnly(
            "id", "dealId", "dealTitle", "timeZone", "responsibleName", "remindAt", "remindedAt", "state", "result", "isOverdue",
            "completedAt", "completedById", "createdAt", "createdById", "version");
        if (patch.Finish() is { } error)
        {
            return (null, error);
        }

        var draft = new Draft { Request = AsRequest(activity, zone) };
        patch.ApplyTo(draft);
        if (draft.Request.CustomerEmail is { } email && !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            return (null, Error.Validation("customerEmail", "The value is not an e-mail address."));
        }

        return (draft.Request, null);
    }

    public static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Complete(
        long id, CloseRequest? request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        await CloseAsync(db, id, done: true, request?.Result, version => ETags.Matches(http.Request, version), http.User.Id(), clock, ct) is { } error
            ? error.ToProblem()
            : await RespondAsync(db, id, http, clock, ct);

    public static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> Cancel(
        long id, CloseRequest? request, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct) =>
        await CloseAsync(db, id, done: false, request?.Result, version => ETags.Matches(http.Request, version), http.User.Id(), clock, ct) is { } error
            ? error.ToProblem()
            : await RespondAsync(db, id, http, clock, ct);

    /// <summary>Completes (with a result note) or cancels a planned activity.</summary>
    public static async Task<Error?> CloseAsync(
        KontorDb db, long id, bool done, string? result, Func<int, bool> versionMatches, long userId, TimeProvider clock, CancellationToken ct)
    {
        var (activity, error) = await LoadForChangeAsync(db, id, userId, ct);
        if (activity is null)
        {
            return error;
        }

        if (!versionMatches(activity.Version))
        {
            return ActivityErrors.PreconditionFailed;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var note = InputText.OrNull(result);
        if ((done ? activity.Complete(note, userId, now) : activity.Cancel(note, userId, now)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return null;
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(long id, KontorDb db, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var userId = http.User.Id();
        var (activity, error) = await LoadForChangeAsync(db, id, userId, ct);
        if (activity is null)
        {
            return error!.ToProblem();
        }

        if (!ETags.Matches(http.Request, activity.Version))
        {
            return ActivityErrors.PreconditionFailed.ToProblem();
        }

        activity.Delete(userId, clock.GetUtcNow().UtcDateTime);
        db.Remove(activity);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// An activity the user may change, tracked: on a deal they may change, or one they are responsible for on a deal they
    /// may open (whoever is to call may say that they called).
    /// </summary>
    public static async Task<(Activity? Activity, Error? Error)> LoadForChangeAsync(KontorDb db, long id, long userId, CancellationToken ct)
    {
        var (activity, error) = await LoadAsync(db, id, userId, ct);
        return activity is not null && activity.ResponsibleId != userId && await DealAccess.CheckChangeAsync(db, activity.DealId, ct) is { } denied
            ? (null, denied)
            : (activity, error);
    }

    /// <summary>An activity of a deal the user may open, tracked for change.</summary>
    public static async Task<(Activity? Activity, Error? Error)> LoadAsync(KontorDb db, long id, long userId, CancellationToken ct)
    {
        var activity = await db.Set<Activity>().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null || await DealAccess.CheckAsync(db, activity.DealId, ct) is not null)
        {
            return (null, ActivityErrors.NotFound);
        }

        return (activity, null);
    }

    private static async Task<Results<Ok<ActivityResponse>, ProblemHttpResult>> RespondAsync(
        KontorDb db, long id, HttpContext http, TimeProvider clock, CancellationToken ct)
    {
        var zone = await UserZone.OfAsync(db, http.User.Id(), ct);
        var response = await ActivityResponse.ReadOneAsync(db, id, zone, clock.GetUtcNow().UtcDateTime, ct);
        if (response is null)
        {
            return ActivityErrors.NotFound.ToProblem();
        }

        http.Response.Headers.ETag = ETags.Of(response.Version);
        return TypedResults.Ok(response);
    }

    private sealed class Draft
    {
        public PlanActivity.Request Request { get; set; } = new();
    }
}
