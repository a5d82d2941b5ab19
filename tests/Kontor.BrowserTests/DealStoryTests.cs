using System.Text.RegularExpressions;
using Kontor.BrowserTests.Support;
using Kontor.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kontor.BrowserTests;

/// <summary>A deal worked from creation to won in the browser alone, as a salesperson does.</summary>
public sealed class DealStoryTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_deal_is_created_with_a_new_company_gets_products_moves_through_stages_and_is_won()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        var page = await browser.PageAsync(app.Url);
        await page.SignInAsync();

        await page.GetByRole(AriaRole.Banner).GetByLabel("Erstellen", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Auftrag", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/deals/new"));
        await page.WaitForInteractiveAsync();
        await page.GetByLabel("Titel").EnterAsync("Auftrag 2026-0042");
        await page.GetByLabel("Unternehmen oder Kontakt").FillAsync("Braun Elektro KG");
        await page.GetByText(new Regex("Unternehmen „Braun Elektro KG“ anlegen")).ClickAsync();
        await page.ShotAsync("deal-new-desktop-de");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Erstellen", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(new Regex(@"/deals/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Auftrag 2026-0042");
        await Expect(page.GetByText("Braun Elektro KG").First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Produkte") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Freie Zeile hinzufügen" }).ClickAsync();
        await page.GetByLabel("Produkt in Zeile 1").EnterAsync("Wartungsvertrag");
        await page.GetByLabel("Preis in Zeile 1").EnterAsync("1200");
        await page.GetByLabel("Steuersatz in Zeile 1").EnterAsync("19");
        await page.GetByRole(AriaRole.Button, new() { Name = "Freie Zeile hinzufügen" }).ClickAsync();
        await page.GetByLabel("Produkt in Zeile 2").EnterAsync("Montage");
        await page.GetByLabel("Menge in Zeile 2").EnterAsync("6");
        await page.GetByLabel("Preis in Zeile 2").EnterAsync("85");
        await page.GetByLabel("Steuersatz in Zeile 2").EnterAsync("19");
        await page.GetByRole(AriaRole.Button, new() { Name = "Produkte speichern" }).ClickAsync();

        // 1200 + 6 × 85 = 1710 net, 2034.90 with 19 % tax
        await Expect(page.GetByText("Nicht gespeichert")).ToBeHiddenAsync(new() { Timeout = 10_000 });
        await Expect(page.GetByText("2.034,90 €").Filter(new() { Visible = true }).First).ToBeVisibleAsync();
        await page.ShotAsync("deal-products-desktop-de");

        var stages = page.GetByRole(AriaRole.Navigation, new() { Name = "Stufen" });
        var preparation = stages.GetByRole(AriaRole.Button, new() { Name = "Dokumente vorbereiten" });
        await Expect(page.GetByText("2.034,90 €").Filter(new() { Visible = true }).First).ToBeVisibleAsync();
        await preparation.ClickAsync();
        await Expect(preparation).ToHaveAttributeAsync("aria-current", "step", new() { Timeout = 10_000 });
        await stages.GetByRole(AriaRole.Button, new() { Name = "Abschließen" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gewonnen", Exact = true }).ClickAsync();
        await Expect(stages.GetByRole(AriaRole.Button, new() { Name = "Auftrag bekommen" })).ToBeVisibleAsync();
        await page.ShotAsync("deal-won-desktop-de");

        var stored = await Eventually.ValueAsync(
            () => app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
                .SingleAsync(db.Set<Kontor.Features.Deals.Deal>().Select(d => new { d.IsClosed, d.Amount, d.StageSemantic }))),
            new { IsClosed = true, Amount = 2034.90m, StageSemantic = Kontor.Features.Pipelines.StageSemantic.Won });
        Assert.True(stored.IsClosed);

        await page.OpenAsync("/deals?status=won");
        await page.ShotAsync("deal-list-won-desktop-de");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Auftrag 2026-0042" }).First).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Banner).GetByLabel("Benutzermenü").ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "English" }).ClickAsync();
        await page.WaitForInteractiveAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Deals");
        await Expect(page.GetByText("€2,034.90").First).ToBeVisibleAsync();
        await page.ShotAsync("deal-list-won-desktop-en");
    }

    [Fact]
    public async Task Every_main_page_renders_on_a_phone_and_on_a_desktop_in_both_languages()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        var http = await app.AdminClientAsync();
        var company = await app.CompanyAsync("Hoffmann & Söhne");
        var contact = await app.ContactAsync("Clara", "Schumann");
        var deal = await http.PostJsonAsync("/api/v1/deals", new
        {
            title = "Schaltschrank Halle 3",
            companyId = company,
            contactIds = new[] { contact },
            products = new object[] { new { name = "Schaltschrank", price = 14500, taxRate = 19 }, new { name = "Montage", price = 85, quantity = 12, taxRate = 19 } },
        });
        await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { stageId = 3 });
        await app.ProductAsync("Wartungsvertrag", 1200m);

        foreach (var (locale, lang) in new[] { ("de-DE", "de"), ("en-US", "en") })
        {
            foreach (var phone in new[] { false, true })
            {
                var page = await browser.PageAsync(app.Url, phone, locale);
                await page.SignInAsync();
                if (lang == "en")
                {
                    await page.OpenAsync("/account/culture?culture=en-US&returnUrl=%2Fboard");
                }

                foreach (var (path, name) in new[]
                {
                    ("/board", "board"), ($"/deals/{deal.Id()}", "deal"), ("/deals", "deals"), ("/contacts", "contacts"),
                    ($"/companies/{company}", "company"), ("/products", "products"), ("/settings/pipelines", "pipelines"), ("/settings/tokens", "tokens"),
                })
                {
                    await page.OpenAsync(path);
                    await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToBeVisibleAsync();
                    await page.WaitForTimeoutAsync(300);
                    await page.ShotAsync($"{name}-{(phone ? "phone" : "desktop")}-{lang}");
                }

                await page.Context.CloseAsync();
            }
        }
    }
}
