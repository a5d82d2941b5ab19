using Bunit;
using Kontor.Common;
using Kontor.Features.Comments;
using Kontor.Ui.Deals;
using MudBlazor;

namespace Kontor.Tests.Ui.Components;

public sealed class DealTimelineTests : ComponentTest
{
    private static readonly DateTime At = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

    private readonly IRenderedComponent<MudPopoverProvider> _popovers;

    // The entries' action menus open in the popover host, as in the app's layout.
    public DealTimelineTests() => _popovers = RenderPopovers();

    private int _loads;

    [Fact]
    public void Entries_are_listed_in_order_with_their_details()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderTimeline(
        [
            new(2, "stage", TimelineTone.Stage, "Stufe von Neu nach Vorbereitung verschoben", [], "Erika Mustermann", At),
            new(1, "changed", TimelineTone.Neutral, "Auftrag geändert", ["Betrag: 1.000,00 € → 1.500,00 €", "Titel: A → B"], "Erika Mustermann", At),
        ]);

        var entries = cut.FindAll("ol.kd-timeline > li");
        Assert.Equal(["Stufe von Neu nach Vorbereitung verschoben", "Auftrag geändert"], entries.Select(e => e.QuerySelector(".kd-entry-sentence")!.Text()));
        Assert.Equal(["Betrag: 1.000,00 € → 1.500,00 €", "Titel: A → B"], entries[1].QuerySelectorAll(".kd-entry-details li").Select(d => d.Text()));
        Assert.Contains("kd-entry-stage", entries[0].ClassList);
        Assert.Equal("true", entries[0].QuerySelector(".kd-entry-icon")!.GetAttribute("aria-hidden"));
    }

    [Theory]
    [InlineData("de-DE", "Noch nichts hier.")]
    [InlineData("en-US", "Nothing here yet.")]
    public void An_empty_timeline_says_so(string culture, string empty)
    {
        using var _ = InCulture(culture);

        var cut = RenderTimeline([]);

        Assert.Equal(empty, cut.Find(".kd-empty-line").Text());
    }

    [Fact]
    public void An_empty_timeline_that_is_still_loading_shows_progress_not_emptiness()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderTimeline([], loading: true);

        Assert.Empty(cut.FindAll(".kd-empty-line"));
        Assert.NotNull(cut.ByLabel("Wird geladen…"));
    }

    [Fact]
    public void More_entries_are_loaded_on_request_and_the_button_waits_while_loading()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderTimeline([new(1, "created", TimelineTone.Created, "Auftrag angelegt", [], null, At)], hasMore: true);

        cut.Press("Mehr laden");
        cut.Render(p => p.Add(t => t.Loading, true));

        Assert.Equal(1, _loads);
        Assert.True(cut.Button("Mehr laden").IsDisabled());
    }

    [Fact]
    public void Without_more_entries_there_is_no_load_button()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderTimeline([new(1, "created", TimelineTone.Created, "Auftrag angelegt", [], null, At)]);

        Assert.DoesNotContain("Mehr laden", cut.ButtonNames());
    }

    [Fact]
    public void Pinned_comments_have_their_own_region_above_the_stream()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderTimeline([new(1, "created", TimelineTone.Created, "Auftrag angelegt", [], null, At)], pinned: [Comment(author: 1, pinned: true)]);

        var pinned = cut.Find("section[aria-labelledby=kd-pinned-heading]");
        Assert.Equal("Angeheftet", cut.Find("#kd-pinned-heading").Text());
        Assert.Equal("Bitte prüfen", pinned.QuerySelector(".kd-entry-text")!.Text());
        Assert.True(pinned.CompareDocumentPosition(cut.FindAll("ol.kd-timeline")[^1]).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public void Without_pinned_comments_there_is_no_pinned_region()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderTimeline([Comment(author: 1)]);

        Assert.Empty(cut.FindAll("#kd-pinned-heading"));
    }

    [Theory]
    [InlineData(1L, new[] { "Anheften", "Bearbeiten", "Löschen" })]
    [InlineData(2L, new[] { "Anheften" })]
    public void Only_the_author_is_offered_to_edit_and_delete_a_comment(long me, string[] offered)
    {
        using var culture = InCulture("de-DE");
        var cut = RenderTimeline([Comment(author: 1)], me: me);

        cut.Press("Aktionen");

        _popovers.WaitForAssertion(() => Assert.Equal(offered, _popovers.MenuItems().Select(i => i.Text())));
    }

    [Fact]
    public void Pinning_runs_the_pin_command_and_has_the_timeline_read_again()
    {
        using var culture = InCulture("en-US");
        var cut = RenderTimeline([Comment(author: 1)], me: 2);

        cut.Press("Actions");
        _popovers.WaitForAssertion(() => _popovers.ClickNow(() => _popovers.MenuItems().Single(i => i.Text() == "Pin")));

        cut.WaitForAssertion(() => Assert.Equal([new TimelineCommand.PinComment(7, true)], _commands));
        Assert.Equal(1, _recorded);
    }

    [Fact]
    public void An_edited_comment_is_saved_over_the_version_shown()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderTimeline([Comment(author: 1)]);

        cut.Press("Aktionen");
        _popovers.WaitForAssertion(() => _popovers.ClickNow(() => _popovers.MenuItems().Single(i => i.Text() == "Bearbeiten")));
        cut.WaitForAssertion(() => cut.InputLabelled("Kommentar bearbeiten"));
        var box = cut.InputLabelled("Kommentar bearbeiten");
        Assert.Equal("Bitte **prüfen**", box.GetAttribute("value") ?? box.TextContent);
        box.Input("Bitte bis Freitag prüfen");
        cut.Press("Speichern");

        cut.WaitForAssertion(() => Assert.Equal([new TimelineCommand.EditComment(7, 3, "Bitte bis Freitag prüfen")], _commands));
        Assert.Empty(cut.FindAll("textarea"));
        Assert.Equal(1, _recorded);
    }

    [Fact]
    public void A_refused_edit_stays_open_and_says_why()
    {
        using var culture = InCulture("de-DE");
        _refusal = CommentErrors.PreconditionFailed;
        var cut = RenderTimeline([Comment(author: 1)]);

        cut.Press("Aktionen");
        _popovers.WaitForAssertion(() => _popovers.ClickNow(() => _popovers.MenuItems().Single(i => i.Text() == "Bearbeiten")));
        cut.WaitForElement("textarea").Input("Neu");
        cut.Press("Speichern");

        cut.WaitForAssertion(() => Assert.Contains("Jemand hat das inzwischen geändert.", cut.Text()));
        Assert.NotNull(cut.InputLabelled("Kommentar bearbeiten"));
        Assert.Equal(0, _recorded);
    }

    [Fact]
    public void Deleting_a_comment_asks_first_and_a_cancel_deletes_nothing()
    {
        using var culture = InCulture("de-DE");
        var dialogs = Render<MudDialogProvider>();
        var cut = RenderTimeline([Comment(author: 1)]);

        cut.Press("Aktionen");
        _popovers.WaitForAssertion(() => _popovers.ClickNow(() => _popovers.MenuItems().Single(i => i.Text() == "Löschen")));
        dialogs.WaitForAssertion(() => Assert.Contains("Diesen Kommentar löschen? Er verschwindet aus dem Verlauf.", dialogs.Text()));
        dialogs.Press("Abbrechen");
        Assert.Empty(_commands);

        cut.Press("Aktionen");
        _popovers.WaitForAssertion(() => _popovers.ClickNow(() => _popovers.MenuItems().Single(i => i.Text() == "Löschen")));
        dialogs.WaitForAssertion(() => dialogs.Press("Löschen"));

        cut.WaitForAssertion(() => Assert.Equal([new TimelineCommand.DeleteComment(7, 3)], _commands));
    }

    [Fact]
    public void Files_of_a_comment_are_download_links_with_name_and_size()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderTimeline([Comment(author: 1)]);

        var link = cut.Find(".kd-attachments a");
        Assert.Equal("api/v1/comments/7/attachments/4", link.GetAttribute("href"));
        Assert.Equal("Angebot.pdf", link.GetAttribute("download"));
        Assert.Equal("Angebot.pdf (2 KB)", link.Text());
        Assert.Equal("Anhänge", cut.Find(".kd-attachments").GetAttribute("aria-label"));
    }

    [Fact]
    public void Only_the_newest_entry_of_a_payment_offers_to_change_it()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderTimeline(
        [
            new(5, "payment", TimelineTone.Payment, "Zahlung geändert", [], "Anna", At) { RecordId = 2 },
            new(4, "payment", TimelineTone.Payment, "Zahlung erfasst", [], "Anna", At) { RecordId = 2 },
        ]);

        var entries = cut.FindAll("ol.kd-timeline > li");
        Assert.NotNull(entries[0].QuerySelector("[aria-label=Aktionen]"));
        Assert.Null(entries[1].QuerySelector("[aria-label=Aktionen]"));
    }

    [Fact]
    public void Without_a_way_to_run_changes_no_entry_offers_any()
    {
        using var culture = InCulture("de-DE");

        var cut = Render<DealTimeline>(p => p.Add(t => t.Lines, [Comment(author: 1)]).Add(t => t.Me, 1L));

        Assert.DoesNotContain("Aktionen", cut.ButtonNames());
    }

    private readonly List<TimelineCommand> _commands = [];

    private Error? _refusal;

    private int _recorded;

    private IRenderedComponent<DealTimeline> RenderTimeline(
        IReadOnlyList<TimelineLine> lines, bool hasMore = false, bool loading = false, IReadOnlyList<TimelineLine>? pinned = null, long me = 1) =>
        Render<DealTimeline>(p => p
            .Add(t => t.Lines, lines)
            .Add(t => t.Pinned, pinned ?? [])
            .Add(t => t.HasMore, hasMore)
            .Add(t => t.Loading, loading)
            .Add(t => t.OnLoadMore, () => _loads++)
            .Add(t => t.Me, me)
            .Add(t => t.Run, command =>
            {
                _commands.Add(command);
                return Task.FromResult(_refusal);
            })
            .Add(t => t.OnRecorded, () => _recorded++));

    private static TimelineLine Comment(long author, bool pinned = false) =>
        new(9, "comment", TimelineTone.Comment, "Kommentar von Anna", [], "Anna", At, "<p>Bitte prüfen</p>")
        {
            RecordId = 7,
            Comment = new CommentResponse(
                7, "deal", 1, author, "Anna", "Bitte **prüfen**", "<p>Bitte prüfen</p>", pinned, pinned ? At : null, At, null, false,
                [new AttachmentResponse(4, "Angebot.pdf", "application/pdf", 2000, At, "/api/v1/comments/7/attachments/4")], 3),
        };
}
