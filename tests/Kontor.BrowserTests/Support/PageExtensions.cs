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

    /// <summary>
    /// Types into a field and leaves it, as a person does. A page that has just been navigated to may re-render once
    /// when its data arrives; the value is typed again until it stays.
    /// </summary>
    public static async Task EnterAsync(this ILocator field, string value)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await field.FillAsync(value);
            await field.PressAsync("Tab");
            await Task.Delay(300);
            var kept = await field.InputValueAsync();
            // Number fields show the value in the page's culture (1200 may read "1.200" or "1200,00").
            if (kept == value || (value.All(char.IsAsciiDigit) && new string(kept.Where(char.IsAsciiDigit).ToArray()).StartsWith(value, StringComparison.Ordinal)))
            {
                return;
            }
        }

        throw new InvalidOperationException($"The field did not keep the value '{value}'.");
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
