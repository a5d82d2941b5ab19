using System.Globalization;
using System.Text.Json;
using Kontor.Features.CustomFields;
using Kontor.Ui.CustomFields;
using static Kontor.Tests.Ui.CustomFields.Samples;

namespace Kontor.Tests.Ui.CustomFields;

public sealed class FieldDraftTests : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;

    public FieldDraftTests() => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

    public void Dispose() => CultureInfo.CurrentCulture = _culture;

    [Fact]
    public void A_field_of_several_typed_values_starts_with_one_empty_row_and_sends_the_filled_rows_in_order()
    {
        var draft = new FieldDraft(Field(CustomFieldType.Decimal, multiple: true), null, Berlin);
        draft.One.Text = "1,5";
        draft.Add();
        draft.Add().Text = "1.234,25";
        draft.Add().Text = "1,50";

        var (value, problem) = draft.ToValue();

        Assert.Null(problem);
        Assert.Equal("[1.5,1234.25]", value.GetRawText());
    }

    [Fact]
    public void Removing_a_row_drops_its_value_and_the_last_row_leaves_an_empty_one()
    {
        var draft = new FieldDraft(Field(CustomFieldType.String, multiple: true), JsonDocument.Parse("""["Messe","Web"]""").RootElement, Berlin);

        draft.Remove(draft.Values[0]);
        var one = draft.ToValue().Value.GetRawText();
        draft.Remove(draft.Values[0]);

        Assert.Equal("[\"Web\"]", one);
        Assert.Single(draft.Values);
        Assert.Equal(JsonValueKind.Null, draft.ToValue().Value.ValueKind);
    }

    [Fact]
    public void A_row_that_is_no_number_refuses_the_value_with_a_message()
    {
        var draft = new FieldDraft(Field(CustomFieldType.Money, multiple: true), null, Berlin);
        draft.One.Text = "12,50";
        draft.Add().Text = "zwölf";

        Assert.Equal("Enter a number such as 1,234.50.", draft.ToValue().Problem);
    }

    [Fact]
    public void An_amount_with_more_than_four_decimals_is_refused_rather_than_cut()
    {
        var draft = new FieldDraft(Field(CustomFieldType.Decimal), null, Berlin);
        draft.One.Text = "0,12345";

        Assert.Equal("At most four decimals.", draft.ToValue().Problem);
    }

    [Fact]
    public void Money_typed_in_German_is_sent_with_its_currency_and_shown_again_as_typed()
    {
        var draft = new FieldDraft(Field(CustomFieldType.Money), null, Berlin, currency: "CHF");
        var startsIn = draft.One.Currency;
        draft.One.Text = "1.234,5";
        draft.One.Currency = "USD";

        var (value, _) = draft.ToValue();
        var reloaded = new FieldDraft(Field(CustomFieldType.Money), value, Berlin);

        Assert.Equal("CHF", startsIn);
        Assert.Equal("""{"amount":1234.5,"currency":"USD"}""", value.GetRawText());
        Assert.Equal("1.234,50", reloaded.One.Text);
        Assert.Equal("USD", reloaded.One.Currency);
    }

    [Fact]
    public void Chosen_values_are_kept_once_in_the_order_they_were_chosen()
    {
        var draft = new FieldDraft(Field(CustomFieldType.User, multiple: true), null, Berlin);

        var first = draft.Pick(7);
        draft.Pick(3);
        var again = draft.Pick(7);

        Assert.True(first);
        Assert.False(again);
        Assert.Equal("[7,3]", draft.ToValue().Value.GetRawText());
    }

    [Fact]
    public void A_field_of_several_chosen_values_starts_empty_and_sends_null_when_all_are_removed()
    {
        var draft = new FieldDraft(Field(CustomFieldType.List, multiple: true), JsonDocument.Parse("[4]").RootElement, Berlin);

        draft.Remove(draft.Values.Single());

        Assert.Empty(draft.Values);
        Assert.Equal(JsonValueKind.Null, draft.ToValue().Value.ValueKind);
    }

    [Fact]
    public void Choosing_for_a_field_of_one_value_replaces_it()
    {
        var draft = new FieldDraft(Field(CustomFieldType.Crm), JsonDocument.Parse("""{"entity":"contact","id":5}""").RootElement, Berlin);

        draft.Pick(9, "company");

        Assert.Equal("""{"entity":"company","id":9}""", draft.ToValue().Value.GetRawText());
    }

    [Fact]
    public void The_same_id_of_two_kinds_of_record_is_two_links()
    {
        var draft = new FieldDraft(Field(CustomFieldType.Crm, multiple: true), null, Berlin);

        draft.Pick(3, "company");
        draft.Pick(3, "deal");

        Assert.Equal("""[{"entity":"company","id":3},{"entity":"deal","id":3}]""", draft.ToValue().Value.GetRawText());
    }
}
