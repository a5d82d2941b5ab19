using System.Globalization;
using Kontor.Ui.CustomFields;

namespace Kontor.Tests.Ui.CustomFields;

public sealed class AmountTextTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("1.234,50", "1234.50")]
    [InlineData("1234,5", "1234.5")]
    [InlineData("1.234", "1234")]
    [InlineData("12.345.678,9", "12345678.9")]
    [InlineData("1234.5", "1234.5")]
    [InlineData("-1.234,50 €", "-1234.50")]
    [InlineData("EUR 12,50", "12.50")]
    [InlineData(",5", "0.5")]
    [InlineData("1 234,5", "1234.5")]
    public void German_input_is_read_as_Germans_write_it(string typed, string expected)
    {
        Assert.True(AmountText.TryParse(typed, German, out var amount));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("1,234.50", "1234.50")]
    [InlineData("1,234", "1234")]
    [InlineData("1,5", "1.5")]
    [InlineData("$1,234.5", "1234.5")]
    public void English_input_is_read_as_the_English_write_it(string typed, string expected)
    {
        Assert.True(AmountText.TryParse(typed, English, out var amount));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("zwölf")]
    [InlineData("12.34,5")]
    [InlineData("1,2,3")]
    [InlineData("1.234.5")]
    [InlineData("12a")]
    public void Text_that_is_no_number_is_refused(string typed) =>
        Assert.False(AmountText.TryParse(typed, German, out _));

    [Fact]
    public void Amounts_are_shown_grouped_with_at_least_the_decimals_asked_for()
    {
        Assert.Equal("1.234,50", AmountText.Format(1234.5m, German));
        Assert.Equal("1.234,5", AmountText.Format(1234.5m, German, 0));
        Assert.Equal("0,1234", AmountText.Format(0.1234m, German));
        Assert.Equal("1,234.50", AmountText.Format(1234.5m, English));
    }
}
