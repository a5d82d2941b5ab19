using Bunit;
using Kontor.Features.Pipelines;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Components;

public sealed class StageBarTests : ComponentTest
{
    private static readonly PipelineResponse Pipeline = new(1, "Allgemein", 10, true, 1,
    [
        Stage(11, "Neu", StageSemantic.InProgress, 10, "#39A8EF"),
        Stage(12, "Vorbereitung", StageSemantic.InProgress, 20, "#2FC6F6"),
        Stage(13, "Rechnung", StageSemantic.InProgress, 30, "#FFA900"),
        Stage(14, "Gewonnen", StageSemantic.Won, 40, "#7BD500"),
        Stage(15, "Verloren", StageSemantic.Lost, 50, "#FF5752"),
        Stage(16, "Analyse", StageSemantic.Lost, 60, "#E0403B"),
    ]);

    private readonly List<long> _moves = [];

    [Fact]
    public void The_segments_follow_the_pipeline_order_and_only_the_current_stage_is_the_current_step()
    {
        using var culture = InCulture("de-DE");
        var shuffled = Pipeline with { Stages = [.. Pipeline.Stages.Reverse()] };

        var cut = RenderBar(StageBarModel.For(shuffled, 12));

        var segments = cut.FindAll("nav li button");
        Assert.Equal(["Neu", "Vorbereitung", "Rechnung", "Abschließen"], segments.Select(s => s.Text()));
        Assert.Equal([null, "step", null, null], segments.Select(s => s.GetAttribute("aria-current")));
    }

    [Theory]
    [InlineData("de-DE", "Stufen", "Abschließen")]
    [InlineData("en-US", "Stages", "Close deal")]
    public void The_bar_and_its_close_segment_speak_the_users_language(string culture, string barName, string close)
    {
        using var _ = InCulture(culture);

        var cut = RenderBar(StageBarModel.For(Pipeline, 11));

        Assert.Equal("nav", cut.ByLabel(barName).LocalName);
        var closeSegment = cut.Find("button[aria-haspopup=dialog]");
        Assert.Equal(close, closeSegment.Text());
        Assert.Equal(close, closeSegment.GetAttribute("title"));
    }

    [Fact]
    public void Clicking_a_later_stage_moves_the_deal_there()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderBar(StageBarModel.For(Pipeline, 11));

        cut.Press("Rechnung");

        Assert.Equal([13L], _moves);
    }

    [Fact]
    public void Clicking_an_earlier_stage_moves_the_deal_back()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderBar(StageBarModel.For(Pipeline, 13));

        cut.Press("Neu");

        Assert.Equal([11L], _moves);
    }

    [Fact]
    public void Clicking_the_current_stage_moves_nothing()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderBar(StageBarModel.For(Pipeline, 12));

        cut.ClickNow(() => cut.Find("[aria-current=step]"));

        Assert.Empty(_moves);
    }

    [Fact]
    public void The_close_segment_asks_won_or_lost_and_won_moves_the_deal_to_the_won_stage()
    {
        using var culture = InCulture("de-DE");
        var dialogs = RenderDialogs();
        var cut = RenderBar(StageBarModel.For(Pipeline, 12));

        cut.Press("Abschließen");
        dialogs.WaitForAssertion(() => Assert.Contains("Wie ist der Auftrag ausgegangen?", dialogs.Text()));
        Assert.Equal(["Gewonnen", "Verloren"], dialogs.FindAll(".kd-close-choices button").Select(b => b.Text()));
        Assert.Empty(_moves);
        dialogs.Press("Gewonnen");

        cut.WaitForAssertion(() => Assert.Equal([14L], _moves));
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
    }

    [Fact]
    public void Closing_as_lost_offers_every_lost_stage_and_moves_to_the_one_chosen()
    {
        using var culture = InCulture("en-US");
        var dialogs = RenderDialogs();
        var cut = RenderBar(StageBarModel.For(Pipeline, 12));

        cut.Press("Close deal");
        dialogs.WaitForAssertion(() => Assert.Contains("Which lost stage?", dialogs.Text()));
        Assert.Equal(["Verloren", "Analyse"], dialogs.FindAll("label:has(input[type=radio])").Select(l => l.Text()));
        Assert.True(dialogs.Radio("Verloren").HasAttribute("checked"));
        dialogs.ClickNow(() => dialogs.Radio("Analyse"));
        dialogs.Press("Lost");

        cut.WaitForAssertion(() => Assert.Equal([16L], _moves));
    }

    [Fact]
    public void Cancelling_the_close_dialog_moves_nothing()
    {
        using var culture = InCulture("en-US");
        var dialogs = RenderDialogs();
        var cut = RenderBar(StageBarModel.For(Pipeline, 12));

        cut.Press("Close deal");
        dialogs.WaitForAssertion(() => dialogs.Press("Cancel"));

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        Assert.Empty(_moves);
    }

    [Fact]
    public void A_won_deal_names_its_won_stage_on_the_close_segment_and_choosing_won_again_moves_nothing()
    {
        using var culture = InCulture("de-DE");
        var dialogs = RenderDialogs();
        var cut = RenderBar(StageBarModel.For(Pipeline, 14));

        var close = cut.Find("button[aria-haspopup=dialog]");
        Assert.Equal("Gewonnen", close.Text());
        Assert.Empty(cut.FindAll("[aria-current=step]"));
        cut.ClickNow(() => cut.Find("button[aria-haspopup=dialog]"));
        dialogs.WaitForAssertion(() => dialogs.Press("Gewonnen"));

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll(".mud-dialog")));
        Assert.Empty(_moves);
    }

    [Fact]
    public void A_disabled_bar_disables_every_segment()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderBar(StageBarModel.For(Pipeline, 11), disabled: true);

        var segments = cut.FindAll("nav button");
        Assert.Equal(4, segments.Count);
        Assert.All(segments, s => Assert.True(s.IsDisabled()));
    }

    [Fact]
    public void The_bar_scrolls_the_current_stage_into_view_once()
    {
        using var culture = InCulture("de-DE");
        var module = JSInterop.SetupModule("./Ui/Deals/StageBar.razor.js");
        module.SetupVoid("centerCurrent", "kd-stage-current").SetVoidResult();
        var cut = RenderBar(StageBarModel.For(Pipeline, 12));

        cut.Render();

        Assert.Equal(["kd-stage-current"], module.VerifyInvoke("centerCurrent", calledTimes: 1)[0].Arguments);
        Assert.Equal("kd-stage-current", cut.Find("[aria-current=step]").Id);
    }

    private IRenderedComponent<StageBar> RenderBar(StageBarModel model, bool disabled = false) =>
        Render<StageBar>(p => p
            .Add(b => b.Model, model)
            .Add(b => b.Disabled, disabled)
            .Add(b => b.OnMove, (long stage) => _moves.Add(stage)));

    private static StageResponse Stage(long id, string name, StageSemantic semantic, int sort, string color) =>
        new(id, "S" + id, name, new StageNames(name, name), semantic, color, sort);
}
