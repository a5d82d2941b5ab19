using Bunit;
using Kontor.Features.Currencies;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Kontor.Features.Users;
using Kontor.Ui.Deals;
using Kontor.Ui.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Ui.Components;

public sealed class DealDetailsTests : ComponentTest
{
    private static readonly DateTime Created = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static readonly DealResponse Deal = new(
        Id: 42, Title: "Wartungsvertrag 2026", PipelineId: 1, StageId: 2, StageSemantic: StageSemantic.InProgress, IsClosed: false,
        Amount: 12345.5m, Currency: "EUR", IsManualAmount: false, TaxValue: 0m, Probability: 40, CompanyId: 3,
        ContactIds: [5], ResponsibleId: 2, ObserverIds: [7], BeginDate: new DateOnly(2026, 3, 2), CloseDate: new DateOnly(2026, 4, 30),
        SourceId: "TRADE_SHOW", SourceDescription: "Hannover Messe", Comments: "Rückruf am Montag", IsOpened: true,
        CreatedAt: Created, CreatedById: 1, UpdatedAt: Created, UpdatedById: 1, MovedAt: Created, MovedById: 1, ClosedAt: null,
        ClosedById: null, Version: 3);

    private readonly List<DealField> _edits = [];
    private readonly List<DraftChange> _changes = [];
    private readonly List<string> _calls = [];

    public DealDetailsTests()
    {
        // The responsible, observer and customer pickers search through UiData; no test here types into them.
        Services.AddScoped<UiData>();
        RenderPopovers();
    }

    [Fact]
    public void The_details_show_in_german_format()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderDetails(View());

        Assert.Equal("12.345,50 €", Field(cut, "Betrag"));
        Assert.Equal("40 %", Field(cut, "Wahrscheinlichkeit"));
        Assert.Equal("02.03.2026", Field(cut, "Beginn"));
        Assert.Equal("30.04.2026", Field(cut, "Geplanter Abschluss"));
        Assert.Equal("Messe · Hannover Messe", Field(cut, "Quelle"));
        Assert.Equal("EM Erika Mustermann", Field(cut, "Verantwortlich"));
    }

    [Fact]
    public void The_details_show_in_english_format()
    {
        using var culture = InCulture("en-US");

        var cut = RenderDetails(View());

        Assert.Equal("€12,345.50", Field(cut, "Amount"));
        Assert.Equal("3/2/2026", Field(cut, "Begin date"));
        Assert.Equal("4/30/2026", Field(cut, "Expected close"));
        Assert.Equal("Trade show · Hannover Messe", Field(cut, "Source"));
    }

    [Fact]
    public void A_closed_deal_names_its_close_date_closed_on()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderDetails(View(Deal with { IsClosed = true, StageSemantic = StageSemantic.Won }));

        Assert.Equal("30.04.2026", Field(cut, "Abgeschlossen am"));
        Assert.DoesNotContain("Geplanter Abschluss", cut.FindAll(".kd-field-label").Select(l => l.Text()));
    }

    [Fact]
    public void An_unknown_source_code_is_shown_as_it_is_and_no_source_as_a_dash()
    {
        using var culture = InCulture("de-DE");

        var unknown = RenderDetails(View(Deal with { SourceId = "FAX", SourceDescription = null }));
        var none = RenderDetails(View(Deal with { SourceId = null, SourceDescription = null, Probability = null }));

        Assert.Equal("FAX", Field(unknown, "Quelle"));
        Assert.Equal("—", Field(none, "Quelle"));
        Assert.Equal("—", Field(none, "Wahrscheinlichkeit"));
    }

    [Fact]
    public void Editing_a_field_asks_the_page_for_that_field()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderDetails(View());

        cut.Press("Wahrscheinlichkeit bearbeiten");
        cut.Press("Kommentar bearbeiten");

        Assert.Equal([DealField.Probability, DealField.Comments], _edits);
    }

    [Fact]
    public void Only_the_field_being_edited_has_an_editor_and_shows_the_error()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderDetails(View(), editing: DealField.Title, error: "Bitte einen Titel eingeben.");

        Assert.Single(cut.FindAll(".kd-field-editing"));
        Assert.Equal("Titel", cut.Find(".kd-field-editing .kd-field-label").Text());
        Assert.Equal("Bitte einen Titel eingeben.", cut.Find("[role=alert]").Text());
        cut.Find(".kd-field-editing input").KeyDown(Key.Enter);
        cut.Find(".kd-field-editing input").KeyDown(Key.Escape);
        Assert.Equal(["save", "cancel"], _calls);
    }

    [Fact]
    public void Removing_an_observer_hands_the_page_a_change_without_that_observer()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderDetails(View());

        cut.Press("Beobachter Max Muster entfernen");

        var change = Assert.Single(_changes);
        Assert.Equal(DealField.Observers, change.Field);
        Assert.Empty(Applied(change).ObserverIds);
    }

    [Fact]
    public void Switching_the_amount_to_follow_the_products_hands_the_page_that_change()
    {
        using var culture = InCulture("en-US");
        var cut = RenderDetails(View(Deal with { IsManualAmount = true }));
        var toggle = cut.Find("label:has(input[type=checkbox]):contains('Amount follows the products') input");
        Assert.False(toggle.HasAttribute("checked"));

        toggle.Change(true);

        var change = Assert.Single(_changes);
        Assert.Equal(DealField.FollowsProducts, change.Field);
        Assert.True(Applied(change).FollowsProducts);
    }

    [Fact]
    public void Removing_the_company_or_a_contact_hands_the_page_a_change_without_it()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderDetails(View());

        cut.Press("Müller Haustechnik GmbH vom Auftrag entfernen");
        cut.Press("Erika Mustermann vom Auftrag entfernen");

        Assert.Equal([DealField.Company, DealField.Contacts], _changes.Select(c => c.Field));
        Assert.Null(Applied(_changes[0]).CompanyId);
        Assert.Empty(Applied(_changes[1]).ContactIds);
    }

    [Fact]
    public void A_deal_without_customer_says_so_and_offers_to_set_a_company()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderDetails(View(Deal with { CompanyId = null, ContactIds = [] }, company: false, contacts: false));

        Assert.Contains("Noch kein Unternehmen.", cut.Text());
        Assert.Contains("Noch keine Kontakte.", cut.Text());
        Assert.Contains("Unternehmen festlegen", cut.FindAll("label").Select(l => l.Text()));
    }

    [Fact]
    public void While_busy_the_pencils_and_remove_buttons_are_disabled()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderDetails(View(), busy: true);

        var buttons = cut.FindAll("button[aria-label]").ToList();
        Assert.True(buttons.Count >= 10, $"{buttons.Count} buttons");
        Assert.All(buttons, b => Assert.True(b.IsDisabled(), b.GetAttribute("aria-label")));
    }

    private IRenderedComponent<DealDetails> RenderDetails(DealView view, DealField? editing = null, string? error = null, bool busy = false) =>
        Render<DealDetails>(p => p
            .Add(d => d.View, view)
            .Add(d => d.Draft, DealDraft.From(view.Deal))
            .Add(d => d.Editing, editing)
            .Add(d => d.FieldError, error)
            .Add(d => d.Busy, busy)
            .Add(d => d.OnEdit, (DealField f) => _edits.Add(f))
            .Add(d => d.OnSave, () => _calls.Add("save"))
            .Add(d => d.OnCancel, () => _calls.Add("cancel"))
            .Add(d => d.OnApply, (DraftChange c) => _changes.Add(c)));

    private static string Field(IRenderedComponent<DealDetails> cut, string label) =>
        cut.FindAll(".kd-field").Single(f => f.QuerySelector(".kd-field-label")?.Text() == label).QuerySelector(".kd-field-value")!.Text();

    private static DealDraft Applied(DraftChange change)
    {
        var draft = DealDraft.From(Deal);
        change.Apply(draft);
        return draft;
    }

    private static DealView View(DealResponse? deal = null, bool company = true, bool contacts = true)
    {
        var pipeline = new PipelineResponse(1, "Allgemein", 10, true, 1, []);
        return new DealView(deal ?? Deal, [], pipeline, [pipeline],
            company ? new CompanyResponse(3, "Müller Haustechnik GmbH", null, null, null, new PostalAddress(), [], [], null, true, Created, null, Created, null, 1) : null,
            contacts ? [new ContactResponse(5, null, "Erika", null, "Mustermann", null, null, null, new PostalAddress(), [], [], [3], null, true, Created, null, Created, null, 1)] : [],
            new Dictionary<long, UserResponse> { [2] = User(2, "Erika Mustermann"), [7] = User(7, "Max Muster") },
            [new CurrencyResponse("EUR", "Euro", 1m, true, 2, 1)]);
    }

    private static UserResponse User(long id, string name) =>
        new(id, $"user{id}@example.com", name, null, "de-DE", "Europe/Berlin", false, true, Created);
}
