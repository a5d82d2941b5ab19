using Bunit;
using Kontor.Ui.Shared;

namespace Kontor.Tests.Ui.Components;

public sealed class CreateMenuTests : ComponentTest
{
    [Theory]
    [InlineData("de-DE", "Erstellen", "Auftrag", "Kontakt", "Unternehmen")]
    [InlineData("en-US", "Create", "Deal", "Contact", "Company")]
    public void The_plus_menu_offers_a_new_deal_contact_and_company(string culture, string create, string deal, string contact, string company)
    {
        using var _ = InCulture(culture);
        var popovers = RenderPopovers();
        var cut = Render<CreateMenu>();
        Assert.Empty(popovers.MenuItems());

        cut.Press(create);

        popovers.WaitForAssertion(() => Assert.Equal(
            [(deal, "deals/new"), (contact, "contacts/new"), (company, "companies/new")],
            popovers.MenuItems().Select(i => (i.Text(), i.GetAttribute("href")))));
    }
}
