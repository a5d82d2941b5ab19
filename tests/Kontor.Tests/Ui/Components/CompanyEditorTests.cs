using Bunit;
using Bunit.TestDoubles;
using Kontor.Common;
using Kontor.Features.Customers;
using Kontor.Ui.Customers;
using Kontor.Ui.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Ui.Components;

public sealed class CompanyEditorTests : ComponentTest
{
    public CompanyEditorTests()
    {
        // The responsible picker searches through UiData; no test here types into it.
        Services.AddScoped<UiData>();
        RenderPopovers();
    }

    [Fact]
    public void A_valid_phone_and_address_get_links_that_call_and_write()
    {
        using var culture = InCulture("de-DE");
        var form = Form();

        var cut = RenderEditor(form);

        Assert.Equal("tel:+49301234567", cut.ByLabel("+49 (30) 123 45-67 anrufen").GetAttribute("href"));
        Assert.Equal("mailto:info@mueller.de", cut.ByLabel("E-Mail an info@mueller.de schreiben").GetAttribute("href"));
    }

    [Fact]
    public void A_number_that_is_not_a_phone_number_gets_no_call_link()
    {
        using var culture = InCulture("de-DE");
        var form = Form();
        form.Phones[0].Value = "ruf mich an";

        var cut = RenderEditor(form);

        Assert.Empty(cut.FindAll("a[href^='tel:']"));
    }

    [Fact]
    public void Typing_a_valid_number_into_a_new_row_offers_to_call_it()
    {
        using var culture = InCulture("en-US");
        var form = new CompanyForm { Name = "Müller Haustechnik GmbH" };
        var cut = RenderEditor(form);

        cut.Press("Add phone number");
        cut.InputLabelled("Phone").Input("0171 555 12 12");

        Assert.Equal("0171 555 12 12", Assert.Single(form.Phones).Value);
        Assert.Equal("tel:01715551212", cut.ByLabel("Call 0171 555 12 12").GetAttribute("href"));
    }

    [Fact]
    public void Removing_a_phone_takes_it_out_of_the_form()
    {
        using var culture = InCulture("de-DE");
        var form = Form();
        var cut = RenderEditor(form);

        cut.Press("Telefonnummer entfernen");

        Assert.Empty(form.Phones);
        Assert.Empty(cut.FindAll("a[href^='tel:']"));
        Assert.Single(form.Emails);
    }

    [Fact]
    public void The_add_button_disappears_at_the_most_phones_a_company_can_have()
    {
        using var culture = InCulture("de-DE");
        var form = new CompanyForm { Name = "Müller Haustechnik GmbH" };
        form.Phones.AddRange(Enumerable.Range(1, ChannelRules.MaxPerKind - 1).Select(i => new ChannelRow { Value = $"030 {i}" }));
        var cut = RenderEditor(form);

        cut.Press("Telefonnummer hinzufügen");

        Assert.Equal(ChannelRules.MaxPerKind, form.Phones.Count);
        Assert.DoesNotContain("Telefonnummer hinzufügen", cut.ButtonNames());
        Assert.Contains("E-Mail-Adresse hinzufügen", cut.ButtonNames());
    }

    [Fact]
    public void Field_errors_show_at_their_field_in_german()
    {
        using var culture = InCulture("de-DE");
        var problem = Error.Validation(new Dictionary<string, string[]>
        {
            ["name"] = ["The value must not be empty."],
            ["phones[0].value"] = [ChannelRules.PhoneMessage],
            ["address.city"] = ["Zu lang."],
        });

        var cut = RenderEditor(Form(), problem);

        Assert.Equal("Dieses Feld darf nicht leer sein.", ErrorAt(cut, "Name"));
        Assert.Equal("Eine Telefonnummer darf nur Ziffern, Leerzeichen und + - ( ) / enthalten.", ErrorAt(cut, "Telefon"));
        Assert.Equal("Zu lang.", ErrorAt(cut, "Ort"));
        Assert.Null(ErrorAt(cut, "E-Mail"));
        Assert.Null(ErrorAt(cut, "Straße"));
    }

    [Fact]
    public void The_website_opens_with_https_when_typed_without_a_scheme()
    {
        using var culture = InCulture("en-US");
        var form = Form();
        form.Website = "www.mueller.de";
        var cut = RenderEditor(form);

        cut.Press("Open website");

        var navigation = Assert.Single(Services.GetRequiredService<BunitNavigationManager>().History);
        Assert.Equal(("https://www.mueller.de", true), (navigation.Uri, navigation.Options.ForceLoad));
    }

    [Fact]
    public void Typing_changes_the_form()
    {
        using var culture = InCulture("de-DE");
        var form = Form();
        var cut = RenderEditor(form);

        cut.InputLabelled("Branche").Change("Sanitär");
        cut.InputLabelled("PLZ").Change("10115");

        Assert.Equal(("Sanitär", "10115"), (form.Industry, form.Address.PostalCode));
    }

    private IRenderedComponent<CompanyEditor> RenderEditor(CompanyForm form, Error? problem = null) =>
        Render<CompanyEditor>(p => p.Add(e => e.Form, form).Add(e => e.Problem, problem));

    private static string? ErrorAt(IRenderedComponent<CompanyEditor> cut, string label) =>
        cut.InputLabelled(label).Closest(".mud-input-control")!.QuerySelector(".mud-input-helper-text.mud-input-error")?.Text() is { Length: > 0 } text ? text : null;

    private static CompanyForm Form()
    {
        var form = new CompanyForm { Name = "Müller Haustechnik GmbH", Industry = "Heizung" };
        form.Phones.Add(new ChannelRow { Type = ChannelType.Work, Value = "+49 (30) 123 45-67" });
        form.Emails.Add(new ChannelRow { Type = ChannelType.Work, Value = "info@mueller.de" });
        return form;
    }
}
