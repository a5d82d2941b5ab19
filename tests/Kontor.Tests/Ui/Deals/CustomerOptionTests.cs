using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class CustomerOptionTests
{
    [Theory]
    [InlineData("Ada Braun", "Ada", "Braun")]
    [InlineData("  Anna Maria   Schmidt ", "Anna Maria", "Schmidt")]
    [InlineData("Braun", "", "Braun")]
    [InlineData("   ", "", "")]
    public void A_typed_name_splits_into_first_names_and_the_last_name(string typed, string first, string last) =>
        Assert.Equal((first, last), CustomerOption.SplitName(typed));

    [Fact]
    public void What_was_typed_is_offered_as_a_new_company_and_a_new_contact_after_the_results()
    {
        var found = new[] { new CustomerOption(CustomerKind.Company, 1, "Braun Elektro KG", null) };

        var options = CustomerOption.WithOffers("Braun", found, companies: true, contacts: true, allowCreate: true);

        Assert.Equal([CustomerKind.Company, CustomerKind.NewCompany, CustomerKind.NewContact], options.Select(o => o.Kind));
        Assert.All(options.Where(o => o.IsNew), o => Assert.Equal("Braun", o.Name));
    }

    [Fact]
    public void A_name_found_exactly_is_not_offered_again_as_new()
    {
        var found = new[] { new CustomerOption(CustomerKind.Company, 1, "Braun Elektro KG", null) };

        var options = CustomerOption.WithOffers("braun elektro kg", found, companies: true, contacts: false, allowCreate: true);

        Assert.Equal([CustomerKind.Company], options.Select(o => o.Kind));
    }

    [Fact]
    public void Nothing_is_offered_for_blank_text_or_where_creating_is_not_allowed()
    {
        Assert.Empty(CustomerOption.WithOffers("  ", [], true, true, allowCreate: true));
        Assert.Empty(CustomerOption.WithOffers("Braun", [], true, true, allowCreate: false));
    }

    [Fact]
    public void Only_the_kinds_searched_for_are_offered()
    {
        var options = CustomerOption.WithOffers("Ada Braun", [], companies: false, contacts: true, allowCreate: true);

        Assert.Equal([CustomerKind.NewContact], options.Select(o => o.Kind));
    }
}
