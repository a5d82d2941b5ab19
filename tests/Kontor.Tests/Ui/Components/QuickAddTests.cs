using Bunit;
using Kontor.Ui.Board;

namespace Kontor.Tests.Ui.Components;

public sealed class QuickAddTests : ComponentTest
{
    private readonly List<(string? Title, decimal? Amount)> _created = [];
    private int _closed;

    public QuickAddTests()
    {
        RenderPopovers();
    }

    [Theory]
    [InlineData("de-DE", "Neuer Auftrag in Vorbereitung", "Titel", "Betrag", "Anlegen")]
    [InlineData("en-US", "New deal in Vorbereitung", "Title", "Amount", "Add")]
    public void The_form_names_the_stage_it_adds_to_and_labels_its_fields(string culture, string form, string title, string amount, string add)
    {
        using var _ = InCulture(culture);

        var cut = RenderQuickAdd();

        Assert.Equal("form", cut.ByLabel(form).LocalName);
        Assert.Equal([title, amount], cut.FindAll("label.mud-input-label").Select(l => l.Text()));
        Assert.Equal("submit", cut.Button(add).GetAttribute("type"));
        Assert.Equal("EUR", cut.Find(".mud-input-adornment-end").Text());
    }

    [Fact]
    public void Submitting_creates_the_deal_with_the_title_and_an_amount_typed_the_german_way()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderQuickAdd();

        cut.InputLabelled("Titel").Input("Wartungsvertrag 2026");
        cut.InputLabelled("Betrag").Input("1.234,5");
        cut.Find("form").Submit();

        Assert.Equal([("Wartungsvertrag 2026", 1234.5m)], _created);
        Assert.Empty(cut.FindAll("[role=alert]"));
    }

    [Fact]
    public void Submitting_creates_the_deal_with_an_amount_typed_the_english_way()
    {
        using var culture = InCulture("en-US");
        var cut = RenderQuickAdd();

        cut.InputLabelled("Title").Input("Maintenance 2026");
        cut.InputLabelled("Amount").Input("1,234.5");
        cut.Find("form").Submit();

        Assert.Equal([("Maintenance 2026", 1234.5m)], _created);
    }

    [Fact]
    public void A_deal_without_an_amount_is_created_with_none()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderQuickAdd();

        cut.InputLabelled("Titel").Input("Wartungsvertrag 2026");
        cut.Find("form").Submit();

        Assert.Equal([("Wartungsvertrag 2026", (decimal?)null)], _created);
    }

    [Fact]
    public void What_went_wrong_is_announced_in_the_form_and_the_form_can_be_sent_again()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderQuickAdd(problem: "Bitte einen Titel eingeben.");

        cut.Find("form").Submit();

        Assert.Equal("Bitte einen Titel eingeben.", cut.Find("[role=alert]").Text());
        Assert.False(cut.Button("Anlegen").IsDisabled());
        Assert.Single(_created);
    }

    [Fact]
    public void While_the_deal_is_being_created_the_form_is_disabled()
    {
        using var culture = InCulture("de-DE");
        var pending = new TaskCompletionSource<string?>();
        var cut = RenderQuickAdd(create: (_, _) => pending.Task);

        cut.Find("form").Submit();

        Assert.True(cut.Button("Anlegen").IsDisabled());
        Assert.True(cut.Button("Abbrechen").IsDisabled());
        Assert.All(cut.FindAll("input"), i => Assert.True(i.IsDisabled()));
        pending.SetResult(null);
        cut.WaitForAssertion(() => Assert.False(cut.Button("Anlegen").IsDisabled()));
    }

    [Fact]
    public void Cancel_closes_the_form_without_creating_anything()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderQuickAdd();

        cut.Press("Abbrechen");

        Assert.Equal(1, _closed);
        Assert.Empty(_created);
    }

    private IRenderedComponent<QuickAdd> RenderQuickAdd(string? problem = null, Func<string?, decimal?, Task<string?>>? create = null) =>
        Render<QuickAdd>(p => p
            .Add(q => q.StageName, "Vorbereitung")
            .Add(q => q.Currency, "EUR")
            .Add(q => q.Create, create ?? ((title, amount) =>
            {
                _created.Add((title, amount));
                return Task.FromResult(problem);
            }))
            .Add(q => q.Closed, () => _closed++));
}
