using System.Globalization;
using System.Text.Json;
using Kontor.Features.Comments;
using Kontor.Features.Timeline;
using Kontor.Ui.Activities;
using Kontor.Ui.Deals;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kontor.Tests.Ui.Deals;

public sealed class TimelineRecordTextTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_done_activity_reads_with_its_result_in_german()
    {
        var line = Text("de-DE").Describe(Item("activity", """{"event":"done","type":"call","subject":"Rückruf","deadline":"2026-03-02T09:00:00Z","result":"Angebot gewünscht"}"""));

        Assert.Equal("Aktivität erledigt: Anruf „Rückruf“ von Anna, 09:30", line.Sentence);
        Assert.Equal(["Ergebnis: Angebot gewünscht"], line.Details);
        Assert.Equal(TimelineTone.Done, line.Tone);
    }

    [Fact]
    public void A_planned_activity_shows_its_deadline_in_local_time_in_english()
    {
        var line = Text("en-US").Describe(Item("activity", """{"event":"planned","type":"todo","subject":"Unterlagen","deadline":"2026-03-03T08:00:00Z"}"""));

        Assert.Equal("Activity planned: To-do „Unterlagen“ by Anna, 9:30\u202FAM", line.Sentence);
        Assert.Equal(["Due: 3/3/2026 9:00\u202FAM"], line.Details);
    }

    [Fact]
    public void A_call_payment_and_delivery_read_in_words()
    {
        var text = Text("de-DE");

        var call = text.Describe(Item("call", """{"direction":"incoming","outcome":"noAnswer","durationSeconds":61,"note":"Mailbox voll"}"""));
        var payment = text.Describe(Item("payment", """{"event":"changed","amount":500,"currency":"EUR","state":"paid","method":"bankTransfer","changes":[{"field":"amount","from":"400","to":"500"}]}"""));
        var delivery = text.Describe(Item("delivery", """{"event":"created","state":"shipped","carrier":"DHL","trackingNumber":"JJD1"}"""));

        Assert.StartsWith("Eingehender Anruf", call.Sentence, StringComparison.Ordinal);
        Assert.Equal(["Ergebnis: Nicht erreicht", "Dauer: 2 Min.", "Mailbox voll"], call.Details);
        Assert.StartsWith("Zahlung geändert: 500,00 € (Bezahlt)", payment.Sentence, StringComparison.Ordinal);
        Assert.Contains("Zahlungsart: Überweisung", payment.Details);
        Assert.Contains("Betrag: 400,00 € → 500,00 €", payment.Details);
        Assert.Equal(["Status: Versandt", "Sendung: DHL JJD1"], delivery.Details);
    }

    [Fact]
    public void A_comment_carries_its_safe_html_and_an_edited_mark()
    {
        var comment = new CommentResponse(7, "deal", 1, 2, "Anna", "**x**", "<p><strong>x</strong></p>", false, null, Now, Now, true,
            [new AttachmentResponse(1, "Angebot.pdf", "application/pdf", 10, Now, "/x")], 2);

        var line = Text("en-US").Describe(Item("comment", "{}") with { Comment = comment, RecordId = 7 });

        Assert.Equal("<p><strong>x</strong></p>", line.Html);
        Assert.StartsWith("Comment (edited) by Anna", line.Sentence, StringComparison.Ordinal);
        Assert.Empty(line.Details);
        Assert.Same(comment, line.Comment);
        Assert.Equal(7, line.RecordId);
    }

    [Fact]
    public void A_pinned_comment_reads_like_its_entry()
    {
        var comment = new CommentResponse(7, "deal", 1, 2, "Anna", "x", "<p>x</p>", true, Now, new DateTime(2026, 3, 2, 8, 30, 0, DateTimeKind.Utc), null, false, [], 1);

        var line = Text("de-DE").DescribePinned(comment);

        Assert.Equal("Kommentar von Anna, 09:30", line.Sentence);
        Assert.Equal(7, line.RecordId);
        Assert.Equal("<p>x</p>", line.Html);
    }

    [Fact]
    public void Changed_payment_and_delivery_fields_read_in_the_readers_culture()
    {
        var text = Text("de-DE");

        var payment = text.Describe(Item("payment", """
            {"event":"changed","amount":90,"currency":"USD","state":"paid","paidAt":"2026-03-04",
             "changes":[{"field":"amount","from":"100","to":"90"},{"field":"currency","from":"EUR","to":"USD"},{"field":"paidAt","from":"2026-03-02","to":"2026-03-04"},{"field":"state","from":"expected","to":"paid"}]}
            """));
        var delivery = text.Describe(Item("delivery", """
            {"event":"changed","state":"delivered","changes":[{"field":"state","from":"shipped","to":"delivered"},{"field":"deliveredAt","from":null,"to":"2026-03-05"}]}
            """));

        Assert.Contains("Betrag: 100,00 € → 90,00 $", payment.Details);
        Assert.Contains("Datum: 02.03.2026 → 04.03.2026", payment.Details);
        Assert.Contains("Status: Erwartet → Bezahlt", payment.Details);
        Assert.Equal(["Status: Zugestellt", "Status: Versandt → Zugestellt", "Zugestellt am: — → 05.03.2026"], delivery.Details);
    }

    private static TimelineText Text(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        return new TimelineText(factory.Create(typeof(DealText)), culture[..2], zone, Now, new TimelineNames())
        {
            Currency = "EUR",
            Records = factory.Create(typeof(ActivitiesText)),
        };
    }

    private static GetTimeline.Item Item(string kind, string json) =>
        new(1, kind, 2, "Anna", new DateTime(2026, 3, 2, 8, 30, 0, DateTimeKind.Utc), JsonDocument.Parse(json).RootElement.Clone());
}
