using Kontor.Features.Activities;
using Kontor.Features.Deliveries;
using Kontor.Features.Payments;
using Kontor.Ui.Activities;

namespace Kontor.Tests.Ui.Activities;

public sealed class ComposerFormTests
{
    [Fact]
    public void Each_tab_names_what_is_missing_before_it_sends()
    {
        var form = new ComposerForm { Tab = ComposerTab.Comment, CommentText = "  " };
        Assert.Equal("Write something first.", form.Problem);

        form.Tab = ComposerTab.Activity;
        Assert.Equal("Enter a subject.", form.Problem);
        form.Subject = "Rückruf";
        form.Date = null;
        Assert.Equal("Enter a date and time.", form.Problem);

        form.Tab = ComposerTab.Payment;
        Assert.Equal("Enter an amount above zero.", form.Problem);
        form.Amount = 10m;
        Assert.Null(form.Problem);
        form.Tab = ComposerTab.Delivery;
        Assert.Null(form.Problem);
    }

    [Fact]
    public void The_deadline_is_the_wall_clock_time_typed()
    {
        var form = new ComposerForm { Subject = " Anrufen ", Date = new DateTime(2026, 3, 29), Time = new TimeSpan(2, 30, 0), ActivityType = ActivityType.Call };

        var request = form.ActivityRequest();

        Assert.Equal("2026-03-29T02:30", request.Deadline);
        Assert.Equal("Anrufen", request.Subject);
        Assert.Equal(Direction.Outgoing, request.Direction);
        Assert.Equal(15, request.ReminderMinutes);
    }

    [Fact]
    public void Meetings_and_todos_carry_no_direction()
    {
        var form = new ComposerForm { Subject = "x", Date = new DateTime(2026, 3, 2), ActivityType = ActivityType.Todo };

        Assert.Null(form.ActivityRequest().Direction);
    }

    [Fact]
    public void A_call_duration_in_minutes_is_sent_in_seconds()
    {
        var form = new ComposerForm { DurationMinutes = 4, Direction = Direction.Incoming, Outcome = CommunicationOutcome.Busy };

        var input = form.CallInput();

        Assert.Equal(240, input.DurationSeconds);
        Assert.Equal(CommunicationChannel.Call, input.Channel);
        Assert.Equal(CommunicationOutcome.Busy, input.Outcome);
    }

    [Fact]
    public void Payments_and_deliveries_send_dates_as_days()
    {
        var form = new ComposerForm
        {
            Amount = 99.5m,
            Currency = "CHF",
            PaidAt = new DateTime(2026, 3, 5, 23, 0, 0),
            PaymentState = PaymentState.Expected,
            DeliveryState = DeliveryState.Shipped,
            ShippedAt = new DateTime(2026, 3, 6),
        };

        Assert.Equal(new DateOnly(2026, 3, 5), form.PaymentRequest().PaidAt);
        Assert.Equal(PaymentState.Expected, form.PaymentRequest().State);
        Assert.Equal("CHF", form.PaymentRequest().Currency);
        Assert.Equal(new DateOnly(2026, 3, 6), form.DeliveryRequest().ShippedAt);
        Assert.Null(form.DeliveryRequest().DeliveredAt);
    }

    [Fact]
    public void Sending_empties_only_the_fields_of_the_tab_sent()
    {
        var form = new ComposerForm { Tab = ComposerTab.Payment, Amount = 10m, Reference = "RE-1", Currency = "USD", CommentText = "Entwurf" };

        form.Sent();

        Assert.Null(form.Amount);
        Assert.Null(form.Reference);
        Assert.Equal("USD", form.Currency);
        Assert.Equal("Entwurf", form.CommentText);
    }
}
