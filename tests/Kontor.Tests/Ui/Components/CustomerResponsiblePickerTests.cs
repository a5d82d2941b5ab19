using Bunit;
using Kontor.Features.Users;
using Kontor.Ui.Customers;
using Kontor.Ui.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Ui.Components;

public sealed class CustomerResponsiblePickerTests : ComponentTest
{
    public CustomerResponsiblePickerTests()
    {
        // The picker searches through UiData; no test here types into it.
        Services.AddScoped<UiData>();
        RenderPopovers();
    }

    [Fact]
    public void A_new_company_names_its_creator_as_the_responsible_until_someone_is_picked()
    {
        using var culture = InCulture("de-DE");

        var cut = Render<CompanyEditor>(p => p.Add(e => e.Form, new CompanyForm()));

        var picker = cut.InputLabelled("Verantwortlich");
        Assert.Equal("Sie selbst", picker.GetAttribute("placeholder"));
    }

    [Fact]
    public void A_contacts_responsible_shows_by_name()
    {
        using var culture = InCulture("en-US");
        var form = new ContactForm { FirstName = "Ada" };
        form.SetResponsible(new UserResponse(8, "clara@kontor.test", "Clara Nord", null, "de-DE", "Europe/Berlin", false, true, DateTime.UnixEpoch));

        var cut = Render<ContactEditor>(p => p.Add(e => e.Form, form));

        Assert.Equal("Clara Nord", cut.InputLabelled("Responsible").GetAttribute("value"));
    }
}
