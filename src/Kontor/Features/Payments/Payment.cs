using Kontor.Common;

namespace Kontor.Features.Payments;

public enum PaymentState
{
    Expected,
    Paid,
    Refunded,
}

public enum PaymentMethod
{
    BankTransfer,
    Cash,
    Card,
    DirectDebit,
    PayPal,
    Other,
}

public sealed record PaymentInput(
    decimal Amount, string CurrencyCode, DateOnly PaidAt, PaymentMethod? Method, string? Reference, PaymentState State, string? Note);

/// <summary>A payment on a deal: expected, paid or refunded. Every change is recorded on the deal's timeline.</summary>
public sealed class Payment : AggregateRoot, Deals.IDealRecord
{
    private Payment()
    {
    }

    public long DealId { get; private set; }

    public decimal Amount { get; private set; }

    public string CurrencyCode { get; private set; } = "";

    /// <summary>The day it was paid, or is expected.</summary>
    public DateOnly PaidAt { get; private set; }

    public PaymentMethod? Method { get; private set; }

    public string? Reference { get; private set; }

    public PaymentState State { get; private set; }

    public string? Note { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public long CreatedById { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public long UpdatedById { get; private set; }

    public PaymentInput Current => new(Amount, CurrencyCode, PaidAt, Method, Reference, State, Note);

    public static Payment Record(long dealId, PaymentInput input, long userId, DateTime utcNow)
    {
        var payment = new Payment { DealId = dealId, CreatedAt = utcNow, CreatedById = userId, UpdatedAt = utcNow, UpdatedById = userId };
        payment.Apply(input);
        payment.Raise(new PaymentChanged(payment, RecordEvent.Created, [], userId, utcNow));
        return payment;
    }

    public void Change(PaymentInput input, long userId, DateTime utcNow)
    {
        var changes = RecordChanges.Between(Current, input);
        if (changes.Count == 0)
        {
            return;
        }

        Apply(input);
        (UpdatedAt, UpdatedById) = (utcNow, userId);
        Raise(new PaymentChanged(this, RecordEvent.Changed, changes, userId, utcNow));
    }

    public void Delete(long userId, DateTime utcNow) => Raise(new PaymentChanged(this, RecordEvent.Deleted, [], userId, utcNow));

    private void Apply(PaymentInput i) =>
        (Amount, CurrencyCode, PaidAt, Method, Reference, State, Note) = (i.Amount, i.CurrencyCode, i.PaidAt, i.Method, i.Reference, i.State, i.Note);
}

public sealed record PaymentChanged(Payment Payment, RecordEvent Event, IReadOnlyList<Deals.FieldChange> Changes, long UserId, DateTime At) : IDomainEvent;
