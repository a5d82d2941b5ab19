using System.Text.Json;
using System.Text.RegularExpressions;
using Kontor.BrowserTests.Support;
using Kontor.Features.Deals;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kontor.BrowserTests;

/// <summary>Custom fields of every type, defined, filled in and read back in the browser alone, as an administrator does.</summary>
public sealed partial class CustomFieldTests(Browser browser) : IClassFixture<Browser>
{
    /// <summary>A field as the settings form defines it.</summary>
    private sealed record Definition(string Label, string English, string Code, string Type, bool Mandatory = false, bool Multiple = false, bool InList = false, params string[] Items);

    private static readonly Definition[] Every =
    [
        new("Bestellnummer", "Order number", "ORDER", "Text (einzeilig)", Mandatory: true, InList: true),
        new("Notiz", "Note", "NOTE", "Text (mehrzeilig)"),
        new("Stückzahl", "Pieces", "PIECES", "Ganzzahl"),
        new("Rabatt", "Discount", "DISCOUNT", "Dezimalzahl"),
        new("Rahmenvertrag", "Framework contract", "FRAMEWORK", "Ja/Nein"),
        new("Liefertermin", "Delivery date", "DELIVERY", "Datum"),
        new("Abnahme", "Acceptance", "ACCEPTANCE", "Datum und Uhrzeit"),
        new("Kanal", "Channel", "CHANNEL", "Liste", Multiple: true, InList: true, Items: ["Messe", "Web", "Empfehlung"]),
        new("Budget", "Budget", "BUDGET", "Geldbetrag"),
        new("Projektseite", "Project page", "SITE", "Webadresse"),
        new("Rechnungs-E-Mail", "Billing e-mail", "BILLING_MAIL", "E-Mail-Adresse"),
        new("Telefonnummern", "Phone numbers", "PHONES", "Telefonnummer", Multiple: true),
        new("Techniker", "Technicians", "TECHS", "Benutzer", Multiple: true),
        new("Partner", "Partner", "PARTNER", "Verknüpfung (Auftrag, Kontakt, Unternehmen)"),
        new("Vertrag", "Contract", "CONTRACT", "Datei"),
    ];

    [Fact]
    public async Task A_field_of_every_type_is_defined_in_the_settings_filled_in_on_a_deal_and_shown_again_after_a_reload()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        var company = await app.CompanyAsync("Braun Elektro KG");
        var bernd = await app.UserAsync("bernd@kontor.test", "Bernd Vertrieb");
        var clara = await app.UserAsync("clara@kontor.test", "Clara Technik");
        var page = await browser.PageAsync(app.Url);
        await page.SignInAsync();

        await page.OpenAsync("/settings/custom-fields");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Benutzerdefinierte Felder");
        foreach (var field in Every)
        {
            await DefineAsync(page, field);
        }

        await page.OpenAsync("/settings/custom-fields");
        var fields = page.GetByRole(AriaRole.List, new() { Name = "Benutzerdefinierte Felder" }).GetByRole(AriaRole.Listitem);
        await Expect(fields).ToHaveCountAsync(Every.Length);
        await page.ShotAsync("custom-fields-settings-desktop-de");

        await page.OpenAsync("/deals/new");
        await page.GetByLabel("Titel").EnterAsync("Wartung Halle 3");
        var create = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Erstellen", Exact = true });
        await create.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Bitte die markierten Felder prüfen. Bestellnummer" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Dies ist ein Pflichtfeld.")).ToBeVisibleAsync();
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Deal>().CountAsync()));
        await page.GetByLabel("Bestellnummer").ScrollIntoViewIfNeededAsync();
        await page.ShotAsync("custom-fields-new-deal-refused-desktop-de");

        await page.GetByLabel("Bestellnummer").EnterAsync("B-4711");
        await create.ClickAsync();
        await page.WaitForURLAsync(DealAddress());
        await page.WaitForInteractiveAsync();
        var more = page.GetByRole(AriaRole.Region, new() { Name = "Weitere Felder" });
        await Expect(more).ToContainTextAsync("B-4711");

        await EditAsync(page, "Notiz", async editor => await editor.GetByLabel("Notiz", new() { Exact = true }).FillAsync("Zufahrt über Tor 2\nSchlüssel beim Pförtner"), "Schlüssel beim Pförtner");
        await EditAsync(page, "Stückzahl", editor => editor.GetByLabel("Stückzahl", new() { Exact = true }).EnterAsync("1250"), "1.250");
        await EditAsync(page, "Rabatt", editor => editor.GetByLabel("Rabatt", new() { Exact = true }).EnterAsync("12,5"), "12,5");
        await EditAsync(page, "Rahmenvertrag", editor => editor.GetByRole(AriaRole.Checkbox, new() { Name = "Rahmenvertrag" }).CheckAsync(), "Ja");
        await EditAsync(page, "Liefertermin", editor => editor.GetByLabel("Liefertermin", new() { Exact = true }).EnterAsync("15.03.2026"), "15.03.2026");
        await EditAsync(page, "Abnahme", async editor =>
        {
            await editor.GetByLabel("Abnahme", new() { Exact = true }).EnterAsync("16.03.2026");
            await editor.GetByLabel("Uhrzeit von Abnahme", new() { Exact = true }).EnterAsync("14:30");
        }, "16.03.2026 14:30");
        await EditAsync(page, "Kanal", async editor =>
        {
            await PickAsync(page, editor, "Zu Kanal hinzufügen", "Messe");
            await PickAsync(page, editor, "Zu Kanal hinzufügen", "Empfehlung");
            await Expect(editor.GetByRole(AriaRole.List, new() { Name = "Kanal" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        }, "Messe, Empfehlung", shot: "custom-fields-editor-list-desktop-de");
        await EditAsync(page, "Budget", async editor =>
        {
            await editor.GetByLabel("Budget", new() { Exact = true }).FillAsync("1.234,5");
            await editor.GetByLabel("Budget", new() { Exact = true }).PressAsync("Tab");
            await Expect(editor.GetByLabel("Budget", new() { Exact = true })).ToHaveValueAsync("1.234,50");
            await PickAsync(page, editor, "Währung von Budget", "CHF");
        }, "1.234,50 CHF", shot: "custom-fields-editor-money-desktop-de");
        await EditAsync(page, "Projektseite", editor => editor.GetByLabel("Projektseite", new() { Exact = true }).EnterAsync("https://braun.example/halle-3"), "https://braun.example/halle-3");
        await EditAsync(page, "Rechnungs-E-Mail", editor => editor.GetByLabel("Rechnungs-E-Mail", new() { Exact = true }).EnterAsync("rechnung@braun.example"), "rechnung@braun.example");
        await EditAsync(page, "Telefonnummern", async editor =>
        {
            await editor.GetByLabel("Telefonnummern 1", new() { Exact = true }).EnterAsync("+49 30 1234567");
            await editor.GetByRole(AriaRole.Button, new() { Name = "Wert zu Telefonnummern hinzufügen" }).ClickAsync();
            await editor.GetByLabel("Telefonnummern 2", new() { Exact = true }).EnterAsync("0171 2345678");
        }, "0171 2345678", shot: "custom-fields-editor-rows-desktop-de");
        await EditAsync(page, "Techniker", async editor =>
        {
            await SearchAsync(page, editor.GetByLabel("Zu Techniker hinzufügen", new() { Exact = true }), "Bernd", "Bernd Vertrieb");
            await SearchAsync(page, editor.GetByLabel("Zu Techniker hinzufügen", new() { Exact = true }), "Clara", "Clara Technik");
            await Expect(editor.GetByRole(AriaRole.List, new() { Name = "Techniker" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        }, "Bernd Vertrieb, Clara Technik", shot: "custom-fields-editor-users-desktop-de");
        await EditAsync(page, "Partner", editor => SearchAsync(page, editor.GetByLabel("Partner wählen", new() { Exact = true }), "Braun", "Braun Elektro KG"), "Braun Elektro KG");
        await EditAsync(page, "Vertrag", async editor =>
        {
            await editor.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "vertrag.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%Kontor\n"u8.ToArray() });
            await Expect(editor.GetByRole(AriaRole.Link, new() { Name = "vertrag.pdf" })).ToBeVisibleAsync();
        }, "vertrag.pdf");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        more = page.GetByRole(AriaRole.Region, new() { Name = "Weitere Felder" });
        foreach (var shown in new[]
        {
            "B-4711", "Zufahrt über Tor 2", "1.250", "12,5", "Ja", "15.03.2026", "16.03.2026 14:30", "Messe, Empfehlung", "1.234,50 CHF",
            "+49 30 1234567, 0171 2345678", "Bernd Vertrieb, Clara Technik", "Braun Elektro KG", "vertrag.pdf",
        })
        {
            await Expect(more).ToContainTextAsync(shown);
        }

        await Expect(more.GetByRole(AriaRole.Link, new() { Name = "https://braun.example/halle-3" })).ToHaveAttributeAsync("href", "https://braun.example/halle-3");
        await Expect(more.GetByRole(AriaRole.Link, new() { Name = "rechnung@braun.example" })).ToHaveAttributeAsync("href", "mailto:rechnung@braun.example");
        await Expect(more.GetByRole(AriaRole.Link, new() { Name = "+49 30 1234567" })).ToHaveAttributeAsync("href", "tel:+49301234567");
        await Expect(more.GetByRole(AriaRole.Link, new() { Name = "Braun Elektro KG" })).ToHaveAttributeAsync("href", $"companies/{company}");
        await Expect(more.GetByRole(AriaRole.Link, new() { Name = "vertrag.pdf" })).ToHaveAttributeAsync("href", new Regex(@"^/api/v1/files/\d+$"));
        await Expect(page.GetByText("Partner: — → Braun Elektro KG")).ToBeVisibleAsync();
        await Expect(page.GetByText("Techniker: — → Bernd Vertrieb, Clara Technik")).ToBeVisibleAsync();
        await page.ShotAsync("custom-fields-deal-desktop-de");
        await ShotAsync(page, more, "custom-fields-deal-details-desktop-de");

        var stored = await app.WithDbAsync(async db => JsonDocument.Parse(await db.Set<Deal>().Select(d => d.CustomFields).SingleAsync()).RootElement.Clone());
        var items = await app.WithDbAsync(db => db.Set<Kontor.Features.CustomFields.FieldItem>().OrderBy(i => i.Sort).Select(i => i.Id).ToListAsync());
        var file = await app.WithDbAsync(db => db.Set<Kontor.Features.Files.StoredFile>().Select(f => f.Id).SingleAsync());
        Assert.Equal(Every.Length, stored.EnumerateObject().Count());
        Assert.Equal("B-4711", stored.GetProperty("UF_CRM_ORDER").GetString());
        Assert.Equal("Zufahrt über Tor 2\nSchlüssel beim Pförtner", stored.GetProperty("UF_CRM_NOTE").GetString());
        Assert.Equal(1250, stored.GetProperty("UF_CRM_PIECES").GetInt64());
        Assert.Equal(12.5m, stored.GetProperty("UF_CRM_DISCOUNT").GetDecimal());
        Assert.Equal(JsonValueKind.True, stored.GetProperty("UF_CRM_FRAMEWORK").ValueKind);
        Assert.Equal("2026-03-15", stored.GetProperty("UF_CRM_DELIVERY").GetString());
        Assert.Equal("2026-03-16T13:30:00Z", stored.GetProperty("UF_CRM_ACCEPTANCE").GetString()); // 14:30 in Berlin, winter time
        Assert.Equal([items[0], items[2]], stored.GetProperty("UF_CRM_CHANNEL").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal("""{"amount":1234.5,"currency":"CHF"}""", stored.GetProperty("UF_CRM_BUDGET").GetRawText());
        Assert.Equal("https://braun.example/halle-3", stored.GetProperty("UF_CRM_SITE").GetString());
        Assert.Equal("rechnung@braun.example", stored.GetProperty("UF_CRM_BILLING_MAIL").GetString());
        Assert.Equal(["+49 30 1234567", "0171 2345678"], stored.GetProperty("UF_CRM_PHONES").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([bernd, clara], stored.GetProperty("UF_CRM_TECHS").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal($$"""{"entity":"company","id":{{company}}}""", stored.GetProperty("UF_CRM_PARTNER").GetRawText());
        Assert.Equal(file, stored.GetProperty("UF_CRM_CONTRACT").GetInt64());

        var phone = await browser.PageAsync(app.Url, phone: true);
        await phone.SignInAsync();
        await phone.OpenAsync("/settings/custom-fields");
        await Expect(phone.GetByRole(AriaRole.List, new() { Name = "Benutzerdefinierte Felder" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(Every.Length);
        await phone.ShotAsync("custom-fields-settings-phone-de");
        await phone.OpenAsync(page.Url);
        var onPhone = phone.GetByRole(AriaRole.Region, new() { Name = "Weitere Felder" });
        await Expect(onPhone).ToContainTextAsync("1.234,50 CHF");
        await phone.WaitForTimeoutAsync(500);
        await ShotAsync(phone, onPhone, "custom-fields-deal-details-phone-de");
        var edit = onPhone.GetByRole(AriaRole.Button, new() { Name = "Telefonnummern bearbeiten" });
        var box = await edit.BoundingBoxAsync();
        Assert.True(box!.Height >= 40 && box.Width >= 40, $"The edit button is {box.Width}×{box.Height} px; touch targets need 40.");
    }

    [Fact]
    public async Task A_custom_field_is_a_column_of_the_deal_list_and_filters_it()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        var http = await app.AdminClientAsync();
        var channel = await http.PostJsonAsync("/api/v1/custom-fields", new
        {
            entity = "deal",
            code = "UF_CRM_CHANNEL",
            type = "list",
            multiple = true,
            labels = new { de = "Kanal", en = "Channel" },
            showInList = true,
            filterable = true,
            items = new[] { new { labels = new { de = "Messe", en = "Trade fair" } }, new { labels = new { de = "Web", en = "Web" } } },
        });
        await http.PostJsonAsync("/api/v1/custom-fields", new { entity = "deal", code = "UF_CRM_ORDER", type = "string", labels = new { de = "Bestellnummer", en = "Order number" }, filterable = true });
        await http.PostJsonAsync("/api/v1/custom-fields", new { entity = "deal", code = "UF_CRM_PIECES", type = "integer", labels = new { de = "Stückzahl", en = "Pieces" }, filterable = true });
        var (fair, web) = (channel["items"]![0]!.Id(), channel["items"]![1]!.Id());
        await http.PostJsonAsync("/api/v1/deals", new { title = "Schaltschrank Halle 3", customFields = new Dictionary<string, object> { ["UF_CRM_CHANNEL"] = new[] { fair }, ["UF_CRM_ORDER"] = "B-4711", ["UF_CRM_PIECES"] = 12 } });
        await http.PostJsonAsync("/api/v1/deals", new { title = "Wartungsvertrag 2026", customFields = new Dictionary<string, object> { ["UF_CRM_CHANNEL"] = new[] { web }, ["UF_CRM_ORDER"] = "B-4712", ["UF_CRM_PIECES"] = 3 } });
        await http.PostJsonAsync("/api/v1/deals", new { title = "Ofenmodernisierung", customFields = new Dictionary<string, object> { ["UF_CRM_CHANNEL"] = new[] { fair, web }, ["UF_CRM_PIECES"] = 40 } });
        var page = await browser.PageAsync(app.Url);
        await page.SignInAsync();

        await page.OpenAsync("/deals");
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Aufträge" });
        var rows = table.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Kanal" })).ToBeVisibleAsync();
        await Expect(rows.Filter(new() { HasText = "Ofenmodernisierung" })).ToContainTextAsync("Messe, Web");
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Stückzahl" })).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Spalten" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Stückzahl" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Stückzahl" })).ToBeVisibleAsync();
        await Expect(rows.Filter(new() { HasText = "Ofenmodernisierung" })).ToContainTextAsync("40");

        await page.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        var filters = page.GetByRole(AriaRole.Search, new() { Name = "Aufträge filtern" });
        await PickAsync(page, filters, "Kanal", "Messe");
        await page.Keyboard.PressAsync("Escape");
        await Expect(rows).ToHaveCountAsync(2);
        await page.WaitForURLAsync(new Regex($"cf.UF_CRM_CHANNEL={fair}"));

        await filters.GetByLabel("Stückzahl von").FillAsync("20");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Ofenmodernisierung");

        await filters.GetByLabel("Stückzahl von").FillAsync("");
        // The cleared bound is applied before the next filter is typed. Typing the next one while the clearing still waits
        // for its debounce has, under load, kept the old bound as well ("no deals match"): a known open race of the list.
        await Expect(rows).ToHaveCountAsync(2);
        await filters.GetByLabel("Bestellnummer", new() { Exact = true }).FillAsync("4711");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Schaltschrank Halle 3");
        await page.ShotAsync("custom-fields-list-desktop-de");

        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Search, new() { Name = "Aufträge filtern" }).GetByLabel("Bestellnummer", new() { Exact = true })).ToHaveValueAsync("4711");

        var phone = await browser.PageAsync(app.Url, phone: true);
        await phone.SignInAsync();
        await phone.OpenAsync(page.Url);
        await Expect(phone.Locator("tbody tr")).ToHaveCountAsync(1);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true }).ClickAsync();
        await Expect(phone.Locator("tbody tr").First.GetByRole(AriaRole.Cell, new() { Name = "Kanal Messe" })).ToBeVisibleAsync();
        await phone.ShotAsync("custom-fields-list-phone-de");
    }

    private static Regex DealAddress() => DealAddressRegex();

    /// <summary>
    /// A screenshot of one area, whole even where it is longer than the screen, beside the page shots: cut from the whole
    /// page, so that the fixed app bar stays at the top instead of covering the area.
    /// </summary>
    private static async Task ShotAsync(IPage page, ILocator area, string name)
    {
        var folder = Path.Combine(Repository.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        var box = await area.BoundingBoxAsync() ?? throw new InvalidOperationException($"{name}: the area is not shown.");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true, Clip = new() { X = box.X, Y = box.Y, Width = box.Width, Height = box.Height } });
    }

    [GeneratedRegex(@"/deals/\d+$")]
    private static partial Regex DealAddressRegex();

    /// <summary>Defines a field through the settings form, as an administrator does.</summary>
    private static async Task DefineAsync(IPage page, Definition field)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Neues Feld" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Bezeichnung (Deutsch)").FillAsync(field.Label);
        await dialog.GetByLabel("Bezeichnung (Englisch)").FillAsync(field.English);
        await dialog.GetByLabel("Code", new() { Exact = true }).FillAsync(field.Code);
        await PickAsync(page, dialog, "Typ", field.Type);
        foreach (var (check, on) in new[] { ("Pflichtfeld", field.Mandatory), ("Mehrere Werte", field.Multiple), ("In der Liste zeigen", field.InList), ("Als Filter anbieten", field.InList) })
        {
            if (on)
            {
                await dialog.GetByRole(AriaRole.Checkbox, new() { Name = check }).CheckAsync();
            }
        }

        for (var i = 0; i < field.Items.Length; i++)
        {
            if (i > 0)
            {
                await dialog.GetByRole(AriaRole.Button, new() { Name = "Eintrag hinzufügen" }).ClickAsync();
            }

            await dialog.GetByLabel($"Eintrag {i + 1} (Deutsch)").FillAsync(field.Items[i]);
            await dialog.GetByLabel($"Eintrag {i + 1} (Englisch)").FillAsync(field.Items[i]);
        }

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Listitem, new() { Name = field.Label, Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Opens a field's editor on the deal page, fills it in, saves, and waits until the value shows.</summary>
    private static async Task EditAsync(IPage page, string label, Func<ILocator, Task> fill, string shown, string? shot = null)
    {
        var more = page.GetByRole(AriaRole.Region, new() { Name = "Weitere Felder" });
        await more.GetByRole(AriaRole.Button, new() { Name = $"{label} bearbeiten", Exact = true }).ClickAsync();
        var editor = more.Locator(".cf-editing");
        await fill(editor);
        if (shot is not null)
        {
            await ShotAsync(page, editor, shot);
        }

        await editor.GetByRole(AriaRole.Button, new() { Name = $"{label} speichern" }).ClickAsync();
        await Expect(editor).ToHaveCountAsync(0);
        await Expect(more).ToContainTextAsync(shown);
    }

    /// <summary>Chooses an entry of a MudBlazor select, whose list has no roles of its own.</summary>
    private static async Task PickAsync(IPage page, ILocator scope, string label, string option)
    {
        await scope.Locator(".mud-input-control").Filter(new() { Has = page.Locator($"label.mud-input-label:text-is(\"{label}\")") }).Locator(".mud-input").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(option)}$") }).ClickAsync();
    }

    /// <summary>Types into a search box and chooses the entry that names <paramref name="option"/>.</summary>
    private static async Task SearchAsync(IPage page, ILocator box, string text, string option)
    {
        await box.FillAsync(text);
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = option }).First.ClickAsync();
        await page.WaitForTimeoutAsync(200);
    }
}
