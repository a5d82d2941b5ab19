using Kontor.Features.Customers;

namespace Kontor.Tests.Features.Customers;

public sealed class ChannelRulesTests
{
    [Theory]
    [InlineData("+49 (30) 1234-56")]
    [InlineData("030/1234 56")]
    [InlineData(" 0171 555 ")]
    public void Phone_numbers_of_digits_spaces_and_the_usual_signs_are_valid(string value) =>
        Assert.True(ChannelRules.IsValid(ChannelKind.Phone, value));

    [Theory]
    [InlineData("030 CALL-NOW")]
    [InlineData("+49 30 12#34")]
    [InlineData("49+30")]
    [InlineData("( ) -")]
    [InlineData("")]
    public void Phone_numbers_with_letters_other_signs_or_no_digit_are_invalid(string value) =>
        Assert.False(ChannelRules.IsValid(ChannelKind.Phone, value));

    [Theory]
    [InlineData("anna@muster.de", true)]
    [InlineData(" Anna.Schmidt+crm@sub.example.org ", true)]
    [InlineData("anna@", false)]
    [InlineData("anna@muster", false)]
    [InlineData("anna schmidt@muster.de", false)]
    [InlineData("info(at)muster.de", false)]
    public void E_mail_addresses_need_one_at_sign_and_a_dotted_domain(string value, bool valid) =>
        Assert.Equal(valid, ChannelRules.IsValid(ChannelKind.Email, value));

    [Fact]
    public void Replacing_the_phones_keeps_the_emails_and_normalizes_the_new_numbers()
    {
        var company = new Company();
        ChannelRules.Replace(company.Channels, ChannelKind.Email, [new(ChannelType.Work, "Info@Muster.de")]);
        ChannelRules.Replace(company.Channels, ChannelKind.Phone, [new(ChannelType.Work, "030 1")]);

        ChannelRules.Replace(company.Channels, ChannelKind.Phone, [new(ChannelType.Mobile, " +49 171 (555) "), new(ChannelType.Home, "030 2")]);

        Assert.Equal(
            [(ChannelKind.Email, "Info@Muster.de", "info@muster.de"), (ChannelKind.Phone, "+49 171 (555)", "+49171555"), (ChannelKind.Phone, "030 2", "0302")],
            company.Channels.Select(c => (c.Kind, c.Value, c.Normalized)));
    }

    [Fact]
    public void Replacing_a_list_with_the_same_values_keeps_the_existing_entries()
    {
        var company = new Company();
        ChannelRules.Replace(company.Channels, ChannelKind.Phone, [new(ChannelType.Work, "030 1")]);
        var before = company.Channels[0];

        ChannelRules.Replace(company.Channels, ChannelKind.Phone, [new(ChannelType.Work, " 030 1 ")]);

        Assert.Same(before, Assert.Single(company.Channels));
    }
}
