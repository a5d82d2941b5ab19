using Kontor.Features.CustomFields;
using Kontor.Ui.CustomFields;
using Kontor.Ui.Deals;
using static Kontor.Tests.Ui.CustomFields.Samples;

namespace Kontor.Tests.Ui.CustomFields;

public sealed class FieldFilterTests
{
    private static readonly Dictionary<string, IReadOnlyList<string>> None = [];

    [Theory]
    [InlineData(CustomFieldType.String, false, FilterKind.Text)]
    [InlineData(CustomFieldType.Email, true, FilterKind.Text)]
    [InlineData(CustomFieldType.Integer, false, FilterKind.Number)]
    [InlineData(CustomFieldType.Decimal, true, FilterKind.OneNumber)]
    [InlineData(CustomFieldType.Money, false, FilterKind.Money)]
    [InlineData(CustomFieldType.Money, true, FilterKind.Presence)]
    [InlineData(CustomFieldType.Date, false, FilterKind.Days)]
    [InlineData(CustomFieldType.Datetime, false, FilterKind.Days)]
    [InlineData(CustomFieldType.Date, true, FilterKind.OneDay)]
    [InlineData(CustomFieldType.List, true, FilterKind.Items)]
    [InlineData(CustomFieldType.Boolean, false, FilterKind.Flag)]
    [InlineData(CustomFieldType.User, false, FilterKind.Users)]
    [InlineData(CustomFieldType.Crm, true, FilterKind.Record)]
    [InlineData(CustomFieldType.File, false, FilterKind.Presence)]
    public void Each_type_is_filtered_in_a_way_the_API_can_answer(CustomFieldType type, bool multiple, FilterKind kind) =>
        Assert.Equal(kind, FieldFilter.KindOf(Field(type, multiple)));

    [Fact]
    public void Text_is_searched_for_a_part_unless_it_must_equal()
    {
        var part = new FieldFilter { Text = " Messe " }.Terms("UF_CRM_X", FilterKind.Text);
        var whole = new FieldFilter { Text = "Messe", Exact = true }.Terms("UF_CRM_X", FilterKind.Text);

        Assert.Equal(["Messe"], part["UF_CRM_X.contains"]);
        Assert.Equal(["Messe"], whole["UF_CRM_X"]);
        Assert.True(FieldFilter.Read("UF_CRM_X", whole).Exact);
        Assert.False(FieldFilter.Read("UF_CRM_X", part).Exact);
    }

    [Fact]
    public void Ranges_are_written_culture_free_and_read_back()
    {
        var money = new FieldFilter { From = 1234.5m, Currency = "USD" }.Terms("UF_CRM_X", FilterKind.Money);
        var days = new FieldFilter { FromDay = new DateOnly(2026, 3, 1), ToDay = new DateOnly(2026, 3, 31) }.Terms("UF_CRM_X", FilterKind.Days);

        Assert.Equal(["1234.5"], money["UF_CRM_X.from"]);
        Assert.Equal(["USD"], money["UF_CRM_X.currency"]);
        Assert.False(money.ContainsKey("UF_CRM_X.to"));
        Assert.Equal(["2026-03-01"], days["UF_CRM_X.from"]);
        Assert.Equal(new DateOnly(2026, 3, 31), FieldFilter.Read("UF_CRM_X", days).ToDay);
        Assert.Equal(1234.5m, FieldFilter.Read("UF_CRM_X", money).From);
    }

    [Fact]
    public void Chosen_items_links_yes_no_and_presence_become_their_terms()
    {
        Assert.Equal(["3", "5"], new FieldFilter { Ids = [3, 5, 3] }.Terms("UF_CRM_X", FilterKind.Items)["UF_CRM_X"]);
        Assert.Equal(["company:12"], new FieldFilter { Record = ("company", 12) }.Terms("UF_CRM_X", FilterKind.Record)["UF_CRM_X"]);
        Assert.Equal(["false"], new FieldFilter { Flag = false }.Terms("UF_CRM_X", FilterKind.Flag)["UF_CRM_X"]);
        Assert.Equal(["false"], new FieldFilter { Filled = true }.Terms("UF_CRM_X", FilterKind.Presence)["UF_CRM_X.empty"]);
        Assert.Empty(new FieldFilter().Terms("UF_CRM_X", FilterKind.Presence));
        Assert.Equal(("deal", 4L), FieldFilter.Read("UF_CRM_X", new Dictionary<string, IReadOnlyList<string>> { ["UF_CRM_X"] = ["deal:4"] }).Record);
    }

    [Fact]
    public void A_fields_terms_replace_only_its_own_in_the_deal_list_and_reach_the_address_and_the_query()
    {
        var filter = DealListFilter.Default
            .WithCustomTerms("UF_CRM_A", new FieldFilter { Ids = [3, 5] }.Terms("UF_CRM_A", FilterKind.Items))
            .WithCustomTerms("UF_CRM_AB", new FieldFilter { From = 10 }.Terms("UF_CRM_AB", FilterKind.Number));
        var changed = filter.WithCustomTerms("UF_CRM_A", new FieldFilter { Ids = [7] }.Terms("UF_CRM_A", FilterKind.Items));

        var parsed = DealListFilter.Parse(changed.ToQueryString());
        var terms = parsed.ToQuery(1, TimeZoneInfo.Utc, 50, null).CustomFields!.Terms;

        Assert.Equal("cf.UF_CRM_A=7&cf.UF_CRM_AB.from=10", changed.ToQueryString());
        Assert.Equal(changed, parsed);
        Assert.Equal(2, parsed.Count);
        Assert.Equal([new("UF_CRM_A", "7"), new("UF_CRM_AB.from", "10")], terms);
        Assert.Equal("cf.UF_CRM_A=3&cf.UF_CRM_A=5", DealListFilter.Parse("cf.UF_CRM_A=3&cf.UF_CRM_A=5").ToQueryString());
        Assert.Empty(filter.WithCustomTerms("UF_CRM_A", None).WithCustomTerms("UF_CRM_AB", None).CustomFields);
    }

    [Fact]
    public void A_part_of_a_text_survives_the_address()
    {
        var filter = DealListFilter.Parse("cf.UF_CRM_X.contains=M%C3%BCller");

        Assert.Equal("Müller", FieldFilter.Read("UF_CRM_X", filter.CustomFields).Text);
    }
}
