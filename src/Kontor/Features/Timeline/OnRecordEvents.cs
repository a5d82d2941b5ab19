using System.Text.Json;
using Kontor.Common;
using Kontor.Features.Activities;
using Kontor.Features.Comments;
using Kontor.Features.Deals;
using Kontor.Features.Deliveries;
using Kontor.Features.Payments;

namespace Kontor.Features.Timeline;

/// <summary>
/// Timeline entries for what people add to a record: comments, activities, calls and e-mails, payments, deliveries.
/// Each entry keeps a snapshot of the record at that moment, so history stays exact when the record changes later.
/// </summary>
public static class OnRecordEvents
{
    public static TimelineEntry? EntryFor(IDomainEvent e) => e switch
    {
        CommentPosted p => TimelineEntry.For(p.Comment.Owner, TimelineKinds.Comment, p.Comment.AuthorId, p.At, new { })
            .About(comment: p.Comment),
        ActivityChanged a => Activity(a),
        CommunicationLogged l => TimelineEntry.For(
                Owner.Deal(l.Communication.DealId),
                l.Communication.Channel == CommunicationChannel.Call ? TimelineKinds.Call : TimelineKinds.Email,
                l.Communication.LoggedById,
                l.Communication.CreatedAt,
                Snapshot(l.Communication))
            .About(communication: l.Communication),
        PaymentChanged p => TimelineEntry.For(Owner.Deal(p.Payment.DealId), TimelineKinds.Payment, p.UserId, p.At, new
        {
            @event = Name(p.Event),
            id = IdOrNull(p.Payment.Id),
            amount = p.Payment.Amount,
            currency = p.Payment.CurrencyCode,
            paidAt = p.Payment.PaidAt,
            method = NameOrNull(p.Payment.Method),
            reference = p.Payment.Reference,
            state = Name(p.Payment.State),
            note = p.Payment.Note,
            changes = Changes(p.Changes),
        })
            .About(payment: p.Event == RecordEvent.Deleted ? null : p.Payment),
        DeliveryChanged d => TimelineEntry.For(Owner.Deal(d.Delivery.DealId), TimelineKinds.Delivery, d.UserId, d.At, new
        {
            @event = Name(d.Event),
            id = IdOrNull(d.Delivery.Id),
            state = Name(d.Delivery.State),
            carrier = d.Delivery.Carrier,
            trackingNumber = d.Delivery.TrackingNumber,
            address = d.Delivery.Address,
            expectedAt = d.Delivery.ExpectedAt,
            shippedAt = d.Delivery.ShippedAt,
            deliveredAt = d.Delivery.DeliveredAt,
            note = d.Delivery.Note,
            changes = Changes(d.Changes),
        })
            .About(delivery: d.Event == RecordEvent.Deleted ? null : d.Delivery),
        _ => null,
    };

    private static TimelineEntry Activity(ActivityChanged a)
    {
        var x = a.Activity;
        var entry = TimelineEntry.For(Owner.Deal(x.DealId), TimelineKinds.Activity, a.UserId, a.At, new
        {
            @event = Name(a.Event),
            id = IdOrNull(x.Id),
            type = Name(x.Type),
            subject = x.Subject,
            description = x.Description,
            deadline = x.Deadline,
            responsibleId = x.ResponsibleId,
            priority = Name(x.Priority),
            direction = NameOrNull(x.Direction),
            state = Name(x.State),
            result = x.Result,
            changes = Changes(a.Changes),
        });
        return a.Event == ActivityEvent.Deleted ? entry : entry.About(activity: x);
    }

    private static object Snapshot(Communication c) => new
    {
        direction = Name(c.Direction),
        outcome = NameOrNull(c.Outcome),
        occurredAt = c.OccurredAt,
        durationSeconds = c.DurationSeconds,
        subject = c.Subject,
        note = c.Note,
        contactId = c.ContactId,
        customerAddress = c.CustomerAddress,
        source = c.Source,
    };

    private static long? IdOrNull(long id) => id == 0 ? null : id;

    private static object[] Changes(IReadOnlyList<FieldChange> changes) =>
        changes.Select(c => (object)new { field = c.Field, from = c.From, to = c.To }).ToArray();

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string? NameOrNull<T>(T? value)
        where T : struct, Enum => value is { } v ? Name(v) : null;
}
