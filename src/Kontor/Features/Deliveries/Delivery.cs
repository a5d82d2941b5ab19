using Kontor.Common;
using Kontor.Features.Payments;

namespace Kontor.Features.Deliveries;

public enum DeliveryState
{
    Preparing,
    Shipped,
    Delivered,
    Returned,
}

public sealed record DeliveryInput(
    DeliveryState State, string? Carrier, string? TrackingNumber, string? Address, DateOnly? ExpectedAt, DateOnly? ShippedAt,
    DateOnly? DeliveredAt, string? Note);

/// <summary>A shipment of a deal: preparing, shipped, delivered or returned. Every change is recorded on the timeline.</summary>
public sealed class Delivery : AggregateRoot, Deals.IDealRecord
{
    private Delivery()
    {
    }

    public long DealId { get; private set; }

    public DeliveryState State { get; private set; }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public string? Address { get; private set; }

    public DateOnly? ExpectedAt { get; private set; }

    public DateOnly? ShippedAt { get; private set; }

    public DateOnly? DeliveredAt { get; private set; }

    public string? Note { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public long CreatedById { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public long UpdatedById { get; private set; }

    public DeliveryInput Current => new(State, Carrier, TrackingNumber, Address, ExpectedAt, ShippedAt, DeliveredAt, Note);

    public static Delivery Record(long dealId, DeliveryInput input, long userId, DateTime utcNow)
    {
        var delivery = new Delivery { DealId = dealId, CreatedAt = utcNow, CreatedById = userId, UpdatedAt = utcNow, UpdatedById = userId };
        delivery.Apply(input);
        delivery.Raise(new DeliveryChanged(delivery, RecordEvent.Created, [], userId, utcNow));
        return delivery;
    }

    public void Change(DeliveryInput input, long userId, DateTime utcNow)
    {
        var changes = RecordChanges.Between(Current, input);
        if (changes.Count == 0)
        {
            return;
        }

        Apply(input);
        (UpdatedAt, UpdatedById) = (utcNow, userId);
        Raise(new DeliveryChanged(this, RecordEvent.Changed, changes, userId, utcNow));
    }

    public void Delete(long userId, DateTime utcNow) => Raise(new DeliveryChanged(this, RecordEvent.Deleted, [], userId, utcNow));

    private void Apply(DeliveryInput i) =>
        (State, Carrier, TrackingNumber, Address, ExpectedAt, ShippedAt, DeliveredAt, Note) =
        (i.State, i.Carrier, i.TrackingNumber, i.Address, i.ExpectedAt, i.ShippedAt, i.DeliveredAt, i.Note);
}

public sealed record DeliveryChanged(Delivery Delivery, RecordEvent Event, IReadOnlyList<Deals.FieldChange> Changes, long UserId, DateTime At) : IDomainEvent;
