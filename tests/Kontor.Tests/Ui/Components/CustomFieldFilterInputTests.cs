using Bunit;
using Kontor.Features.CustomFields;
using Kontor.Ui.CustomFields;
using static Kontor.Tests.Ui.CustomFields.Samples;

namespace Kontor.Tests.Ui.Components;

public sealed class CustomFieldFilterInputTests : ComponentTest
{
    private readonly List<IReadOnlyDictionary<string, IReadOnlyList<string>>> _changes = [];

    private IRenderedComponent<CustomFieldFilterInput> RenderFilter(CustomFieldType type, string label, Dictionary<string, IReadOnlyList<string>>? terms = null)
    {
        RenderPopovers();
        return Render<CustomFieldFilterInput>(p => p
            .Add(f => f.Field, Field(type, code: "UF_CRM_X") with { Labels = new LocalText(label, label) })
            .Add(f => f.Terms, terms ?? [])
            .Add(f => f.OnChange, t => _changes.Add(t)));
    }

    [Fact]
    public void A_number_range_is_typed_in_German_and_sent_culture_free()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderFilter(CustomFieldType.Decimal, "Rabatt");

        cut.InputLabelled("Rabatt von").Input("1.000,5");

        cut.WaitForAssertion(() => Assert.Equal(["1000.5"], Assert.Single(_changes)["UF_CRM_X.from"]));
    }

    [Fact]
    public void A_number_that_cannot_be_read_is_named_and_filters_nothing()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderFilter(CustomFieldType.Integer, "Stückzahl");

        cut.InputLabelled("Stückzahl bis").Input("viele");

        cut.WaitForAssertion(() => Assert.Contains("Geben Sie eine Zahl wie 1.234,50 ein.", cut.Text(), StringComparison.Ordinal));
        Assert.Empty(_changes);
    }

    [Fact]
    public void Text_is_searched_for_a_part_and_a_filter_from_the_address_is_shown()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderFilter(CustomFieldType.String, "Bestellnummer", new() { ["UF_CRM_X"] = ["B-4711"], ["UF_CRM_Y"] = ["z"] });

        var shown = cut.InputLabelled("Bestellnummer").GetAttribute("value");
        var mode = cut.Find(".mud-select").Text();
        cut.InputLabelled("Bestellnummer").Input("4712");

        Assert.Equal("B-4711", shown);
        Assert.Contains("ist gleich", mode, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Equal(["4712"], Assert.Single(_changes)["UF_CRM_X"]));
    }
}
