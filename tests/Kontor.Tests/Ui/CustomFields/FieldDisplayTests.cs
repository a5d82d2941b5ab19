using System.Globalization;
using System.Text.Json;
using Kontor.Common;
using Kontor.Features.CustomFields;
using Kontor.Ui.CustomFields;
using static Kontor.Tests.Ui.CustomFields.Samples;

namespace Kontor.Tests.Ui.CustomFields;

public sealed class FieldDisplayTests
{
    private static IReadOnlyList<ShownValue> Parts(CustomFieldType type, string json, bool multiple = false, FieldNames? names = null) =>
        FieldValues.Parts(Field(type, multiple), JsonDocument.Parse(json).RootElement, "de", Berlin, names);

    [Fact]
    public void Addresses_mail_and_phone_numbers_lead_where_they_say()
    {
        Assert.Equal(new ShownValue("https://braun.example/a?b=1", "https://braun.example/a?b=1"), Parts(CustomFieldType.Url, "\"https://braun.example/a?b=1\"").Single());
        Assert.Equal("mailto:ada@braun.example", Parts(CustomFieldType.Email, "\"ada@braun.example\"").Single().Href);
        Assert.Equal("tel:+49301234567", Parts(CustomFieldType.Phone, "\"+49 (30) 123 45-67\"").Single().Href);
        Assert.Equal("tel:0301234", Parts(CustomFieldType.Phone, "\"030 / 1234\"").Single().Href);
    }

    [Fact]
    public void Links_open_their_record_by_name_and_files_download_by_name()
    {
        var names = new FieldNames { Records = { [("company", 9)] = "Braun Elektro KG", [("deal", 4)] = "Auftrag 7" }, Files = { [5] = "vertrag.pdf" } };

        var links = Parts(CustomFieldType.Crm, """[{"entity":"company","id":9},{"entity":"deal","id":4},{"entity":"contact","id":2}]""", multiple: true, names);
        var file = Parts(CustomFieldType.File, "5", names: names).Single();

        Assert.Equal([new("Braun Elektro KG", "companies/9"), new("Auftrag 7", "deals/4"), new("#2", "contacts/2")], links);
        Assert.Equal(new ShownValue("vertrag.pdf", "/api/v1/files/5"), file);
    }

    [Fact]
    public void Plain_values_lead_nowhere_and_several_are_told_one_by_one()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var users = Parts(CustomFieldType.User, "[2,3]", multiple: true, new FieldNames { Users = { [2] = "Anna" } });
            var amounts = Parts(CustomFieldType.Money, """[{"amount":1234.5,"currency":"EUR"},{"amount":0.1234,"currency":"USD"}]""", multiple: true);

            Assert.Equal([new("Anna", null), new("#3", null)], users);
            Assert.Equal(["1.234,50 €", "0,1234 $"], amounts.Select(a => a.Text.Replace('\u00A0', ' ')));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_text_value_from_the_history_stays_text_even_when_it_looks_like_json()
    {
        Assert.Equal("[1]", FieldValues.DisplayText(Field(CustomFieldType.String), "[1]", "de", Berlin));
        Assert.Equal("a, b", FieldValues.DisplayText(Field(CustomFieldType.String, multiple: true), "[\"a\",\"b\"]", "de", Berlin));
    }

    [Fact]
    public void Refusals_of_the_API_become_messages_per_field_and_type()
    {
        var fields = new[] { Field(CustomFieldType.User, code: "UF_CRM_OWNER"), Field(CustomFieldType.Url, code: "UF_CRM_SITE") };
        var missing = new Error(CustomFieldErrors.ReferenceNotFound, "A referenced record does not exist.")
        {
            Fields = new Dictionary<string, string[]> { ["customFields.UF_CRM_OWNER"] = ["The referenced user does not exist."] },
        };
        var invalid = new Error(CustomFieldErrors.Invalid, "One or more custom field values are invalid.", 400)
        {
            Fields = new Dictionary<string, string[]> { ["customFields.UF_CRM_SITE"] = ["Expected an absolute http or https address."], ["title"] = ["Required."] },
        };

        Assert.Equal(new Dictionary<string, string> { ["UF_CRM_OWNER"] = "The user no longer exists or is inactive." }, FieldProblems.ByField(missing, fields));
        Assert.Equal(new Dictionary<string, string> { ["UF_CRM_SITE"] = "Enter an address that starts with http:// or https://." }, FieldProblems.ByField(invalid, fields));
        Assert.Empty(FieldProblems.ByField(new Error("deals.closed", "The deal is closed."), fields));
        Assert.Equal("This field is mandatory.", FieldProblems.Message(CustomFieldErrors.Mandatory, CustomFieldType.Date));
    }
}
