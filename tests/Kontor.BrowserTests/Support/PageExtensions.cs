using Kontor.Tests.Support;
using Microsoft.Playwright;

namespace Kontor.BrowserTests.Support;

public static class PageExtensions
{
    /// <summary>Signs in through the form, as a person does, and waits until the page is live.</summary>
    public static async Task SignInAsync(this IPage page, string email = KontorAppFactory.AdminEmail, string password = KontorAppFactory.AdminPassword)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^(E-Mail|E-mail)$")).FillAsync(email);
        await page.GetByLabel(new System.Text.RegularExpressions.Regex("^(Passwort|Password)$")).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^(Anmelden|Sign in)$") }).ClickAsync();
        await page.WaitForInteractiveAsync();
    }

    /// <summary>Goes to a page of the app and waits until its circuit is connected.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForInteractiveAsync();
    }

    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("body[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Saves a screenshot under artifacts/screenshots for people to look at.</summary>
    public static async Task ShotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(Repository.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = false });
    }
}

public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Kontor.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Kontor.slnx not found above the test output.");
    }
}
