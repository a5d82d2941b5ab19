using System.Text.Json;
using Bunit;
using Kontor.Features.CustomFields;
using Kontor.Features.Users;
using Kontor.Ui.CustomFields;
using Microsoft.AspNetCore.Components.Forms;
using static Kontor.Tests.Ui.CustomFields.Samples;

namespace Kontor.Tests.Ui.Components;

public sealed class CustomFieldInputTests : ComponentTest
{
    private static FieldResponse Labelled(CustomFieldType type, string label, bool multiple = false, params FieldItemResponse[] items) =>
        Field(type, multiple, "UF_CRM_X", items) with { Labels = new LocalText(label, label) };

    private IRenderedComponent<CustomFieldInput> RenderInput(FieldDraft draft, FieldNames? names = null, Func<IBrowserFile, Task<(long?, string?)>>? upload = null)
    {
        RenderPopovers();
        return Render<CustomFieldInput>(p => p
            .Add(i => i.Field, draft.Field)
            .Add(i => i.Draft, draft)
            .Add(i => i.Names, names ?? new FieldNames())
            .Add(i => i.Users, [new UserResponse(2, "anna@kontor.test", "Anna Schmidt", null, "de-DE", "Europe/Berlin", false, true, default)])
            .Add(i => i.Currencies, ["EUR", "CHF"])
            .Add(i => i.Upload, upload));
    }

    [Fact]
    public void Several_typed_values_are_rows_that_are_added_and_removed_one_by_one()
    {
        using var culture = InCulture("de-DE");
        var draft = new FieldDraft(Labelled(CustomFieldType.Phone, "Telefon", multiple: true), JsonDocument.Parse("""["+49 30 1"]""").RootElement, Berlin);
        var cut = RenderInput(draft);

        cut.Press("Wert zu Telefon hinzufügen");
        cut.InputLabelled("Telefon 2").Input("0171 2");
        cut.Press("Wert 1 von Telefon entfernen");

        Assert.Equal("""["0171 2"]""", draft.ToValue().Value.GetRawText());
        Assert.Equal(["Telefon 1"], cut.FindAll("label.mud-input-label").Select(l => l.Text()));
        Assert.Empty(cut.FindAll("textarea"));
    }

    [Fact]
    public void An_amount_typed_in_German_is_tidied_on_leaving_and_a_wrong_one_is_named()
    {
        using var culture = InCulture("de-DE");
        var draft = new FieldDraft(Labelled(CustomFieldType.Money, "Budget"), null, Berlin, currency: "CHF");
        var cut = RenderInput(draft);

        var amount = cut.InputLabelled("Budget");
        amount.Input("1234,5");
        amount.Blur();
        var tidied = cut.InputLabelled("Budget").GetAttribute("value");
        cut.InputLabelled("Budget").Input("zwölf");

        Assert.Equal("1.234,50", tidied);
        Assert.Contains("Geben Sie eine Zahl wie 1.234,50 ein.", cut.Text(), StringComparison.Ordinal);
        Assert.Equal("Enter a number such as 1,234.50.", draft.ToValue().Problem);
        Assert.Equal("CHF", draft.One.Currency);
    }

    [Fact]
    public void Chosen_list_items_are_chips_that_are_removed_by_their_button()
    {
        using var culture = InCulture("de-DE");
        var field = Labelled(CustomFieldType.List, "Kanal", true, Item(1, "Messe", "Trade fair"), Item(2, "Web", "Web"), Item(3, "Alt", "Old", retired: true));
        var draft = new FieldDraft(field, JsonDocument.Parse("[1,2]").RootElement, Berlin);
        var cut = RenderInput(draft);

        var chips = cut.FindAll("ul[aria-label=Kanal] li").Select(li => li.Text()).ToList();
        cut.Press("Messe aus Kanal entfernen");

        Assert.Equal(["Messe", "Web"], chips);
        Assert.Equal("[2]", draft.ToValue().Value.GetRawText());
        Assert.Single(cut.FindAll("ul[aria-label=Kanal] li"));
        Assert.Equal("Zu Kanal hinzufügen", cut.Find("label.mud-input-label").Text());
    }

    [Fact]
    public void A_linked_record_is_a_chip_that_opens_the_record_and_can_be_removed()
    {
        using var culture = InCulture("de-DE");
        var draft = new FieldDraft(Labelled(CustomFieldType.Crm, "Partner"), JsonDocument.Parse("""{"entity":"company","id":9}""").RootElement, Berlin);
        var cut = RenderInput(draft, new FieldNames { Records = { [("company", 9)] = "Braun Elektro KG" } });

        var link = cut.Find("ul[aria-label=Partner] a");
        var shown = (link.Text(), link.GetAttribute("href"));
        var replace = cut.Find("label.mud-input-label").Text();
        cut.Press("Braun Elektro KG aus Partner entfernen");

        Assert.Equal(("Braun Elektro KG", "companies/9"), shown);
        Assert.Equal("Partner ersetzen", replace);
        Assert.Equal(JsonValueKind.Null, draft.ToValue().Value.ValueKind);
        Assert.Equal("Partner wählen", cut.Find("label.mud-input-label").Text());
    }

    [Fact]
    public void An_uploaded_file_becomes_the_value_with_its_name_and_download_link()
    {
        using var culture = InCulture("de-DE");
        var draft = new FieldDraft(Labelled(CustomFieldType.File, "Vertrag"), null, Berlin);
        var names = new FieldNames();
        var uploaded = new List<string>();
        var cut = RenderInput(draft, names, file =>
        {
            uploaded.Add(file.Name);
            return Task.FromResult<(long?, string?)>((41, null));
        });

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("%PDF-1.4", "vertrag.pdf"));

        cut.WaitForAssertion(() => Assert.Equal("/api/v1/files/41", cut.Find("ul[aria-label=Vertrag] a").GetAttribute("href")));
        Assert.Equal(["vertrag.pdf"], uploaded);
        Assert.Equal("vertrag.pdf", names.Files[41]);
        Assert.Equal("41", draft.ToValue().Value.GetRawText());
        Assert.Equal("Datei ersetzen", cut.Button("Datei für Vertrag hochladen").Text());
    }

    [Fact]
    public void A_refused_upload_shows_why_and_keeps_the_value()
    {
        using var culture = InCulture("de-DE");
        var draft = new FieldDraft(Labelled(CustomFieldType.File, "Vertrag", multiple: true), JsonDocument.Parse("[7]").RootElement, Berlin);
        var cut = RenderInput(draft, new FieldNames { Files = { [7] = "alt.pdf" } }, _ => Task.FromResult<(long?, string?)>((null, "The file is too large.")));

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("x", "gross.pdf"));

        cut.WaitForAssertion(() => Assert.Equal("The file is too large.", cut.Find("[role=alert]").Text()));
        Assert.Equal("[7]", draft.ToValue().Value.GetRawText());
    }

    [Fact]
    public void A_refusal_is_shown_at_a_single_input()
    {
        using var culture = InCulture("de-DE");
        var draft = new FieldDraft(Labelled(CustomFieldType.String, "Bestellnummer"), null, Berlin);

        var cut = Render<CustomFieldInput>(p => p.Add(i => i.Field, draft.Field).Add(i => i.Draft, draft).Add(i => i.Error, "Dies ist ein Pflichtfeld."));

        Assert.Equal("Dies ist ein Pflichtfeld.", cut.Find(".mud-input-helper-text").Text());
        Assert.Contains("mud-input-error", cut.Find(".mud-input-control").ClassList);
        Assert.Empty(cut.FindAll("[role=alert]"));
    }
}
