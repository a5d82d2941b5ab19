using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kontor.BrowserTests.Support;
using Kontor.Features.Pipelines;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Kontor.BrowserTests;

/// <summary>Roles and users set up in the settings pages, and a restricted salesperson's board.</summary>
public sealed class AccessTests(Browser browser) : IClassFixture<Browser>
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public async Task The_administrator_creates_a_role_in_the_editor_and_a_user_holding_it()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        var http = await app.AdminClientAsync();
        var pipeline = await app.DefaultPipelineAsync();
        var page = await browser.PageAsync(app.Url);
        await page.SignInAsync();

        await page.GetByRole(AriaRole.Navigation).GetByText("Einstellungen").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rollen", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rollen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Neue Rolle" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/settings/roles/new$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Neue Rolle");

        await page.GetByLabel("Name der Rolle").EnterAsync("Außendienst");
        await page.GetByLabel("Alle Berichte sehen").CheckAsync();
        await SelectAsync(page, "Aufträge: Lesen", "Abteilung und Unterabteilungen");
        await SelectAsync(page, "Aufträge: Anlegen", "Eigene");
        await SelectAsync(page, "Aufträge: Ändern", "Eigene");
        await SelectAsync(page, "Kontakte: Lesen", "Alle offenen");
        await SelectAsync(page, "Produkte: Lesen", "Alle");
        await SelectAsync(page, "Rechnungen: Exportieren", "Eigene Abteilung");

        await page.GetByLabel("Pipeline für eine Ausnahme").SelectOptionAsync(new SelectOptionValue { Label = "Allgemein" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pipeline-Ausnahme hinzufügen" }).ClickAsync();
        await SelectAsync(page, "Pipeline Allgemein: Lesen", "Alle");
        await page.GetByLabel("Stufe für eine Ausnahme in Allgemein").SelectOptionAsync(new SelectOptionValue { Label = "Dokumente vorbereiten" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Stufen-Ausnahme hinzufügen in Allgemein" }).ClickAsync();
        await SelectAsync(page, "Stufe Dokumente vorbereiten: Ändern", "Keine");
        await page.ShotAsync("role-editor-desktop-de");

        await page.GetByRole(AriaRole.Button, new() { Name = "Rolle anlegen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/settings/roles/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rolle „Außendienst“");

        var role = (await http.GetJsonAsync("/api/v1/roles")).AsArray().Single(r => r!["name"]!.GetValue<string>() == "Außendienst")!;
        Assert.True(role["seeAllReports"]!.GetValue<bool>());
        Assert.False(role["manageAccess"]!.GetValue<bool>());
        Assert.Equal(
            new Dictionary<string, string> { ["read"] = "departmentTree", ["add"] = "own", ["change"] = "own", ["delete"] = "none", ["export"] = "none", ["import"] = "none" },
            Cells(role["permissions"]!["deal"]!));
        Assert.Equal("allOpen", role["permissions"]!["contact"]!["read"]!.GetValue<string>());
        Assert.Equal("all", role["permissions"]!["product"]!["read"]!.GetValue<string>());
        Assert.Equal("department", role["permissions"]!["invoice"]!["export"]!.GetValue<string>());
        Assert.Equal("none", role["permissions"]!["company"]!["read"]!.GetValue<string>());
        var overrides = role["pipelines"]!.AsArray().Single()!;
        Assert.Equal(pipeline.Id, overrides["pipelineId"]!.GetValue<long>());
        Assert.Equal(new Dictionary<string, string> { ["read"] = "all" }, Cells(overrides["permissions"]!));
        var stage = overrides["stages"]!.AsArray().Single()!;
        Assert.Equal((pipeline.StageId("PREPARATION"), "none"), (stage["stageId"]!.GetValue<long>(), stage["change"]!.GetValue<string>()));

        await page.GetByRole(AriaRole.Link, new() { Name = "Benutzer", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Benutzer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Neuer Benutzer" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name", new() { Exact = true }).EnterAsync("Frieda Feld");
        await dialog.GetByLabel("E-Mail").EnterAsync("frieda@kontor.test");
        await dialog.GetByLabel("Passwort").EnterAsync("frieda-2026");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Benutzer anlegen" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Wählen Sie mindestens eine Rolle.");

        await dialog.GetByLabel("Außendienst").CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Benutzer anlegen" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "frieda@kontor.test" });
        await Expect(row).ToContainTextAsync("Außendienst");
        await Expect(row).ToContainTextAsync("Aktiv");

        var user = (await http.GetJsonAsync("/api/v1/users?q=frieda"))["items"]!.AsArray().Single()!;
        Assert.Equal(("Frieda Feld", true, false), (user["name"]!.GetValue<string>(), user["isActive"]!.GetValue<bool>(), user["isAdministrator"]!.GetValue<bool>()));
        Assert.Equal([role["id"]!.GetValue<long>()], user["roleIds"]!.AsArray().Select(id => id!.GetValue<long>()).ToArray());
        var frieda = await app.ClientForAsync("frieda@kontor.test", "frieda-2026");
        Assert.Equal("Frieda Feld", (await frieda.GetJsonAsync("/api/v1/users/me"))["name"]!.GetValue<string>());

        var sales = (await http.PostJsonAsync("/api/v1/departments", new { name = "Vertrieb", headUserId = 1 })).Id();
        await http.PostJsonAsync("/api/v1/departments", new { name = "Vertrieb Nord", parentId = sales });
        await http.PostJsonAsync("/api/v1/departments", new { name = "Vertrieb Süd", parentId = sales });
        await http.PostJsonAsync("/api/v1/departments", new { name = "Service" });
        await ShootSettingsAsync(app, phone: false);
        await ShootSettingsAsync(app, phone: true);
    }

    [Fact]
    public async Task A_salesperson_sees_only_the_deals_of_their_department_and_cannot_move_one_into_a_stage_closed_to_the_role()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        var http = await app.AdminClientAsync();
        var pipeline = await app.DefaultPipelineAsync();
        var north = (await http.PostJsonAsync("/api/v1/departments", new { name = "Vertrieb Nord" })).Id();
        var south = (await http.PostJsonAsync("/api/v1/departments", new { name = "Vertrieb Süd" })).Id();
        var bernd = await app.UserAsync("bernd@kontor.test", "Bernd Nord", "user-password-1", departmentId: north, roles: "Sales");
        var clara = await app.UserAsync("clara@kontor.test", "Clara Nord", "user-password-2", departmentId: north, roles: "Sales");
        var dieter = await app.UserAsync("dieter@kontor.test", "Dieter Süd", "user-password-3", departmentId: south, roles: "Sales");
        await CloseStageToSalesAsync(http, pipeline.Id, pipeline.StageId("PREPARATION"));

        var deals = new (string Title, long Responsible, string Stage, decimal Amount)[]
        {
            ("Wartung Nord", bernd, "NEW", 12_000m),
            ("Pumpen Nord", bernd, "EXECUTING", 3_450.25m),
            ("Schaltschrank Nord", clara, "NEW", 5_500.50m),
            ("Service Nord", clara, "PREPARATION", 2_000m),
            ("Anlage Süd", dieter, "NEW", 20_000m),
            ("Montage Süd", dieter, "PREPARATION", 4_000m),
            ("Zentrale Rahmenvertrag", 1, "EXECUTING", 9_999m),
        };
        foreach (var (title, responsible, stage, amount) in deals)
        {
            await http.PostJsonAsync("/api/v1/deals", new { title, responsibleId = responsible, stageId = pipeline.StageId(stage), amount, currency = "EUR" });
        }

        var page = await browser.PageAsync(app.Url);
        await page.SignInAsync("bernd@kontor.test", "user-password-1");
        await page.OpenAsync("/board");

        var mine = deals.Where(d => d.Responsible == bernd || d.Responsible == clara).ToList();
        foreach (var stage in pipeline.Stages.Where(s => s.Semantic == StageSemantic.InProgress))
        {
            var expected = mine.Where(d => pipeline.StageId(d.Stage) == stage.Id).ToList();
            var column = page.GetByRole(AriaRole.Region, new() { Name = stage.NameDe, Exact = true });
            await Expect(column.GetByRole(AriaRole.Article)).ToHaveCountAsync(expected.Count);
            await Expect(column.Locator(".kb-count")).ToHaveTextAsync(expected.Count.ToString(CultureInfo.InvariantCulture));
            await Expect(column.Locator(".kb-col-sum")).ToHaveTextAsync(expected.Sum(d => d.Amount).ToString("N2", German) + " €");
            foreach (var deal in expected)
            {
                await Expect(column.GetByRole(AriaRole.Article, new() { Name = deal.Title })).ToBeVisibleAsync();
            }
        }

        foreach (var hidden in deals.Except(mine))
        {
            await Expect(page.GetByRole(AriaRole.Article, new() { Name = hidden.Title })).ToHaveCountAsync(0);
        }

        var colleagues = page.GetByRole(AriaRole.Article, new() { Name = "Schaltschrank Nord" });
        await Expect(colleagues.GetByRole(AriaRole.Button, new() { Name = "Verschieben" })).ToHaveCountAsync(0);
        await page.ShotAsync("board-restricted-desktop-de");

        var neu = page.GetByRole(AriaRole.Region, new() { Name = "Neu", Exact = true });
        var card = neu.GetByRole(AriaRole.Article, new() { Name = "Wartung Nord" });
        await card.GetByRole(AriaRole.Button, new() { Name = "Verschieben" }).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { Name = "Dokumente vorbereiten" }).ClickAsync();

        await Expect(page.GetByText("Der Auftrag konnte nicht verschoben werden: Ihre Rolle erlaubt nicht, den Auftrag in diese Stufe oder aus ihr heraus zu verschieben."))
            .ToBeVisibleAsync();
        await page.ShotAsync("board-restricted-refused-desktop-de");
        await Expect(neu.GetByRole(AriaRole.Article, new() { Name = "Wartung Nord" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Dokumente vorbereiten", Exact = true }).GetByRole(AriaRole.Article)).ToHaveCountAsync(1);
        var stored = await app.WithDbAsync(db => db.Set<Kontor.Features.Deals.Deal>().Where(d => d.Title == "Wartung Nord").Select(d => d.StageId).SingleAsync());
        Assert.Equal(pipeline.StageId("NEW"), stored);

        var phone = await browser.PageAsync(app.Url, phone: true);
        await phone.SignInAsync("bernd@kontor.test", "user-password-1");
        await phone.OpenAsync("/board");
        await Expect(phone.GetByRole(AriaRole.Region, new() { Name = "Neu", Exact = true }).GetByRole(AriaRole.Article)).ToHaveCountAsync(2);
        await phone.ShotAsync("board-restricted-phone-de");
    }

    [Fact]
    public async Task A_user_without_the_right_gets_a_refusal_on_the_settings_pages_and_no_links_to_them()
    {
        await using var app = await KontorAppFactory.CreateAsync(Db.Sqlite, kestrel: true);
        await app.UserAsync("bernd@kontor.test", "Bernd Nord", "user-password-1", roles: "Sales");
        var page = await browser.PageAsync(app.Url);
        await page.SignInAsync("bernd@kontor.test", "user-password-1");

        await page.GetByRole(AriaRole.Navigation).GetByText("Einstellungen").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "API-Tokens" })).ToBeVisibleAsync();
        foreach (var hidden in new[] { "Benutzer", "Abteilungen", "Rollen", "Pipelines", "Benutzerdefinierte Felder" })
        {
            await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = hidden, Exact = true })).ToHaveCountAsync(0);
        }

        foreach (var path in new[] { "/settings/users", "/settings/departments", "/settings/roles", "/settings/roles/1" })
        {
            await page.OpenAsync(path);
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Ihre Rolle erlaubt nicht");
            await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        }

        await page.OpenAsync("/settings/pipelines");
        await Expect(page.GetByText("Sie sehen sie nur zum Lesen")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pipeline umbenennen" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Stufe hinzufügen" })).ToHaveCountAsync(0);
    }

    private static async Task SelectAsync(IPage page, string cell, string reach)
    {
        var select = page.GetByLabel(cell, new() { Exact = true });
        await select.SelectOptionAsync(new SelectOptionValue { Label = reach });
        await Expect(select.Locator("option:checked")).ToHaveTextAsync(reach);
    }

    private static Dictionary<string, string> Cells(JsonNode cells) =>
        cells.AsObject().ToDictionary(c => c.Key, c => c.Value!.GetValue<string>());

    /// <summary>Gives the default "Sales" role a stage of the pipeline its members may not change deals in, move them into or out of.</summary>
    private static async Task CloseStageToSalesAsync(HttpClient http, long pipelineId, long stageId)
    {
        var sales = (await http.GetJsonAsync("/api/v1/roles")).AsArray().Single(r => r!["name"]!.GetValue<string>() == "Sales")!;
        var body = new
        {
            name = "Sales",
            managePipelines = false,
            manageCustomFields = false,
            manageAccess = false,
            seeAllReports = false,
            permissions = sales["permissions"]!.DeepClone(),
            pipelines = new[] { new { pipelineId, stages = new[] { new { stageId, change = "none" } } } },
        };
        var response = await http.PutAsJsonAsync($"/api/v1/roles/{sales.Id()}", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task ShootSettingsAsync(KontorAppFactory app, bool phone)
    {
        var page = await browser.PageAsync(app.Url, phone);
        await page.SignInAsync();
        var role = (await (await app.AdminClientAsync()).GetJsonAsync("/api/v1/roles")).AsArray().Single(r => r!["name"]!.GetValue<string>() == "Außendienst")!;
        foreach (var (path, name) in new[]
        {
            ("/settings/users", "users"), ("/settings/departments", "departments"), ("/settings/roles", "roles"), ($"/settings/roles/{role.Id()}", "role-editor"),
        })
        {
            await page.OpenAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await page.WaitForTimeoutAsync(300);
            await page.ShotAsync($"settings-{name}-{(phone ? "phone" : "desktop")}-de");
        }

        await page.Context.CloseAsync();
    }
}
