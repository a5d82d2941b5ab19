using Bunit;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Components;

public sealed class DealTimelineTests : ComponentTest
{
    private static readonly DateTime At = new(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc);

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

        cut.Button("Mehr laden").Click();
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

    private IRenderedComponent<DealTimeline> RenderTimeline(IReadOnlyList<TimelineLine> lines, bool hasMore = false, bool loading = false) =>
        Render<DealTimeline>(p => p
            .Add(t => t.Lines, lines)
            .Add(t => t.HasMore, hasMore)
            .Add(t => t.Loading, loading)
            .Add(t => t.OnLoadMore, () => _loads++));
}
