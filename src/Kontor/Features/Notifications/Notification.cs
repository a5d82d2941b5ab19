namespace Kontor.Features.Notifications;

public static class NotificationKinds
{
    public const string Mention = "mention";
    public const string Reminder = "reminder";
}

/// <summary>Whether a notification also goes out by e-mail, and how far it got.</summary>
public enum EmailState
{
    None,
    Pending,
    Sent,
    Failed,
}

/// <summary>Something a user should see: a mention in a comment, a reminder of an activity. Read when opened.</summary>
public sealed class Notification
{
    public long Id { get; private set; }

    public long UserId { get; init; }

    public string Kind { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Body { get; init; }

    public long? DealId { get; init; }

    public long? ContactId { get; init; }

    public long? CompanyId { get; init; }

    public long? ActivityId { get; init; }

    public long? CommentId { get; init; }

    public DateTime CreatedAt { get; init; }

    // Navigations let a notification point at a comment or activity saved in the same transaction.
    public Comments.Comment? Comment { get; init; }

    public Activities.Activity? Activity { get; init; }

    public DateTime? ReadAt { get; set; }

    public EmailState EmailState { get; set; }

    public int EmailAttempts { get; set; }
}
