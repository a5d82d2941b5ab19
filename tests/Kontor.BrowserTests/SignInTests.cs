using Kontor.BrowserTests.Support;
using Kontor.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kontor.BrowserTests;

public sealed class SignInTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_person_signs_in_with_the_form_and_reaches_the_board()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        var page = await browser.PageAsync(app.Url);

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await page.ShotAsync("login-desktop");
        await page.SignInAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/board$"));
        await Expect(page.GetByRole(AriaRole.Banner)).ToContainTextAsync("Kontor");
    }

    [Fact]
    public async Task A_wrong_password_shows_a_message_and_stays_on_the_sign_in_page()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        var page = await browser.PageAsync(app.Url, phone: true);

        await page.GotoAsync("/account/login");
        await page.GetByLabel("E-Mail").FillAsync(KontorAppFactory.AdminEmail);
        await page.GetByLabel("Passwort").FillAsync("falsch-falsch");
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("E-Mail oder Passwort ist falsch.");
        await page.ShotAsync("login-error-phone");
    }
}
