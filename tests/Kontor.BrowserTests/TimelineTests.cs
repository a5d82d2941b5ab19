using System.Text.RegularExpressions;
using Kontor.BrowserTests.Support;
using Kontor.Features.Comments;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kontor.BrowserTests;

/// <summary>The deal's timeline worked in the browser: comments with mentions and files, activities, payments and deliveries.</summary>
public sealed class TimelineTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_comment_with_a_mention_and_a_file_is_pinned_edited_and_kept_and_the_mentioned_user_sees_the_notification()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        var bernd = await app.UserAsync("bernd@kontor.test", "Bernd Vertrieb");
        await app.UserAsync("carla@kontor.test", "Carla Service");
        var deal = await DealAsync(app);
        var page = await browser.PageAsync(app.Url);
        await page.SignInAsync();
        await page.OpenAsync($"/deals/{deal}");

        var text = page.GetByRole(AriaRole.Textbox, new() { Name = "Kommentar", Exact = true });
        await text.FillAsync("Bitte das Angebot mit ");
        await text.PressSequentiallyAsync("@");
        await page.GetByLabel("Person erwähnen").FillAsync("Bernd");
        // The picker opened with everyone; the pick waits for the list of the search, which would replace an earlier list under the click.
        var people = page.Locator(".mud-popover-open .mud-list-item");
        await Expect(people).ToHaveCountAsync(1);
        await people.Filter(new() { HasText = "Bernd Vertrieb" }).ClickAsync();
        await Expect(text).ToHaveValueAsync($"Bitte das Angebot mit @[Bernd Vertrieb](user:{bernd}) ");
        await text.PressSequentiallyAsync("abstimmen.");
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Dateien anhängen" }).ClickAsync());
        await chooser.SetFilesAsync(new FilePayload { Name = "Angebot 2026-0042.txt", MimeType = "text/plain", Buffer = "Schaltschrank, 14.500 €"u8.ToArray() });
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Anzuhängende Dateien" })).ToContainTextAsync("Angebot 2026-0042.txt");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kommentar speichern" }).ClickAsync();

        var timeline = page.GetByRole(AriaRole.Region, new() { Name = "Verlauf" });
        var entry = timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Bitte das Angebot mit" });
        await Expect(entry).ToContainTextAsync("Bitte das Angebot mit @Bernd Vertrieb abstimmen.");
        await Expect(entry.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Angebot 2026-0042\\.txt") })).ToBeVisibleAsync();
        await Expect(text).ToHaveValueAsync("");

        await entry.GetByRole(AriaRole.Button, new() { Name = "Aktionen" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Anheften" }).ClickAsync();
        var pinned = page.GetByRole(AriaRole.Region, new() { Name = "Angeheftet" });
        await Expect(pinned).ToContainTextAsync("Bitte das Angebot mit @Bernd Vertrieb abstimmen.");

        await pinned.GetByRole(AriaRole.Button, new() { Name = "Aktionen" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Bearbeiten" }).ClickAsync();
        var edit = page.GetByRole(AriaRole.Textbox, new() { Name = "Kommentar bearbeiten" });
        await Expect(edit).ToHaveValueAsync($"Bitte das Angebot mit @[Bernd Vertrieb](user:{bernd}) abstimmen.");
        await edit.FillAsync($"Bitte das Angebot **bis Freitag** mit @[Bernd Vertrieb](user:{bernd}) abstimmen.");
        await pinned.GetByRole(AriaRole.Button, new() { Name = "Speichern", Exact = true }).ClickAsync();
        await Expect(pinned).ToContainTextAsync("Kommentar (bearbeitet)");
        await Expect(pinned.Locator("strong")).ToHaveTextAsync("bis Freitag");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(pinned).ToContainTextAsync("Bitte das Angebot bis Freitag mit @Bernd Vertrieb abstimmen.");
        await Expect(pinned.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Angebot 2026-0042\\.txt") })).ToHaveAttributeAsync("download", "Angebot 2026-0042.txt");
        await ToTopAsync(timeline);
        await page.ShotAsync("timeline-comment-pinned-desktop-de");
        var stored = await app.WithDbAsync(db => db.Set<Comment>().Include(c => c.Attachments).SingleAsync());
        Assert.True(stored.IsPinned);
        Assert.Equal(["Angebot 2026-0042.txt"], stored.Attachments.Select(a => a.FileName));

        var other = await browser.PageAsync(app.Url);
        await other.SignInAsync("bernd@kontor.test", "user-password-1");
        var bell = other.GetByRole(AriaRole.Banner).GetByLabel("Benachrichtigungen (1 ungelesen)", new() { Exact = true });
        await Expect(bell).ToBeVisibleAsync();
        await bell.ClickAsync();
        await Expect(other.GetByRole(AriaRole.Menuitem).Filter(new() { HasText = "Anna Admin hat Sie erwähnt: Schaltschrank Halle 3" })).ToBeVisibleAsync();
        await other.WaitForTimeoutAsync(400); // the menu fades in
        await other.ShotAsync("timeline-mention-bell-desktop-de");
    }

    [Fact]
    public async Task A_call_planned_with_a_deadline_turns_overdue_on_the_board_and_the_deal_page_and_completing_it_clears_the_marker()
    {
        var clock = new MovableClock();
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true, clock: clock);
        var deal = await DealAsync(app);
        var page = await browser.PageAsync(app.Url);
        await page.SignInAsync();
        await page.OpenAsync($"/deals/{deal}");

        var composer = page.GetByRole(AriaRole.Region, new() { Name = "Neuer Eintrag" });
        await composer.GetByRole(AriaRole.Tab, new() { Name = "Aktivität" }).ClickAsync();
        await composer.GetByLabel("Betreff").EnterAsync("Rückruf Herr Braun");
        await composer.GetByRole(AriaRole.Button, new() { Name = "Aktivität planen" }).ClickAsync();
        var planned = page.GetByRole(AriaRole.List, new() { Name = "Geplant" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Rückruf Herr Braun" });
        await Expect(planned).ToBeVisibleAsync();
        await Expect(planned).Not.ToContainTextAsync("Überfällig");

        await page.OpenAsync("/board");
        var card = page.GetByRole(AriaRole.Article, new() { Name = "Schaltschrank Halle 3" });
        await Expect(card.GetByRole(AriaRole.Img, new() { Name = "1 offen", Exact = true })).ToBeVisibleAsync();

        // The deadline is tomorrow at 10:00 (the composer's default); three days later it has passed.
        clock.Advance(TimeSpan.FromDays(3));
        await page.OpenAsync("/board");
        await Expect(card.GetByRole(AriaRole.Img, new() { Name = "1 offen, 1 überfällig" })).ToBeVisibleAsync();
        await page.ShotAsync("board-overdue-desktop-de");
        var phone = await browser.PageAsync(app.Url, phone: true);
        await phone.SignInAsync();
        await phone.OpenAsync("/board");
        await Expect(phone.GetByRole(AriaRole.Article, new() { Name = "Schaltschrank Halle 3" }).GetByRole(AriaRole.Img, new() { Name = "1 offen, 1 überfällig" }))
            .ToBeVisibleAsync();
        await phone.ShotAsync("board-overdue-phone-de");

        await phone.OpenAsync($"/deals/{deal}");
        await phone.GetByRole(AriaRole.Tab, new() { Name = "Verlauf" }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.List, new() { Name = "Geplant" })).ToContainTextAsync("Überfällig");
        await phone.ShotAsync("timeline-overdue-phone-de");

        await page.OpenAsync($"/deals/{deal}");
        await Expect(planned).ToContainTextAsync("Überfällig");
        await ToTopAsync(page.GetByRole(AriaRole.Region, new() { Name = "Aktivitäten" }));
        await page.ShotAsync("timeline-overdue-desktop-de");
        await planned.GetByRole(AriaRole.Button, new() { Name = "Rückruf Herr Braun erledigen" }).ClickAsync();
        await planned.GetByLabel("Ergebnis").FillAsync("Angebot gewünscht");
        await planned.GetByRole(AriaRole.Button, new() { Name = "Als erledigt speichern" }).ClickAsync();
        await Expect(planned).ToHaveCountAsync(0);
        await Expect(page.GetByText("Nichts geplant.")).ToBeVisibleAsync();
        var done = page.GetByRole(AriaRole.Region, new() { Name = "Verlauf" }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Aktivität erledigt" });
        await Expect(done).ToContainTextAsync("Ergebnis: Angebot gewünscht");

        await page.OpenAsync("/board");
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.GetByRole(AriaRole.Img, new() { NameRegex = new Regex("offen") })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_payment_and_a_delivery_recorded_in_the_composer_show_in_the_timeline_in_german_format_and_change_from_their_entries()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        var deal = await DealAsync(app);
        var page = await browser.PageAsync(app.Url);
        await page.SignInAsync();
        await page.OpenAsync($"/deals/{deal}");

        var composer = page.GetByRole(AriaRole.Region, new() { Name = "Neuer Eintrag" });
        await composer.GetByRole(AriaRole.Tab, new() { Name = "Zahlung" }).ClickAsync();
        // An amount typed the German way, with a decimal comma.
        await composer.GetByLabel("Betrag").FillAsync("1234,56");
        await composer.GetByLabel("Betrag").PressAsync("Tab");
        await composer.GetByLabel("Referenz").EnterAsync("RE-2026-001");
        await composer.GetByRole(AriaRole.Button, new() { Name = "Zahlung erfassen" }).ClickAsync();
        var timeline = page.GetByRole(AriaRole.Region, new() { Name = "Verlauf" });
        var payment = timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Zahlung erfasst" });
        await Expect(payment).ToContainTextAsync("Zahlung erfasst: 1.234,56 € (Bezahlt)");
        await Expect(payment).ToContainTextAsync("Referenz: RE-2026-001");
        var paid = page.GetByRole(AriaRole.Group, new() { Name = "Zahlungen" });
        await Expect(paid).ToContainTextAsync("1.234,56 € von 14.500,00 € bezahlt");
        await Expect(paid).ToContainTextAsync("13.265,44 € offen");

        await composer.GetByRole(AriaRole.Tab, new() { Name = "Lieferung" }).ClickAsync();
        // The state select shows its value ("In Vorbereitung"); a click on it opens the choices.
        await composer.GetByText("In Vorbereitung", new() { Exact = true }).ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Versandt", new() { Exact = true }).ClickAsync();
        await Expect(composer.GetByText("Versandt", new() { Exact = true })).ToBeVisibleAsync();
        await composer.GetByLabel("Versanddienst").EnterAsync("DHL");
        await composer.GetByLabel("Sendungsnummer").EnterAsync("JJD0001");
        await composer.GetByRole(AriaRole.Button, new() { Name = "Lieferung erfassen" }).ClickAsync();
        var delivery = timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Lieferung erfasst" });
        await Expect(delivery).ToContainTextAsync("Status: Versandt");
        await Expect(delivery).ToContainTextAsync("Sendung: DHL JJD0001");
        await ToTopAsync(timeline);
        await page.ShotAsync("timeline-payment-delivery-desktop-de");

        await payment.GetByRole(AriaRole.Button, new() { Name = "Aktionen" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Bearbeiten" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByLabel("Betrag")).ToHaveValueAsync("1.234,56");
        await dialog.GetByLabel("Betrag").EnterAsync("1500");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        var changed = timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Zahlung geändert" });
        await Expect(changed).ToContainTextAsync("Zahlung geändert: 1.500,00 € (Bezahlt)");
        await Expect(changed).ToContainTextAsync("Betrag: 1.234,56 € → 1.500,00 €");
        await Expect(paid).ToContainTextAsync("13.000,00 € offen");

        await delivery.GetByRole(AriaRole.Button, new() { Name = "Aktionen" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Löschen" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Löschen" }).ClickAsync();
        await Expect(timeline.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Lieferung gelöscht" })).ToBeVisibleAsync();
        await Expect(delivery.GetByRole(AriaRole.Button, new() { Name = "Aktionen" })).ToHaveCountAsync(0);

        var phone = await browser.PageAsync(app.Url, phone: true);
        await phone.SignInAsync();
        await phone.OpenAsync($"/deals/{deal}");
        await phone.GetByRole(AriaRole.Tab, new() { Name = "Verlauf" }).ClickAsync();
        var onPhone = phone.GetByRole(AriaRole.Region, new() { Name = "Verlauf" });
        await Expect(onPhone).ToContainTextAsync("Zahlung geändert: 1.500,00 € (Bezahlt)");
        await ToTopAsync(onPhone);
        await phone.ShotAsync("timeline-payment-delivery-phone-de");
    }

    /// <summary>Scrolls a part of the page to the top of the window, for a screenshot of it.</summary>
    private static async Task ToTopAsync(ILocator part) => await part.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");

    private static async Task<long> DealAsync(KontorAppFactory app)
    {
        var http = await app.AdminClientAsync();
        var company = await app.CompanyAsync("Braun Elektro KG");
        return (await http.PostJsonAsync("/api/v1/deals", new { title = "Schaltschrank Halle 3", amount = 14500, companyId = company })).Id();
    }
}
