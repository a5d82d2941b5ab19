using System.Globalization;
using System.Text.Json;
using Kontor.Features.CustomFields;
using Kontor.Ui.CustomFields;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.CustomFields;

public sealed class CustomFieldsUiTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static FieldResponse Field(CustomFieldType type, bool multiple = false, params FieldItemResponse[] items) => new(
        1, CustomFieldEntity.Deal, "UF_CRM_X", type, new LocalText("Kanal", "Channel"), false, multiple, null, 10, true, true,
        new LocalText(null, null), [], items, default, default, 1);

    [Fact]
    public void A_new_field_form_needs_a_code_of_capitals_and_labels_in_both_languages()
    {
        var form = FieldForm.ForNew(CustomFieldEntity.Contact);
        form.Name = "kanal-1";
        form.LabelDe = "Kanal";

        var badCode = form.Check();
        form.Name = "KANAL_1";
        var noEnglish = form.Check();
        form.LabelEn = "Channel";

        Assert.NotNull(badCode);
        Assert.Equal("Give the field a label in German and in English.", noEnglish);
        Assert.Null(form.Check());
        Assert.Equal("UF_CRM_KANAL_1", form.ToCreate().Code);
        Assert.Equal(CustomFieldEntity.Contact, form.ToCreate().Entity);
    }

    [Fact]
    public void A_changed_list_field_sends_its_items_in_order_with_ids_only_for_saved_ones()
    {
        var form = FieldForm.From(Field(CustomFieldType.List, false, new FieldItemResponse(7, new LocalText("Rot", "Red"), 10, false)));
        form.AddItem();
        form.Items[1].LabelDe = "Blau";
        form.Items[1].LabelEn = "Blue";
        form.Move(form.Items[1], -1);
        form.Items[1].Retired = true;

        var items = form.ToPatch().GetProperty("items").EnumerateArray().ToList();

        Assert.False(items[0].TryGetProperty("id", out _));
        Assert.Equal("Blue", items[0].GetProperty("labels").GetProperty("en").GetString());
        Assert.Equal(7, items[1].GetProperty("id").GetInt64());
        Assert.True(items[1].GetProperty("retired").GetBoolean());
        Assert.False(form.ToPatch().TryGetProperty("code", out _));
    }

    [Fact]
    public void Saved_items_cannot_be_removed_only_retired()
    {
        var form = FieldForm.From(Field(CustomFieldType.List, false, new FieldItemResponse(7, new LocalText("Rot", "Red"), 10, false)));

        form.Remove(form.Items[0]);

        Assert.Single(form.Items);
    }

    [Fact]
    public void A_date_and_time_is_entered_in_the_users_zone_and_sent_in_UTC()
    {
        var draft = new FieldDraft(Field(CustomFieldType.Datetime), null, Berlin);
        (draft.One.Date, draft.One.Time) = (new DateTime(2026, 7, 1), new TimeSpan(10, 30, 0));

        var (value, problem) = draft.ToValue();
        var reloaded = new FieldDraft(Field(CustomFieldType.Datetime), value, Berlin);

        Assert.Null(problem);
        Assert.Equal("2026-07-01T08:30:00Z", value.GetString());
        Assert.Equal(new TimeSpan(10, 30, 0), reloaded.One.Time);
    }

    [Fact]
    public void An_emptied_editor_sends_null_so_the_value_is_removed()
    {
        var draft = new FieldDraft(Field(CustomFieldType.String), JsonSerializer.SerializeToElement("alt"), Berlin);
        draft.One.Text = "  ";

        Assert.Equal(JsonValueKind.Null, draft.ToValue().Value.ValueKind);
    }

    [Fact]
    public void Values_are_shown_in_the_culture_with_list_items_by_their_label()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var list = Field(CustomFieldType.List, true, new FieldItemResponse(7, new LocalText("Rot", "Red"), 10, false), new FieldItemResponse(8, new LocalText("Blau", "Blue"), 20, true));

            Assert.Equal("Red, Blue", FieldValues.Display(list, JsonDocument.Parse("[7,8]").RootElement, "en", Berlin));
            Assert.Equal("1.234,5", FieldValues.Display(Field(CustomFieldType.Decimal), JsonSerializer.SerializeToElement(1234.5m), "de", Berlin));
            Assert.Equal("02.03.2026", FieldValues.DisplayText(Field(CustomFieldType.Date), "2026-03-02", "de", Berlin));
            Assert.Equal("12,50 €", FieldValues.Display(Field(CustomFieldType.Money), JsonDocument.Parse("{\"amount\":12.5,\"currency\":\"EUR\"}").RootElement, "de", Berlin));
            Assert.Null(FieldValues.Display(Field(CustomFieldType.String), null, "de", Berlin));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Custom_field_filters_of_the_deal_list_survive_the_address_and_reach_the_query()
    {
        var filter = DealListFilter.Default.WithCustomField("UF_CRM_KANAL", "7").WithCustomField("UF_CRM_SUMME.from", "100") with { Sort = "-cf.UF_CRM_SUMME" };

        var parsed = DealListFilter.Parse(filter.ToQueryString());
        var query = parsed.ToQuery(1, TimeZoneInfo.Utc, 50, null);
        var cleared = parsed.WithCustomField("UF_CRM_KANAL", " ");

        Assert.Equal(filter, parsed);
        Assert.Equal("-cf.UF_CRM_SUMME", parsed.Sort);
        Assert.Contains(new KeyValuePair<string, string>("UF_CRM_SUMME.from", "100"), query.CustomFields!.Terms);
        Assert.Equal(2, parsed.Count);
        Assert.Single(cleared.CustomFields);
        Assert.Empty(DealListFilter.Parse("cf.UF_CRM_X');DROP=1").CustomFields);
    }
}
