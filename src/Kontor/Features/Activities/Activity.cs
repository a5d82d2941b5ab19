using Kontor.Common;

namespace Kontor.Features.Activities;

public enum ActivityType
{
    Call,
    Meeting,
    Email,
    Todo,
}

public enum ActivityState
{
    Planned,
    Done,
    Cancelled,
}

public enum Priority
{
    Low,
    Normal,
    High,
}

public enum Direction
{
    Incoming,
    Outgoing,
}

/// <summary>What a new or changed activity holds; the slice has checked it.</summary>
public sealed record ActivityInput(
    ActivityType Type,
    string Subject,
    string? Description,
    DateTime DeadlineUtc,
    long ResponsibleId,
    Priority Priority,
    int? ReminderMinutes,
    Direction? Direction,
    long? ContactId,
    string? CustomerPhone,
    string? CustomerEmail);

/// <summary>
/// Something to do on a deal by a deadline: a call, meeting, e-mail or to-do. Planned until it is done (with a result
/// note) or cancelled; only planned activities change. "Overdue" is decided in ActivityRules.
/// </summary>
public sealed class Activity : AggregateRoot
{
    private Activity()
    {
    }

    public long DealId { get; private set; }

    public ActivityType Type { get; private set; }

    public string Subject { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>UTC; shown and typed in the user's time zone.</summary>
    public DateTime Deadline { get; private set; }

    public long ResponsibleId { get; private set; }

    public Priority Priority { get; private set; }

    /// <summary>Minutes before the deadline to remind the responsible user; null for no reminder.</summary>
    public int? ReminderMinutes { get; private set; }

    /// <summary>When the reminder is due (UTC), kept so the reminder sweep is one index range.</summary>
    public DateTime? RemindAt { get; private set; }

    /// <summary>When the reminder was sent; set once, in the transaction that writes its notification.</summary>
    public DateTime? RemindedAt { get; private set; }

    /// <summary>For calls and e-mails.</summary>
    public Direction? Direction { get; private set; }

    public long? ContactId { get; private set; }

    public string? CustomerPhone { get; private set; }

    public string? CustomerEmail { get; private set; }

    public ActivityState State { get; private set; }

    public string? Result { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public long? CompletedById { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public long CreatedById { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public static Activity Plan(long dealId, ActivityInput input, long userId, DateTime utcNow)
    {
        var activity = new Activity
        {
            DealId = dealId,
            State = ActivityState.Planned,
            CreatedAt = utcNow,
            CreatedById = userId,
            UpdatedAt = utcNow,
        };
        activity.Apply(input);
        activity.Raise(new ActivityChanged(activity, ActivityEvent.Planned, [], userId, utcNow));
        return activity;
    }

    public ActivityInput Current => new(
        Type, Subject, Description, Deadline, ResponsibleId, Priority, ReminderMinutes, Direction, ContactId, CustomerPhone, CustomerEmail);

    /// <summary>Changes a planned activity; a moved deadline or reminder is reminded of again.</summary>
    public Error? Change(ActivityInput input, long userId, DateTime utcNow)
    {
        if (State != ActivityState.Planned)
        {
            return ActivityErrors.NotPlanned;
        }

        var before = Current;
        var changes = Describe(before, input);
        if (changes.Count == 0)
        {
            return null;
        }

        Apply(input);
        UpdatedAt = utcNow;
        Raise(new ActivityChanged(this, ActivityEvent.Changed, changes, userId, utcNow));
        return null;
    }

    public Error? Complete(string? result, long userId, DateTime utcNow) => Close(ActivityState.Done, result, userId, utcNow);

    public Error? Cancel(string? reason, long userId, DateTime utcNow) => Close(ActivityState.Cancelled, reason, userId, utcNow);

    /// <summary>Records that the reminder went out.</summary>
    public void MarkReminded(DateTime utcNow) => RemindedAt = utcNow;

    public void Delete(long userId, DateTime utcNow) => Raise(new ActivityChanged(this, ActivityEvent.Deleted, [], userId, utcNow));

    private Error? Close(ActivityState state, string? result, long userId, DateTime utcNow)
    {
        if (State != ActivityState.Planned)
        {
            return ActivityErrors.NotPlanned;
        }

        (State, Result, CompletedAt, CompletedById, UpdatedAt) = (state, result, utcNow, userId, utcNow);
        Raise(new ActivityChanged(this, state == ActivityState.Done ? ActivityEvent.Done : ActivityEvent.Cancelled, [], userId, utcNow));
        return null;
    }

    private void Apply(ActivityInput input)
    {
        var remindAt = input.ReminderMinutes is { } minutes ? input.DeadlineUtc.AddMinutes(-minutes) : (DateTime?)null;
        if (remindAt != RemindAt)
        {
            RemindedAt = null;
        }

        (Type, Subject, Description, Deadline, ResponsibleId, Priority, ReminderMinutes, RemindAt) =
            (input.Type, input.Subject, input.Description, input.DeadlineUtc, input.ResponsibleId, input.Priority, input.ReminderMinutes, remindAt);
        (Direction, ContactId, CustomerPhone, CustomerEmail) = (input.Direction, input.ContactId, input.CustomerPhone, input.CustomerEmail);
    }

    private static List<Deals.FieldChange> Describe(ActivityInput a, ActivityInput b)
    {
        var changes = new List<Deals.FieldChange>();
        Add("type", a.Type, b.Type);
        Add("subject", a.Subject, b.Subject);
        Add("description", a.Description, b.Description);
        Add("deadline", a.DeadlineUtc, b.DeadlineUtc);
        Add("responsibleId", a.ResponsibleId, b.ResponsibleId);
        Add("priority", a.Priority, b.Priority);
        Add("reminderMinutes", a.ReminderMinutes, b.ReminderMinutes);
        Add("direction", a.Direction, b.Direction);
        Add("contactId", a.ContactId, b.ContactId);
        Add("customerPhone", a.CustomerPhone, b.CustomerPhone);
        Add("customerEmail", a.CustomerEmail, b.CustomerEmail);
        return changes;

        void Add<T>(string field, T from, T to)
        {
            if (!EqualityComparer<T>.Default.Equals(from, to))
            {
                changes.Add(new Deals.FieldChange(field, Invariant(from), Invariant(to)));
            }
        }
    }

    internal static string? Invariant(object? value) => value switch
    {
        null => null,
        DateTime d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        Enum e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

public enum ActivityEvent
{
    Planned,
    Changed,
    Done,
    Cancelled,
    Deleted,
}

public sealed record ActivityChanged(Activity Activity, ActivityEvent Event, IReadOnlyList<Deals.FieldChange> Changes, long UserId, DateTime At) : IDomainEvent;
