using Bunit;
using Kontor.Common;
using Kontor.Ui.Customers;
using Kontor.Ui.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Ui.Components;

public sealed class ContactEditorTests : ComponentTest
{
    public ContactEditorTests()
    {
        // "Link a company" searches through UiData; no test here types into it.
        Services.AddScoped<UiData>();
        RenderPopovers();
    }

    [Fact]
    public void The_linked_companies_link_to_their_pages_and_the_first_of_several_is_the_main_one()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderEditor(Form(new CompanyLink(3, "Müller Haustechnik GmbH"), new CompanyLink(4, "Schmidt Bau AG")));

        var companies = cut.ByLabel("Unternehmen");
        Assert.Equal(
            [("Müller Haustechnik GmbH", "companies/3"), ("Schmidt Bau AG", "companies/4")],
            companies.QuerySelectorAll("a").Select(a => (a.Text(), a.GetAttribute("href"))));
        Assert.Contains("Hauptunternehmen", companies.Text());
    }

    [Fact]
    public void A_single_company_is_not_called_the_main_one_and_none_says_so()
    {
        using var culture = InCulture("de-DE");

        var one = RenderEditor(Form(new CompanyLink(3, "Müller Haustechnik GmbH")));
        var none = RenderEditor(Form());

        Assert.DoesNotContain("Hauptunternehmen", one.ByLabel("Unternehmen").Text());
        Assert.Contains("Kein Unternehmen verknüpft", none.ByLabel("Unternehmen").Text());
    }

    [Theory]
    [InlineData("de-DE", "Verknüpfung mit Müller Haustechnik GmbH lösen")]
    [InlineData("en-US", "Unlink Müller Haustechnik GmbH")]
    public void Unlinking_a_company_takes_it_out_of_the_form(string culture, string unlink)
    {
        using var _ = InCulture(culture);
        var form = Form(new CompanyLink(3, "Müller Haustechnik GmbH"), new CompanyLink(4, "Schmidt Bau AG"));
        var cut = RenderEditor(form);

        cut.Press(unlink);

        Assert.Equal([4L], form.Companies.Select(c => c.Id));
        Assert.Equal(["Schmidt Bau AG"], cut.ByLabel(culture == "de-DE" ? "Unternehmen" : "Companies").QuerySelectorAll("a").Select(a => a.Text()));
    }

    [Fact]
    public void A_name_error_shows_at_both_name_fields_in_german()
    {
        using var culture = InCulture("de-DE");
        var problem = Error.Validation(new Dictionary<string, string[]>
        {
            ["firstName"] = ["A contact needs a first name or a last name."],
            ["lastName"] = ["A contact needs a first name or a last name."],
        });

        var cut = RenderEditor(Form(), problem);

        Assert.Equal("true", cut.InputLabelled("Vorname").GetAttribute("aria-invalid"));
        Assert.Equal("true", cut.InputLabelled("Nachname").GetAttribute("aria-invalid"));
        Assert.Equal("false", cut.InputLabelled("Position").GetAttribute("aria-invalid"));
        Assert.Contains("Ein Kontakt braucht einen Vor- oder Nachnamen.", cut.Text());
    }

    [Fact]
    public void Typing_a_name_changes_the_form()
    {
        using var culture = InCulture("de-DE");
        var form = Form();
        var cut = RenderEditor(form);

        cut.InputLabelled("Vorname").Change("Erika");
        cut.InputLabelled("Nachname").Change("Mustermann");

        Assert.Equal(("Erika", "Mustermann"), (form.FirstName, form.LastName));
    }

    [Theory]
    [InlineData("de-DE", "Geburtstag", "17.05.1980")]
    [InlineData("en-US", "Birthday", "5/17/1980")]
    public void The_birthday_is_shown_in_the_users_date_format(string culture, string label, string shown)
    {
        using var _ = InCulture(culture);
        var form = Form();
        form.Birthdate = new DateOnly(1980, 5, 17);

        var cut = RenderEditor(form);

        Assert.Equal(shown, cut.InputLabelled(label).GetAttribute("value"));
    }

    private IRenderedComponent<ContactEditor> RenderEditor(ContactForm form, Error? problem = null) =>
        Render<ContactEditor>(p => p.Add(e => e.Form, form).Add(e => e.Problem, problem));

    private static ContactForm Form(params CompanyLink[] companies)
    {
        var form = new ContactForm { Position = "Einkauf" };
        form.Companies.AddRange(companies);
        return form;
    }
}
