using Bunit;
using Kontor.Ui.Settings;

namespace Kontor.Tests.Ui.Components;

public sealed class StagePickerTests : ComponentTest
{
    private readonly List<string> _picked = [];

    [Fact]
    public void The_twelve_colours_are_a_radio_group_with_german_names_and_the_current_one_is_checked()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderPicker("#ffa900");

        Assert.Equal("radiogroup", cut.ByLabel("Farbe").GetAttribute("role"));
        var swatches = cut.FindAll("[role=radio]");
        Assert.Equal(12, swatches.Count);
        Assert.Equal(["Blau", "Himmelblau", "Cyan"], swatches.Take(3).Select(s => s.GetAttribute("aria-label")));
        Assert.Equal(["Orange"], swatches.Where(s => s.GetAttribute("aria-checked") == "true").Select(s => s.GetAttribute("aria-label")));
    }

    [Fact]
    public void The_colours_have_english_names_in_english()
    {
        using var culture = InCulture("en-US");

        var cut = RenderPicker("#39A8EF");

        Assert.Equal("radiogroup", cut.ByLabel("Colour").GetAttribute("role"));
        Assert.Equal("true", cut.ByLabel("Blue").GetAttribute("aria-checked"));
        Assert.Equal("false", cut.ByLabel("Grey").GetAttribute("aria-checked"));
    }

    [Fact]
    public void Picking_a_swatch_hands_back_its_colour()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderPicker("#39A8EF");

        cut.ClickNow(() => cut.ByLabel("Violett"));

        Assert.Equal(["#9B7BE0"], _picked);
    }

    [Fact]
    public void A_colour_set_elsewhere_is_kept_as_a_thirteenth_checked_swatch()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderPicker("#123abc");

        var current = cut.ByLabel("Aktuelle Farbe");
        Assert.Equal(13, cut.FindAll("[role=radio]").Count);
        Assert.Equal("true", current.GetAttribute("aria-checked"));
        Assert.Contains("#123ABC", current.GetAttribute("style"), StringComparison.Ordinal);
        cut.ClickNow(() => cut.ByLabel("Aktuelle Farbe"));
        Assert.Equal(["#123ABC"], _picked);
    }

    [Fact]
    public void Without_a_colour_nothing_is_checked()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderPicker("");

        Assert.Equal(12, cut.FindAll("[role=radio]").Count);
        Assert.Empty(cut.FindAll("[aria-checked=true]"));
    }

    private IRenderedComponent<StagePicker> RenderPicker(string value) =>
        Render<StagePicker>(p => p.Add(s => s.Value, value).Add(s => s.ValueChanged, (string hex) => _picked.Add(hex)));
}
