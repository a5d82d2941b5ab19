using Bunit;
using Kontor.Features.Deals;
using Kontor.Features.Products;
using Kontor.Ui.Deals;
using Kontor.Ui.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Ui.Components;

public sealed class DealProductGridTests : ComponentTest
{
    private readonly List<IReadOnlyList<DealProducts.RowInput>> _saved = [];
    private readonly List<bool> _dirty = [];
    private int _follows;

    public DealProductGridTests()
    {
        // The catalog search reads products through UiData; no test here searches, so no database is behind it.
        Services.AddScoped<UiData>();
        RenderPopovers();
    }

    [Fact]
    public void Each_row_shows_its_total_and_the_totals_add_them_up_in_german_format()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, 19m), Row(2, "Montage", 6m, 85m, 19m, DiscountType.Percent, 10m)]);

        Assert.Equal(["1.428,00 €", "546,21 €"], RowTotals(cut));
        Assert.Equal(["Netto 1.659,00 €", "Steuer 315,21 €", "Gesamt 1.974,21 €"], Totals(cut));
        Assert.Equal("Wartungsvertrag", cut.ByLabel("Produkt in Zeile 1").GetAttribute("value"));
        Assert.Equal("1.200,00", cut.ByLabel("Preis in Zeile 1").GetAttribute("value"));
        Assert.Equal("Rabatt in Prozent; auf Betrag umschalten", cut.FindAll(".kd-discount-mode")[1].GetAttribute("aria-label"));
    }

    [Fact]
    public void The_same_rows_read_in_english_format()
    {
        using var culture = InCulture("en-US");

        var cut = RenderGrid([Row(1, "Maintenance", 1m, 1200m, 19m), Row(2, "Assembly", 6m, 85m, 19m, DiscountType.Percent, 10m)]);

        Assert.Equal(["€1,428.00", "€546.21"], RowTotals(cut));
        Assert.Equal(["Net €1,659.00", "Tax €315.21", "Total €1,974.21"], Totals(cut));
        Assert.Equal("1,200.00", cut.ByLabel("Price in row 1").GetAttribute("value"));
    }

    [Fact]
    public void An_empty_grid_says_how_to_add_products_and_totals_zero()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderGrid([]);

        Assert.Contains("Noch keine Produkte.", cut.Find(".kd-empty-line").Text());
        Assert.Empty(cut.FindAll("table"));
        Assert.Equal(["Netto 0,00 €", "Steuer 0,00 €", "Gesamt 0,00 €"], Totals(cut));
    }

    [Fact]
    public void Typing_a_quantity_updates_the_row_and_the_running_totals_and_marks_the_grid_unsaved()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, 19m)]);
        Assert.Empty(cut.FindAll(".mud-chip"));

        cut.ByLabel("Menge in Zeile 1").Input("2,5");

        Assert.Equal(["3.570,00 €"], RowTotals(cut));
        Assert.Equal(["Netto 3.000,00 €", "Steuer 570,00 €", "Gesamt 3.570,00 €"], Totals(cut));
        Assert.Equal("Nicht gespeichert", cut.Find(".mud-chip").Text());
        Assert.False(cut.Button("Produkte speichern").IsDisabled());
        Assert.Equal([true], _dirty);
    }

    [Fact]
    public void A_new_free_row_counts_as_soon_as_it_has_a_name_and_a_price_typed_with_german_separators()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, null)]);

        cut.Press("Freie Zeile hinzufügen");
        cut.ByLabel("Produkt in Zeile 2").Input("Anfahrt");
        cut.ByLabel("Menge in Zeile 2").Input("3");
        cut.ByLabel("Preis in Zeile 2").Input("1.234,56");

        Assert.Equal(["1.200,00 €", "3.703,68 €"], RowTotals(cut));
        Assert.Equal("Gesamt 4.903,68 €", Totals(cut)[2]);
    }

    [Fact]
    public void A_price_typed_with_english_separators_counts_in_english()
    {
        using var culture = InCulture("en-US");
        var cut = RenderGrid([]);

        cut.Press("Add free row");
        cut.ByLabel("Product in row 1").Input("Travel");
        cut.ByLabel("Price in row 1").Input("1,234.56");

        Assert.Equal(["€1,234.56"], RowTotals(cut));
        Assert.Equal("Total €1,234.56", Totals(cut)[2]);
    }

    [Fact]
    public void A_discount_lowers_the_total_and_the_mode_button_switches_between_percent_and_amount()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderGrid([Row(1, "Schaltschrank", 2m, 100m, null)]);

        cut.ByLabel("Rabatt in Zeile 1").Input("10");
        Assert.Equal(["180,00 €"], RowTotals(cut));

        cut.Press("Rabatt in Prozent; auf Betrag umschalten");

        Assert.Equal("EUR", cut.Find(".kd-discount-mode").Text());
        Assert.Equal(["180,00 €"], RowTotals(cut));
        cut.ByLabel("Rabatt in Zeile 1").Input("25");
        Assert.Equal(["150,00 €"], RowTotals(cut));
        Assert.Equal("Rabatt als Betrag; auf Prozent umschalten", cut.Find(".kd-discount-mode").GetAttribute("aria-label"));
    }

    [Fact]
    public void A_row_the_server_would_refuse_is_marked_counts_nothing_and_cannot_be_saved()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 100m, null)]);

        cut.Press("Freie Zeile hinzufügen");
        cut.ByLabel("Preis in Zeile 2").Input("50");
        cut.ByLabel("Menge in Zeile 1").Input("-1");

        Assert.Equal(["—", "50,00 €"], RowTotals(cut));
        Assert.Equal("Gesamt 50,00 €", Totals(cut)[2]);
        Assert.True(HasError(cut, "Menge in Zeile 1"));
        Assert.True(HasError(cut, "Produkt in Zeile 2"));
        Assert.False(HasError(cut, "Preis in Zeile 2"));
        Assert.True(cut.Button("Produkte speichern").IsDisabled());
    }

    [Fact]
    public void Saving_hands_the_edited_rows_to_the_page_and_a_successful_save_clears_the_unsaved_mark()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, 19m, productId: 7)]);
        cut.ByLabel("Menge in Zeile 1").Input("2");
        cut.Press("Freie Zeile hinzufügen");
        cut.ByLabel("Produkt in Zeile 2").Input("  Anfahrt ");
        cut.ByLabel("Preis in Zeile 2").Input("80");
        cut.ByLabel("Rabatt in Zeile 2").Input("5");

        cut.Press("Produkte speichern");

        var rows = Assert.Single(_saved);
        Assert.Equal(2, rows.Count);
        Assert.Equal((7L, "Wartungsvertrag", 2m, 1200m, 19m), (rows[0].ProductId!.Value, rows[0].Name, rows[0].Quantity, rows[0].Price, rows[0].TaxRate!.Value));
        Assert.Equal((null, "Anfahrt", 1m, 80m, "pcs"), (rows[1].ProductId, rows[1].Name, rows[1].Quantity, rows[1].Price, rows[1].Unit));
        Assert.Equal((DiscountType.Percent, 5m), (rows[1].DiscountType, rows[1].DiscountValue));
        Assert.Empty(cut.FindAll(".mud-chip"));
        Assert.True(cut.Button("Produkte speichern").IsDisabled());
        Assert.Equal([true, false], _dirty);
    }

    [Fact]
    public void A_refused_save_keeps_the_edits_and_the_unsaved_mark()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, 19m)], saves: false);
        cut.ByLabel("Menge in Zeile 1").Input("3");

        cut.Press("Produkte speichern");

        Assert.Equal(3m, Assert.Single(Assert.Single(_saved)).Quantity);
        Assert.Equal("Nicht gespeichert", cut.Find(".mud-chip").Text());
        Assert.Equal(["4.284,00 €"], RowTotals(cut));
        Assert.False(cut.Button("Produkte speichern").IsDisabled());
    }

    [Fact]
    public void Discarding_brings_back_the_saved_rows()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, 19m)]);
        cut.ByLabel("Menge in Zeile 1").Input("3");
        cut.Press("Zeile 1 entfernen");
        Assert.Empty(cut.FindAll("table"));

        cut.Press("Änderungen verwerfen");

        Assert.Equal(["1.428,00 €"], RowTotals(cut));
        Assert.Empty(cut.FindAll(".mud-chip"));
    }

    [Fact]
    public void Removing_a_row_renumbers_the_rest_and_drops_it_from_the_totals()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1000m, null), Row(2, "Montage", 1m, 200m, null), Row(3, "Anfahrt", 1m, 30m, null)]);

        cut.Press("Zeile 2 entfernen");

        Assert.Equal("Anfahrt", cut.ByLabel("Produkt in Zeile 2").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[aria-label='Produkt in Zeile 3']"));
        Assert.Equal("Gesamt 1.030,00 €", Totals(cut)[2]);
    }

    [Fact]
    public void Server_errors_show_at_the_row_and_field_they_name()
    {
        using var culture = InCulture("de-DE");
        var errors = new Dictionary<string, string[]> { ["rows[1].price"] = ["Der Preis ist zu hoch."] };

        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, 19m), Row(2, "Montage", 1m, 85m, 19m)], errors: errors);

        Assert.Equal("Zeile 2 · Preis: Der Preis ist zu hoch.", cut.Find("[role=alert]").Text());
        Assert.True(HasError(cut, "Preis in Zeile 2"));
        Assert.False(HasError(cut, "Preis in Zeile 1"));
        Assert.False(HasError(cut, "Menge in Zeile 2"));
    }

    [Fact]
    public void A_server_error_not_about_a_row_is_shown_under_the_products_heading()
    {
        using var culture = InCulture("en-US");
        var errors = new Dictionary<string, string[]> { ["rows"] = ["Too many rows."] };

        var cut = RenderGrid([Row(1, "Maintenance", 1m, 1200m, 19m)], errors: errors);

        Assert.Equal("Products: Too many rows.", cut.Find("[role=alert]").Text());
    }

    [Fact]
    public void An_amount_that_follows_the_products_says_so()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, 19m)]);

        Assert.Equal("Der Auftragsbetrag folgt den Produkten.", cut.Find(".kd-amount-note").Text());
        Assert.Empty(cut.FindAll(".kd-amount-note button"));
    }

    [Theory]
    [InlineData("de-DE", "Der Auftragsbetrag (5.000,00 €) wurde manuell festgelegt und folgt nicht den Produkten.", "Den Produkten folgen lassen")]
    [InlineData("en-US", "The deal amount (€5,000.00) was set by hand and does not follow the products.", "Let it follow the products")]
    public void A_manual_amount_is_named_with_its_value_and_can_be_set_to_follow_the_products(string culture, string note, string follow)
    {
        using var _ = InCulture(culture);
        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, 19m)], manualAmount: 5000m);

        Assert.StartsWith(note, cut.Find(".kd-amount-note").Text(), StringComparison.Ordinal);
        cut.Press(follow);

        Assert.Equal(1, _follows);
    }

    [Fact]
    public void While_busy_every_input_and_button_of_the_rows_is_disabled()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, 19m)], busy: true);

        var controls = cut.FindAll("table input, table button");
        Assert.Equal(9, controls.Count);
        Assert.All(controls, e => Assert.True(e.IsDisabled(), e.OuterHtml));
        Assert.True(cut.Button("Freie Zeile hinzufügen").IsDisabled());
        Assert.True(cut.Button("Produkte speichern").IsDisabled());
    }

    [Fact]
    public void New_rows_from_the_server_replace_the_grid_unless_the_user_is_editing_it()
    {
        using var culture = InCulture("de-DE");
        var cut = RenderGrid([Row(1, "Wartungsvertrag", 1m, 1200m, null)]);

        cut.Render(p => p.Add(g => g.Rows, [Row(1, "Wartungsvertrag", 2m, 1200m, null)]));
        Assert.Equal(["2.400,00 €"], RowTotals(cut));
        cut.ByLabel("Menge in Zeile 1").Input("5");
        cut.Render(p => p.Add(g => g.Rows, [Row(1, "Wartungsvertrag", 3m, 1200m, null)]));

        Assert.Equal(["6.000,00 €"], RowTotals(cut));
        Assert.Equal("Nicht gespeichert", cut.Find(".mud-chip").Text());
    }

    private IRenderedComponent<DealProductGrid> RenderGrid(
        IReadOnlyList<DealProducts.RowResponse> rows, bool saves = true, IReadOnlyDictionary<string, string[]>? errors = null,
        decimal? manualAmount = null, bool busy = false) =>
        Render<DealProductGrid>(p => p
            .Add(g => g.Rows, rows)
            .Add(g => g.Currency, "EUR")
            .Add(g => g.Errors, errors)
            .Add(g => g.IsManualAmount, manualAmount is not null)
            .Add(g => g.Amount, manualAmount ?? 0m)
            .Add(g => g.Busy, busy)
            .Add(g => g.OnSaveRows, inputs =>
            {
                _saved.Add(inputs);
                return Task.FromResult(saves);
            })
            .Add(g => g.OnFollow, () => _follows++)
            .Add(g => g.DirtyChanged, (bool dirty) => _dirty.Add(dirty)));

    private static List<string> RowTotals(IRenderedComponent<DealProductGrid> cut) =>
        [.. cut.FindAll("td.kd-col-total").Select(c => c.Text())];

    private static List<string> Totals(IRenderedComponent<DealProductGrid> cut) =>
        [.. cut.FindAll("[role=group][aria-label] > div").Select(d => string.Join(" ", d.Children.Select(c => c.Text())))];

    private static bool HasError(IRenderedComponent<DealProductGrid> cut, string field) =>
        cut.ByLabel(field).Closest(".mud-input-control")!.ClassList.Contains("mud-input-error");

    private static DealProducts.RowResponse Row(long id, string name, decimal quantity, decimal price, decimal? taxRate,
        DiscountType discountType = DiscountType.None, decimal discount = 0m, long? productId = null) =>
        new(id, productId, name, quantity, "pcs", price, discountType, discount, 0m, 0m, taxRate, false, 0m, 0m, 0m, 0m, 0m, 0m, 0m, (int)id);
}
