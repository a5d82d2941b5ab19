using Bunit;
using Kontor.Ui.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Ui.Components;

public sealed class UserMenuTests : ComponentTest
{
    public UserMenuTests()
    {
        AddAuthorization().SetAuthorized("Erika Mustermann");
    }

    [Fact]
    public void The_menu_button_shows_the_initials_of_the_signed_in_user()
    {
        using var culture = InCulture("de-DE");
        RenderPopovers();

        var cut = Render<UserMenu>();

        var button = cut.Button("Benutzermenü");
        Assert.Equal(("EM", "Erika Mustermann"), (button.Text(), button.GetAttribute("title")));
    }

    [Theory]
    [InlineData("de-DE", "Benutzermenü", "Abmelden")]
    [InlineData("en-US", "User menu", "Sign out")]
    public void The_menu_offers_both_languages_and_comes_back_to_the_page_it_was_opened_on(string culture, string menu, string signOut)
    {
        using var _ = InCulture(culture);
        Services.GetRequiredService<NavigationManager>().NavigateTo("deals/42?tab=products");
        var popovers = RenderPopovers();
        var cut = Render<UserMenu>();

        cut.Press(menu);

        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.MenuItems()));
        var items = popovers.MenuItems().Select(i => (i.Text(), i.GetAttribute("href"))).ToList();
        Assert.Contains(("Deutsch", "account/culture?culture=de-DE&returnUrl=%2Fdeals%2F42%3Ftab%3Dproducts"), items);
        Assert.Contains(("English", "account/culture?culture=en-US&returnUrl=%2Fdeals%2F42%3Ftab%3Dproducts"), items);
        var form = popovers.Find("form");
        Assert.Equal(("post", "account/logout"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal(signOut, form.QuerySelector("button[type=submit]")!.Text());
    }

    [Fact]
    public void The_menu_names_the_signed_in_user()
    {
        using var culture = InCulture("de-DE");
        var popovers = RenderPopovers();
        var cut = Render<UserMenu>();

        cut.Press("Benutzermenü");

        popovers.WaitForAssertion(() => Assert.Contains("Erika Mustermann", popovers.Text()));
    }
}
