using System.Text.Json;
using Bunit;
using Kontor.Features.CustomFields;
using Kontor.Ui.CustomFields;
using static Kontor.Tests.Ui.CustomFields.Samples;

namespace Kontor.Tests.Ui.Components;

public sealed class CustomFieldDisplayTests : ComponentTest
{
    private IRenderedComponent<CustomFieldDisplay> RenderValue(CustomFieldType type, string? json, bool multiple = false) =>
        Render<CustomFieldDisplay>(p => p
            .Add(d => d.Field, Field(type, multiple))
            .Add(d => d.Value, json is null ? null : JsonDocument.Parse(json).RootElement)
            .Add(d => d.YesNo, yes => yes ? "Ja" : "Nein"));

    [Fact]
    public void Several_addresses_are_each_a_link_of_their_own()
    {
        using var culture = InCulture("de-DE");

        var cut = RenderValue(CustomFieldType.Email, """["ada@braun.example","info@braun.example"]""", multiple: true);

        Assert.Equal(["mailto:ada@braun.example", "mailto:info@braun.example"], cut.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("ada@braun.example, info@braun.example", cut.Text());
    }

    [Fact]
    public void A_web_address_opens_in_a_new_tab_and_a_phone_number_calls()
    {
        var site = RenderValue(CustomFieldType.Url, "\"https://braun.example\"").Find("a");
        var phone = RenderValue(CustomFieldType.Phone, "\"+49 30 123\"").Find("a");

        Assert.Equal(("_blank", "noopener noreferrer"), (site.GetAttribute("target"), site.GetAttribute("rel")));
        Assert.Equal("tel:+4930123", phone.GetAttribute("href"));
    }

    [Fact]
    public void Yes_no_is_a_word_and_no_value_is_a_dash()
    {
        using var culture = InCulture("de-DE");

        Assert.Equal("Ja", RenderValue(CustomFieldType.Boolean, "true").Text());
        Assert.Equal("—", RenderValue(CustomFieldType.String, null).Text());
        Assert.Empty(RenderValue(CustomFieldType.Date, "\"2026-03-02\"").FindAll("a"));
    }
}
