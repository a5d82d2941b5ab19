using Bunit;
using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Kontor.Ui.Board;

namespace Kontor.Tests.Ui.Components;

public sealed class BoardCardTests : ComponentTest
{
    private static readonly GetBoard.Column[] Targets =
    [
        Column(11, "Neu", StageSemantic.InProgress, "#39A8EF"),
        Column(13, "Rechnung", StageSemantic.InProgress, "#FFA900"),
        Column(14, "Gewonnen", StageSemantic.Won, "#7BD500"),
        Column(15, "Verloren", StageSemantic.Lost, "#FF5752"),
    ];

    private readonly List<long> _moves = [];

    [Fact]
    public void A_card_shows_title_amount_customer_and_the_initials_of_the_responsible_in_german()
    {
        using var culture = InCulture("de-DE");

        var (_, cut) = RenderCard(Card(amount: 12345.5m, customer: "Müller Haustechnik GmbH", responsible: "Erika Mustermann"));

        Assert.Equal("article", cut.ByLabel("Wartungsvertrag 2025").LocalName);
        var title = cut.Find("a.kb-card-title");
        Assert.Equal(("Wartungsvertrag 2025", "deals/42"), (title.Text(), title.GetAttribute("href")));
        Assert.Equal("12.345,50 €", cut.Find(".kb-card-amount").Text());
        Assert.Equal("Müller Haustechnik GmbH", cut.Find(".kb-card-customer").Text());
        var avatar = cut.ByLabel("Verantwortlich: Erika Mustermann");
        Assert.Equal(("EM", "img"), (avatar.Text(), avatar.GetAttribute("role")));
    }

    [Fact]
    public void The_amount_follows_the_english_format_and_the_currency_of_the_deal()
    {
        using var culture = InCulture("en-US");

        var (_, cut) = RenderCard(Card(amount: 12345.5m, currency: "USD"));

        Assert.Equal("$12,345.50", cut.Find(".kb-card-amount").Text());
        Assert.NotNull(cut.ByLabel("Responsible: Erika Mustermann"));
    }

    [Theory]
    [InlineData("de-DE", "Kein Kunde")]
    [InlineData("en-US", "No customer")]
    public void A_deal_without_a_customer_says_so(string culture, string text)
    {
        using var _ = InCulture(culture);

        var (_, cut) = RenderCard(Card(customer: null));

        Assert.Equal(text, cut.Find(".kb-card-customer").Text());
    }

    [Fact]
    public void The_move_menu_lists_the_other_stages_in_order_with_the_closing_stages_set_apart()
    {
        using var culture = InCulture("de-DE");
        var (popovers, cut) = RenderCard(Card());
        Assert.Empty(popovers.MenuItems());

        cut.Press("Verschieben");

        popovers.WaitForAssertion(() => Assert.Equal(["Neu", "Rechnung", "Gewonnen", "Verloren"], popovers.MenuItems().Select(i => i.Text())));
        Assert.Contains("Verschieben nach", popovers.Text());
        Assert.Single(popovers.FindAll(".mud-divider"));
        Assert.Equal("Gewonnen", popovers.Find(".mud-divider + [role=menuitem]").Text());
    }

    [Fact]
    public void Choosing_a_stage_in_the_move_menu_moves_the_card_there()
    {
        using var culture = InCulture("en-US");
        var (popovers, cut) = RenderCard(Card());

        cut.Press("Move");
        popovers.WaitForAssertion(() => popovers.ClickNow(() => popovers.MenuItems().Single(i => i.Text() == "Rechnung")));

        cut.WaitForAssertion(() => Assert.Equal([13L], _moves));
    }

    [Fact]
    public void The_title_link_is_not_draggable_so_dragging_moves_the_card_not_the_link()
    {
        using var culture = InCulture("de-DE");

        var (_, cut) = RenderCard(Card());

        Assert.Equal("false", cut.Find("a.kb-card-title").GetAttribute("draggable"));
    }

    private (IRenderedComponent<MudBlazor.MudPopoverProvider> Popovers, IRenderedComponent<BoardCard> Card) RenderCard(GetBoard.Card card)
    {
        var popovers = RenderPopovers();
        var cut = Render<BoardCard>(p => p
            .Add(c => c.Card, card)
            .Add(c => c.Targets, Targets)
            .Add(c => c.Move, (long stage) => _moves.Add(stage)));
        return (popovers, cut);
    }

    private static GetBoard.Card Card(
        decimal amount = 1000m, string currency = "EUR", string? customer = "Müller Haustechnik GmbH", string responsible = "Erika Mustermann") =>
        new(42, "Wartungsvertrag 2025", amount, currency, customer is null ? null : 7, customer, 3, responsible,
            new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc), false);

    private static GetBoard.Column Column(long id, string name, StageSemantic semantic, string color) =>
        new(id, "S" + id, name, color, semantic, 0, 0m, [], null);
}
