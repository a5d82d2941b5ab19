using Kontor.Common;
using Kontor.Data;
using Kontor.Features.Comments;
using Kontor.Features.Deliveries;
using Kontor.Features.Payments;
using Kontor.Features.Timeline;

namespace Kontor.Ui.Deals;

public enum EntryAction
{
    Pin,
    Unpin,
    Edit,
    Delete,
}

/// <summary>
/// What a person may do with a timeline entry. Everyone who sees a comment pins or unpins it; only its author edits or
/// deletes it. A payment or delivery is edited or deleted from its newest entry, while it still exists.
/// </summary>
public static class TimelineActions
{
    public static IReadOnlyList<EntryAction> Of(TimelineLine line, long me, IReadOnlySet<long> newest)
    {
        if (line.Kind == TimelineKinds.Comment && line.Comment is { } comment)
        {
            EntryAction pin = comment.IsPinned ? EntryAction.Unpin : EntryAction.Pin;
            return comment.AuthorId == me ? [pin, EntryAction.Edit, EntryAction.Delete] : [pin];
        }

        return line.Kind is TimelineKinds.Payment or TimelineKinds.Delivery && line.RecordId is not null && newest.Contains(line.Id)
            ? [EntryAction.Edit, EntryAction.Delete]
            : [];
    }

    /// <summary>The entries (by id) that are the newest of their payment or delivery, in a list that runs newest first.</summary>
    public static IReadOnlySet<long> Newest(IEnumerable<TimelineLine> newestFirst)
    {
        var seen = new HashSet<(string, long)>();
        var newest = new HashSet<long>();
        foreach (var line in newestFirst)
        {
            if (line.Kind is TimelineKinds.Payment or TimelineKinds.Delivery && line.RecordId is { } record && seen.Add((line.Kind, record)))
            {
                newest.Add(line.Id);
            }
        }

        return newest;
    }
}

/// <summary>A change made from a timeline entry.</summary>
public abstract record TimelineCommand
{
    public sealed record PinComment(long CommentId, bool Pinned) : TimelineCommand;

    /// <summary>Saved only over the version that was shown.</summary>
    public sealed record EditComment(long CommentId, int Version, string Text) : TimelineCommand;

    public sealed record DeleteComment(long CommentId, int Version) : TimelineCommand;

    public sealed record DeletePayment(long PaymentId) : TimelineCommand;

    public sealed record DeleteDelivery(long DeliveryId) : TimelineCommand;
}

/// <summary>Runs timeline commands through the slice cores, as the signed-in user.</summary>
public static class TimelineCommands
{
    public static Task<Error?> RunAsync(KontorDb db, TimelineCommand command, long userId, TimeProvider clock, CancellationToken ct) => command switch
    {
        TimelineCommand.PinComment c => UpdateComment.PinAsync(db, c.CommentId, c.Pinned, userId, clock, ct),
        TimelineCommand.EditComment c => UpdateComment.RunAsync(db, c.CommentId, c.Text, v => v == c.Version, userId, clock, ct),
        TimelineCommand.DeleteComment c => DeleteComment.RunAsync(db, c.CommentId, v => v == c.Version, userId, clock, ct),
        // The confirmation names what the entry shows; a change by someone else in between is deleted along with it.
        TimelineCommand.DeletePayment c => RecordPayment.DeleteAsync(db, c.PaymentId, _ => true, userId, clock, ct),
        TimelineCommand.DeleteDelivery c => RecordDelivery.DeleteAsync(db, c.DeliveryId, _ => true, userId, clock, ct),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };
}
