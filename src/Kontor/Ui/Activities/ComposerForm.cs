using Kontor.Features.Activities;
using Kontor.Features.Deliveries;
using Kontor.Features.Payments;

namespace Kontor.Ui.Activities;

public enum ComposerTab
{
    Comment,
    Activity,
    Call,
    Payment,
    Delivery,
}

/// <summary>
/// The fields of the timeline composer and the requests they make. <see cref="Problem"/> names (as a string key) what
/// is missing before anything is sent; the slices check everything else.
/// </summary>
public sealed class ComposerForm
{
    public static readonly IReadOnlyList<int?> ReminderChoices = [null, 0, 5, 15, 30, 60, 1440];

    public ComposerTab Tab { get; set; }

    public string CommentText { get; set; } = "";

    public ActivityType ActivityType { get; set; } = ActivityType.Call;

    public string Subject { get; set; } = "";

    public string? Description { get; set; }

    public DateTime? Date { get; set; }

    public TimeSpan? Time { get; set; } = new(10, 0, 0);

    public int? ReminderMinutes { get; set; } = 15;

    public Priority Priority { get; set; } = Priority.Normal;

    public Direction Direction { get; set; } = Direction.Outgoing;

    public CommunicationOutcome Outcome { get; set; } = CommunicationOutcome.Answered;

    public int? DurationMinutes { get; set; }

    public string? CallNote { get; set; }

    public decimal? Amount { get; set; }

    public string Currency { get; set; } = "EUR";

    public DateTime? PaidAt { get; set; }

    public PaymentState PaymentState { get; set; } = PaymentState.Paid;

    public PaymentMethod? Method { get; set; } = PaymentMethod.BankTransfer;

    public string? Reference { get; set; }

    public DeliveryState DeliveryState { get; set; } = DeliveryState.Preparing;

    public string? Carrier { get; set; }

    public string? TrackingNumber { get; set; }

    public string? Address { get; set; }

    public DateTime? ShippedAt { get; set; }

    public DateTime? DeliveredAt { get; set; }

    /// <summary>What must be filled in before the current tab can be sent, as a string key; null when ready.</summary>
    public string? Problem => Tab switch
    {
        ComposerTab.Comment when string.IsNullOrWhiteSpace(CommentText) => "Write something first.",
        ComposerTab.Activity when string.IsNullOrWhiteSpace(Subject) => "Enter a subject.",
        ComposerTab.Activity when Date is null || Time is null => "Enter a date and time.",
        ComposerTab.Payment when Amount is not > 0 => "Enter an amount above zero.",
        _ => null,
    };

    /// <summary>The deadline as a wall-clock time; the slice reads it in the user's time zone.</summary>
    public string Deadline => Date is { } d && Time is { } t
        ? d.Date.Add(t).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        : "";

    public PlanActivity.Request ActivityRequest() => new()
    {
        Type = ActivityType,
        Subject = Subject.Trim(),
        Description = Description,
        Deadline = Deadline,
        Priority = Priority,
        ReminderMinutes = ReminderMinutes,
        Direction = ActivityType is ActivityType.Call or ActivityType.Email ? Direction : null,
    };

    public LogCommunication.Input CallInput() => new(
        CommunicationChannel.Call, Direction, Outcome, null, DurationMinutes is { } m ? m * 60 : null, null, CallNote, null, null);

    public RecordPayment.Request PaymentRequest() => new()
    {
        Amount = Amount,
        Currency = Currency,
        PaidAt = PaidAt is { } d ? DateOnly.FromDateTime(d) : null,
        Method = Method,
        Reference = Reference,
        State = PaymentState,
    };

    public RecordDelivery.Request DeliveryRequest() => new()
    {
        State = DeliveryState,
        Carrier = Carrier,
        TrackingNumber = TrackingNumber,
        Address = Address,
        ShippedAt = ShippedAt is { } s ? DateOnly.FromDateTime(s) : null,
        DeliveredAt = DeliveredAt is { } d ? DateOnly.FromDateTime(d) : null,
    };

    /// <summary>Empties the fields of the tab just sent; the choices (type, currency, state) stay for the next entry.</summary>
    public void Sent()
    {
        switch (Tab)
        {
            case ComposerTab.Comment:
                CommentText = "";
                break;
            case ComposerTab.Activity:
                (Subject, Description) = ("", null);
                break;
            case ComposerTab.Call:
                (DurationMinutes, CallNote) = (null, null);
                break;
            case ComposerTab.Payment:
                (Amount, Reference) = (null, null);
                break;
            case ComposerTab.Delivery:
                (Carrier, TrackingNumber, Address, ShippedAt, DeliveredAt) = (null, null, null, null, null);
                break;
        }
    }
}
