using Bunit;
using Kontor.Features.Currencies;
using Kontor.Features.Products;
using Kontor.Ui.Products;
using Kontor.Ui.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace Kontor.Tests.Ui.Components;

/// <summary>What the product dialog does before it writes; saving itself goes through the database and is tested in the product API tests.</summary>
public sealed class ProductDialogTests : ComponentTest
{
    private static readonly DateTime Created = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private static readonly CurrencyResponse[] Currencies =
    [
        new("EUR", "Euro", 1m, true, 2, 1),
        new("USD", "US-Dollar", 1.08m, false, 2, 2),
    ];

    public ProductDialogTests()
    {
        // Saving goes through UiData; these tests stop at the checks before it, so no database is behind it.
        Services.AddScoped<UiData>();
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Created));
    }

    [Fact]
    public async Task A_product_opens_with_its_values_in_german_format()
    {
        using var culture = InCulture("de-DE");
        var dialogs = RenderDialogs();

        await ShowAsync(new ProductResponse(8, "Schaltschrank", "SK-100", null, 1234.5m, "USD", 7m, true, "Stk", true, 1, Created, Created, 1));

        Assert.Contains("Produkt bearbeiten", dialogs.Find(".mud-dialog-title").Text());
        Assert.Equal("Schaltschrank", dialogs.InputLabelled("Name").GetAttribute("value"));
        Assert.Equal("1234,5", dialogs.InputLabelled("Preis je Einheit").GetAttribute("value"));
        Assert.Equal("7", dialogs.InputLabelled("Steuersatz (%)").GetAttribute("value"));
        Assert.Contains("Speichern", dialogs.ButtonNames());
    }

    [Fact]
    public async Task A_new_product_starts_in_the_base_currency_with_the_usual_tax_rate()
    {
        using var culture = InCulture("en-US");
        var dialogs = RenderDialogs();

        await ShowAsync(null);

        Assert.Contains("New product", dialogs.Find(".mud-dialog-title").Text());
        Assert.Equal("EUR", dialogs.InputLabelled("Currency").GetAttribute("value"));
        Assert.Equal("19", dialogs.InputLabelled("Tax rate (%)").GetAttribute("value"));
        Assert.Contains("Create product", dialogs.ButtonNames());
    }

    [Fact]
    public async Task A_product_without_name_or_price_is_refused_at_the_fields_in_german_and_the_dialog_stays_open()
    {
        using var culture = InCulture("de-DE");
        var dialogs = RenderDialogs();
        var dialog = await ShowAsync(null);

        dialogs.Find("form#product-form").Submit();

        Assert.Equal("true", dialogs.InputLabelled("Name").GetAttribute("aria-invalid"));
        Assert.Equal("true", dialogs.InputLabelled("Preis je Einheit").GetAttribute("aria-invalid"));
        Assert.Equal("false", dialogs.InputLabelled("Einheit").GetAttribute("aria-invalid"));
        Assert.Contains("Ein Preis ist erforderlich.", dialogs.Text());
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task A_price_with_more_than_four_decimals_is_refused_before_saving()
    {
        using var culture = InCulture("de-DE");
        var dialogs = RenderDialogs();
        var dialog = await ShowAsync(null);
        dialogs.InputLabelled("Name").Change("Schaltschrank");

        dialogs.InputLabelled("Preis je Einheit").Change("1,23456");
        dialogs.Find("form#product-form").Submit();

        Assert.Contains("Der Preis hat mehr als vier Nachkommastellen.", dialogs.Text());
        Assert.Equal("false", dialogs.InputLabelled("Name").GetAttribute("aria-invalid"));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task Cancelling_closes_the_dialog_without_a_product()
    {
        using var culture = InCulture("de-DE");
        var dialogs = RenderDialogs();
        var dialog = await ShowAsync(null);

        dialogs.Press("Abbrechen");

        Assert.True((await dialog.Result)?.Canceled);
    }

    private Task<IDialogReference> ShowAsync(ProductResponse? product) =>
        Services.GetRequiredService<IDialogService>().ShowAsync<ProductDialog>("", new DialogParameters<ProductDialog>
        {
            { d => d.Product, product },
            { d => d.Currencies, Currencies },
        });
}
