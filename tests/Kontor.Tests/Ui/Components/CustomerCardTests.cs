using Bunit;
using Kontor.Features.Customers;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Components;

public sealed class CustomerCardTests : ComponentTest
{
    private static readonly DateTime Created = new(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_company_links_to_its_page_and_its_phones_call_and_its_addresses_write()
    {
        using var culture = InCulture("de-DE");
        var company = Company(
            phones: [new(ChannelType.Work, "+49 (30) 123 45-67"), new(ChannelType.Mobile, "0171 / 555 12 12")],
            emails: [new(ChannelType.Work, "info@mueller-haustechnik.de")]);

        var cut = Render<CustomerCard>(p => p.Add(c => c.Company, company));

        var card = cut.ByLabel("Müller Haustechnik GmbH");
        Assert.Equal("group", card.GetAttribute("role"));
        Assert.Equal("companies/7", cut.Find(".kd-customer-name a").GetAttribute("href"));
        Assert.Equal(
            [("+49 (30) 123 45-67", "tel:+49301234567"), ("0171 / 555 12 12", "tel:01715551212"), ("info@mueller-haustechnik.de", "mailto:info@mueller-haustechnik.de")],
            cut.FindAll("a.kd-channel").Select(a => (a.Text(), a.GetAttribute("href"))));
        Assert.Equal("Heizung · Berlin", cut.Find(".kd-customer-sub").Text());
    }

    [Fact]
    public void A_contact_shows_its_initials_and_position_and_links_to_its_page()
    {
        using var culture = InCulture("de-DE");

        var cut = Render<CustomerCard>(p => p.Add(c => c.Contact, Contact()).Add(c => c.Primary, true));

        Assert.Equal("EM", cut.Find(".mud-avatar").Text());
        Assert.Equal("true", cut.Find(".mud-avatar").GetAttribute("aria-hidden"));
        Assert.Equal("contacts/9", cut.Find(".kd-customer-name a").GetAttribute("href"));
        Assert.Equal("Einkauf", cut.Find(".kd-customer-sub").Text());
        Assert.Equal(["mailto:erika@example.com"], cut.FindAll("a.kd-channel").Select(a => a.GetAttribute("href")));
        Assert.Equal("Hauptkontakt", cut.Find(".mud-chip").Text());
    }

    [Fact]
    public void A_company_shows_an_icon_not_initials()
    {
        using var culture = InCulture("de-DE");

        var cut = Render<CustomerCard>(p => p.Add(c => c.Company, Company()));

        Assert.NotNull(cut.Find(".mud-avatar svg"));
        Assert.Empty(cut.Find(".mud-avatar").Text());
        Assert.Empty(cut.FindAll(".mud-chip"));
    }

    [Theory]
    [InlineData("de-DE", "Erika Mustermann vom Auftrag entfernen")]
    [InlineData("en-US", "Remove Erika Mustermann from the deal")]
    public void The_remove_button_names_the_customer_and_removes_it(string culture, string remove)
    {
        using var _ = InCulture(culture);
        var removed = 0;
        var cut = Render<CustomerCard>(p => p.Add(c => c.Contact, Contact()).Add(c => c.OnRemove, () => removed++));

        cut.Press(remove);

        Assert.Equal(1, removed);
    }

    [Fact]
    public void Without_a_remove_handler_there_is_no_remove_button_and_disabled_disables_it()
    {
        using var culture = InCulture("de-DE");

        var plain = Render<CustomerCard>(p => p.Add(c => c.Contact, Contact()));
        var disabled = Render<CustomerCard>(p => p.Add(c => c.Contact, Contact()).Add(c => c.Disabled, true).Add(c => c.OnRemove, () => { }));

        Assert.Empty(plain.FindAll("button"));
        Assert.True(disabled.Button("Erika Mustermann vom Auftrag entfernen").IsDisabled());
    }

    private static CompanyResponse Company(IReadOnlyList<ChannelValue>? phones = null, IReadOnlyList<ChannelValue>? emails = null) =>
        new(7, "Müller Haustechnik GmbH", "Heizung", null, null, new PostalAddress { City = "Berlin" }, phones ?? [], emails ?? [],
            null, true, Created, null, Created, null, 1);

    private static ContactResponse Contact() =>
        new(9, null, "Erika", null, "Mustermann", "Einkauf", null, null, new PostalAddress(), [], [new(ChannelType.Work, "erika@example.com")],
            [7], null, true, Created, null, Created, null, 1);
}
