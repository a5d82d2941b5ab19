using Bunit;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Components;

public sealed class PickedItemTests : ComponentTest
{
    [Theory]
    [InlineData("de-DE", "Erika Mustermann entfernen")]
    [InlineData("en-US", "Remove Erika Mustermann")]
    public void The_remove_button_names_what_it_removes_and_removes_it(string culture, string remove)
    {
        using var _ = InCulture(culture);
        var removed = 0;
        var cut = Render<PickedItem>(p => p.Add(c => c.Text, "Erika Mustermann").Add(c => c.OnRemove, () => removed++));

        cut.Press(remove);

        Assert.Equal(1, removed);
    }

    [Fact]
    public void A_person_shows_initials_and_anything_else_an_icon()
    {
        using var culture = InCulture("de-DE");

        var person = Render<PickedItem>(p => p.Add(c => c.Text, "Erika Mustermann").Add(c => c.Initials, true));
        var company = Render<PickedItem>(p => p.Add(c => c.Text, "Müller Haustechnik GmbH"));

        Assert.Equal("EM", person.Find(".mud-avatar").Text());
        Assert.Empty(company.FindAll(".mud-avatar"));
        Assert.Equal("Müller Haustechnik GmbH", company.Find(".kd-picked-text").Text());
    }
}
