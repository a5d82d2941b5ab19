using Kontor.Common;
using Kontor.Features.Deliveries;
using Kontor.Features.Payments;

namespace Kontor.Ui.Activities;

/// <summary>
/// The fields of a payment being changed, filled from the payment as it is now. <see cref="Problem"/> names (as a string
/// key) what must be filled in first; the slice checks the rest.
/// </summary>
public sealed class PaymentForm
{
    public decimal? Amount { get; set; }

    public string Currency { get; set; } = "EUR";

    public DateTime? PaidAt { get; set; }

    public PaymentState State { get; set; }

    public PaymentMethod? Method { get; set; }

    public string? Reference { get; set; }

    public string? Note { get; set; }

    public int Version { get; private init; }

    public static PaymentForm From(PaymentResponse p) => new()
    {
        Amount = p.Amount,
        Currency = p.Currency,
        PaidAt = p.PaidAt.ToDateTime(TimeOnly.MinValue),
        State = p.State,
        Method = p.Method,
        Reference = p.Reference,
        Note = p.Note,
        Version = p.Version,
    };

    public string? Problem => Amount is not > 0 ? "Enter an amount above zero." : PaidAt is null ? "Pick a date." : null;

    public PaymentInput Input() => new(
        Amount ?? 0, Currency.Trim().ToUpperInvariant(), DateOnly.FromDateTime(PaidAt ?? default), Method, InputText.OrNull(Reference), State,
        InputText.OrNull(Note));
}

/// <summary>The fields of a delivery being changed, filled from the delivery as it is now.</summary>
public sealed class DeliveryForm
{
    public DeliveryState State { get; set; }

    public string? Carrier { get; set; }

    public string? TrackingNumber { get; set; }

    public string? Address { get; set; }

    public DateTime? ExpectedAt { get; set; }

    public DateTime? ShippedAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    public string? Note { get; set; }

    public int Version { get; private init; }

    public static DeliveryForm From(DeliveryResponse d) => new()
    {
        State = d.State,
        Carrier = d.Carrier,
        TrackingNumber = d.TrackingNumber,
        Address = d.Address,
        ExpectedAt = d.ExpectedAt?.ToDateTime(TimeOnly.MinValue),
        ShippedAt = d.ShippedAt?.ToDateTime(TimeOnly.MinValue),
        DeliveredAt = d.DeliveredAt?.ToDateTime(TimeOnly.MinValue),
        Note = d.Note,
        Version = d.Version,
    };

    public DeliveryInput Input() => new(
        State, InputText.OrNull(Carrier), InputText.OrNull(TrackingNumber), InputText.OrNull(Address), Day(ExpectedAt), Day(ShippedAt), Day(DeliveredAt),
        InputText.OrNull(Note));

    private static DateOnly? Day(DateTime? value) => value is { } d ? DateOnly.FromDateTime(d) : null;
}

/// <summary>A refusal from a slice as the timeline screens show it.</summary>
public static class RecordDialogs
{
    public static string Describe(Error error, Microsoft.Extensions.Localization.IStringLocalizer text) => error.Code switch
    {
        "concurrency.precondition_failed" => text["Someone changed this meanwhile. Look at it again and retry."],
        _ when error.Fields is { Count: > 0 } fields => string.Join(" ", fields.SelectMany(f => f.Value)),
        _ => error.Detail,
    };
}
