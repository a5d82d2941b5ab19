using System.Globalization;
using Kontor.Common;
using Kontor.Features.Deliveries;
using Kontor.Features.Payments;
using Kontor.Ui.Activities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kontor.Tests.Ui.Activities;

public sealed class RecordFormsTests
{
    private static readonly DateTime At = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_payment_form_starts_from_the_payment_and_gives_back_trimmed_values()
    {
        var form = PaymentForm.From(new PaymentResponse(5, 1, 500m, "EUR", new DateOnly(2026, 3, 2), PaymentMethod.Cash, "RE-1", PaymentState.Expected, null, At, 1, At, 1, 4));
        form.Reference = "  RE-2 ";
        form.Note = " ";
        form.Currency = "usd";

        var input = form.Input();

        Assert.Equal(4, form.Version);
        Assert.Equal(new PaymentInput(500m, "USD", new DateOnly(2026, 3, 2), PaymentMethod.Cash, "RE-2", PaymentState.Expected, null), input);
    }

    [Fact]
    public void A_payment_form_asks_for_an_amount_and_a_day()
    {
        var form = new PaymentForm { Amount = 0m, PaidAt = At };
        Assert.Equal("Enter an amount above zero.", form.Problem);

        form.Amount = 10m;
        form.PaidAt = null;
        Assert.Equal("Pick a date.", form.Problem);

        form.PaidAt = At;
        Assert.Null(form.Problem);
    }

    [Fact]
    public void A_delivery_form_keeps_the_days_and_clears_blank_text()
    {
        var form = DeliveryForm.From(new DeliveryResponse(
            3, 1, DeliveryState.Shipped, "DHL", "JJD1", "Hauptstraße 1\n10115 Berlin", null, new DateOnly(2026, 3, 2), null, "x", At, 1, At, 1, 2));
        form.Carrier = " ";
        form.DeliveredAt = new DateTime(2026, 3, 4);

        var input = form.Input();

        Assert.Equal(2, form.Version);
        Assert.Null(input.Carrier);
        Assert.Equal(new DateOnly(2026, 3, 2), input.ShippedAt);
        Assert.Equal(new DateOnly(2026, 3, 4), input.DeliveredAt);
        Assert.Equal("Hauptstraße 1\n10115 Berlin", input.Address);
    }

    [Fact]
    public void A_change_meanwhile_reads_as_such_and_field_errors_read_as_their_messages()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        var text = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(ActivitiesText));

        Assert.Equal("Jemand hat das inzwischen geändert. Bitte noch einmal ansehen und erneut versuchen.", RecordDialogs.Describe(PaymentErrors.PreconditionFailed, text));
        Assert.Equal("Zu groß.", RecordDialogs.Describe(Error.Validation("amount", "Zu groß."), text));
        Assert.Equal(PaymentErrors.NotFound.Detail, RecordDialogs.Describe(PaymentErrors.NotFound, text));
    }
}
