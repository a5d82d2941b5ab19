using Bunit;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Components;

public sealed class PersonChipTests : ComponentTest
{
    [Theory]
    [InlineData("Erika Mustermann", "EM")]
    [InlineData("erika maria mustermann", "EM")]
    [InlineData("Cher", "C")]
    public void A_person_shows_the_initials_of_the_first_two_names_beside_the_full_name(string name, string initials)
    {
        var cut = Render<PersonChip>(p => p.Add(c => c.Name, name));

        Assert.Equal(initials, cut.Find(".mud-avatar").Text());
        Assert.Equal(name, cut.Find(".kd-person-name").Text());
        Assert.Equal(name, cut.Find(".kd-person").GetAttribute("title"));
    }

    [Fact]
    public void The_avatar_is_hidden_from_screen_readers_which_read_the_name_instead()
    {
        var cut = Render<PersonChip>(p => p.Add(c => c.Name, "Erika Mustermann"));

        Assert.Equal("true", cut.Find(".mud-avatar").GetAttribute("aria-hidden"));
    }

    [Fact]
    public void A_large_chip_has_a_medium_avatar_and_extra_content_follows_the_name()
    {
        var cut = Render<PersonChip>(p => p.Add(c => c.Name, "Erika Mustermann").Add(c => c.Large, true).AddChildContent("<em>Verantwortlich</em>"));

        Assert.Contains("mud-avatar-medium", cut.Find(".mud-avatar").ClassList);
        Assert.Equal("Verantwortlich", cut.Find(".kd-person-name + em").Text());
    }
}
