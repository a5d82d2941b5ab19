using Kontor.BrowserTests.Support;
using Kontor.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kontor.BrowserTests;

public sealed class BoardTests(Browser browser) : IClassFixture<Browser>
{
    private static async Task SeedAsync(KontorAppFactory app)
    {
        var http = await app.AdminClientAsync();
        var company = await app.CompanyAsync("Braun Elektro KG");
        await http.PostJsonAsync("/api/v1/deals", new { title = "Wartungsvertrag 2026", amount = 12400, companyId = company });
        await http.PostJsonAsync("/api/v1/deals", new { title = "Fleet tracking pilot", amount = 25000, currency = "USD" });
        await http.PostJsonAsync("/api/v1/deals", new { title = "Ofenmodernisierung", amount = 7300, stageId = 2 });
    }

    [Fact]
    public async Task The_board_shows_columns_with_counts_and_sums_and_moves_a_card_from_its_menu()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        await SeedAsync(app);
        var page = await browser.PageAsync(app.Url);
        await page.SignInAsync();

        var neu = page.GetByRole(AriaRole.Region, new() { Name = "Neu", Exact = true });
        await Expect(neu.GetByRole(AriaRole.Article)).ToHaveCountAsync(2);
        await Expect(neu).ToContainTextAsync("12.400,00 €");
        await Expect(neu).ToContainTextAsync("25.000,00 $");
        await Expect(neu).ToContainTextAsync("35.400,00 €"); // 12,400 EUR + 25,000 USD × 0.92 in the base currency
        await page.ShotAsync("board-desktop-de");

        var card = neu.GetByRole(AriaRole.Article, new() { Name = "Wartungsvertrag 2026" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Verschieben" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "In Bearbeitung" }).ClickAsync();

        var executing = page.GetByRole(AriaRole.Region, new() { Name = "In Bearbeitung", Exact = true });
        await Expect(executing.GetByRole(AriaRole.Article, new() { Name = "Wartungsvertrag 2026" })).ToBeVisibleAsync();
        await Expect(neu.GetByRole(AriaRole.Article)).ToHaveCountAsync(1);
        Assert.Equal(4, await Eventually.ValueAsync(
            () => app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions
                .SingleAsync(db.Set<Kontor.Features.Deals.Deal>().Where(d => d.Title == "Wartungsvertrag 2026").Select(d => d.StageId))),
            expected: 4L));
    }

    [Fact]
    public async Task A_move_by_another_user_appears_on_an_open_board_without_reload()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        await SeedAsync(app);
        await app.UserAsync("bernd@kontor.test", "Bernd Vertrieb", "user-password-1", locale: "en-US");
        var anna = await browser.PageAsync(app.Url);
        var bernd = await browser.PageAsync(app.Url, locale: "en-US");
        await anna.SignInAsync();
        await bernd.SignInAsync("bernd@kontor.test", "user-password-1");

        var watched = bernd.GetByRole(AriaRole.Region, new() { Name = "New", Exact = true }).GetByRole(AriaRole.Article, new() { Name = "Fleet tracking pilot" });
        await Expect(watched).ToBeVisibleAsync();

        var card = anna.GetByRole(AriaRole.Region, new() { Name = "Neu", Exact = true }).GetByRole(AriaRole.Article, new() { Name = "Fleet tracking pilot" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Verschieben" }).ClickAsync();
        await anna.GetByRole(AriaRole.Menuitem, new() { Name = "Schlussrechnung" }).ClickAsync();

        var seenByBernd = bernd.GetByRole(AriaRole.Region, new() { Name = "Final invoice", Exact = true }).GetByRole(AriaRole.Article, new() { Name = "Fleet tracking pilot" });
        await Expect(seenByBernd).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await Expect(watched).ToHaveCountAsync(0);
        await bernd.ShotAsync("board-desktop-en");
    }

    [Fact]
    public async Task On_a_phone_the_board_scrolls_column_by_column()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        await SeedAsync(app);
        var page = await browser.PageAsync(app.Url, phone: true);
        await page.SignInAsync();

        var neu = page.GetByRole(AriaRole.Region, new() { Name = "Neu", Exact = true });
        await Expect(neu.GetByRole(AriaRole.Article)).ToHaveCountAsync(2);
        var width = await neu.EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        await page.ShotAsync("board-phone-de");

        Assert.InRange(width, 390 * 0.7, 390 * 0.95);
        var move = neu.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Button, new() { Name = "Verschieben" });
        var box = await move.BoundingBoxAsync();
        Assert.True(box!.Height >= 40, $"The move button is {box.Height} px high; touch targets need 40.");
    }
}
