using System.Globalization;
using Kontor.Common;
using Kontor.Features.Products;

namespace Kontor.Tests.Features.Products;

public sealed class LineItemTests
{
    [Theory]
    [InlineData(
        "no discount, no tax: every price is the entered 49.90; 3 × 49.90 = 149.70 net and gross, tax 0",
        "49.90", "3", DiscountType.None, "0", null, false, 2,
        "49.90", "49.90", "0", "0", "49.90", "49.90", "149.70", "0", "149.70")]
    [InlineData(
        "percent discount, tax excluded: brutto 200 × 1.19 = 238; 15 % of 200 = 30 off, exclusive 170, price 170 × 1.19 = 202.30; "
        + "× 2: net 340.00, total 404.60, tax 404.60 − 340.00 = 64.60",
        "200", "2", DiscountType.Percent, "15", "19", false, 2,
        "200", "238", "15", "30", "170", "202.30", "340.00", "64.60", "404.60")]
    [InlineData(
        "percent discount, tax included (the reference example): netto 100000 / 1.2 = 83333.3333; 20 % off the gross gives price 80000, "
        + "exclusive 80000 / 1.2 = 66666.6667, net discount 83333.3333… − 66666.6666… = 16666.6667; "
        + "total 80000.00, net 80000 / 1.2 = 66666.67, tax 13333.33",
        "100000", "1", DiscountType.Percent, "20", "20", true, 2,
        "83333.3333", "100000", "20", "16666.6667", "66666.6667", "80000", "66666.67", "13333.33", "80000.00")]
    [InlineData(
        "absolute discount, tax excluded: 25 off 120 leaves exclusive 95 (a rate of 25 / 120 = 20.8333 %); brutto 120 × 1.19 = 142.80, "
        + "price 95 × 1.19 = 113.05; × 4: net 380.00, total 452.20, tax 72.20",
        "120", "4", DiscountType.Absolute, "25", "19", false, 2,
        "120", "142.80", "20.8333", "25", "95", "113.05", "380.00", "72.20", "452.20")]
    [InlineData(
        "absolute discount, tax included: the 19 is taken off the gross 119, so price 100; netto 119 / 1.19 = 100, "
        + "exclusive 100 / 1.19 = 84.0336, net discount 100 − 84.0336… = 15.9664 (the rate 19 / 119 = 15.9664 %); "
        + "× 2: total 200.00, net 200 / 1.19 = 168.07, tax 31.93",
        "119", "2", DiscountType.Absolute, "19", "19", true, 2,
        "100", "119", "15.9664", "15.9664", "84.0336", "100", "168.07", "31.93", "200.00")]
    [InlineData(
        "a fraction of a unit: 2.5 kg at 3.98 per kg = 9.95",
        "3.98", "2.5", DiscountType.None, "0", null, false, 2,
        "3.98", "3.98", "0", "0", "3.98", "3.98", "9.95", "0", "9.95")]
    [InlineData(
        "rounding half away from zero: 3 × 0.335 = 1.005 becomes 1.01 (banker's rounding would give 1.00); unit prices keep 0.335",
        "0.335", "3", DiscountType.None, "0", null, false, 2,
        "0.335", "0.335", "0", "0", "0.335", "0.335", "1.01", "0", "1.01")]
    [InlineData(
        "a currency without minor unit (JPY): 10 % off 1250 = 1125 net, price 1125 × 1.10 = 1237.5 per unit; "
        + "× 3: net 3375, total 3712.5 rounds to 3713, tax 338",
        "1250", "3", DiscountType.Percent, "10", "10", false, 0,
        "1250", "1375", "10", "125", "1125", "1237.5", "3375", "338", "3713")]
    [InlineData(
        "100 % discount: the whole net 59 is taken off, so exclusive, price and every total are 0; brutto stays 59 × 1.19 = 70.21",
        "59", "2", DiscountType.Percent, "100", "19", false, 2,
        "59", "70.21", "100", "59", "0", "0", "0", "0", "0")]
    [InlineData(
        "tax 7 % added: 12.50 × 1.07 = 13.375 per unit; × 3: net 37.50, total 40.125 rounds to 40.13, tax 2.63",
        "12.50", "3", DiscountType.None, "0", "7", false, 2,
        "12.50", "13.375", "0", "0", "12.50", "13.375", "37.50", "2.63", "40.13")]
    [InlineData(
        "tax 7 % included: netto 21.40 / 1.07 = 20; × 3: total 64.20, net 64.20 / 1.07 = 60.00, tax 4.20",
        "21.40", "3", DiscountType.None, "0", "7", true, 2,
        "20", "21.40", "0", "0", "20", "21.40", "60.00", "4.20", "64.20")]
    [InlineData(
        "tax included, the tax follows from the rounded gross total: 9.99 / 1.19 = 8.3950 per unit; "
        + "total 9.99, net 8.39, tax 9.99 − 8.39 = 1.60",
        "9.99", "1", DiscountType.None, "0", "19", true, 2,
        "8.3950", "9.99", "0", "0", "8.3950", "9.99", "8.39", "1.60", "9.99")]
    public void A_row_computes_its_four_prices_and_totals(
        string why, string price, string quantity, DiscountType discountType, string discountValue, string? taxRate, bool taxIncluded,
        int minorUnits, string netto, string brutto, string discountRate, string discountSum, string exclusive, string finalPrice,
        string netTotal, string taxTotal, string total)
    {
        var input = new LineItemInput(D(price), D(quantity), discountType, D(discountValue), taxRate is null ? null : D(taxRate), taxIncluded);

        var row = LineItem.Compute(input, minorUnits);

        var expected = new LineItem(
            D(netto), D(brutto), D(discountRate), D(discountSum), D(exclusive), D(finalPrice), D(netTotal), D(taxTotal), D(total));
        Assert.True(expected == row, $"{why}\nexpected {expected}\nactual   {row}");
    }

    [Fact]
    public void A_mixed_deal_totals_the_rounded_row_totals_and_their_taxes()
    {
        LineItemInput[] rows =
        [
            new(200m, 2m, DiscountType.Percent, 15m, 19m, false),
            new(12.50m, 3m, DiscountType.None, 0m, 7m, false),
            new(0.335m, 1m, DiscountType.None, 0m, null, false),
            new(0.335m, 1m, DiscountType.None, 0m, null, false),
        ];

        var items = rows.Select(r => LineItem.Compute(r, 2)).ToList();

        Assert.Equal([404.60m, 40.13m, 0.34m, 0.34m], items.Select(i => i.Total));
        Assert.Equal([64.60m, 2.63m, 0m, 0m], items.Select(i => i.TaxTotal));
        var sumOfRoundedRowTotals = 404.60m + 40.13m + 0.34m + 0.34m;
        var roundedSumOfExactAmounts = Money.Round(404.60m + 40.125m + 0.335m + 0.335m, 2);
        Assert.Equal(sumOfRoundedRowTotals, items.Sum(i => i.Total));
        Assert.NotEqual(roundedSumOfExactAmounts, items.Sum(i => i.Total));
        Assert.Equal(64.60m + 2.63m, items.Sum(i => i.TaxTotal));
    }

    [Theory]
    [InlineData("quantity", "10", "-1", DiscountType.None, "0", null, "a negative quantity")]
    [InlineData("quantity", "10", "0", DiscountType.None, "0", null, "a zero quantity")]
    [InlineData("quantity", "10", "1.23456", DiscountType.None, "0", null, "a quantity with five decimals, which the storage would cut")]
    [InlineData("quantity", "100000000", "2000000", DiscountType.None, "0", null, "a row total of 2·10^14, above the largest amount 10^14")]
    [InlineData("price", "-0.01", "1", DiscountType.None, "0", null, "a negative price")]
    [InlineData("price", "0.33333", "1", DiscountType.None, "0", null, "a price with five decimals")]
    [InlineData("discountValue", "10", "1", DiscountType.Percent, "100.5", null, "a discount above 100 %")]
    [InlineData("discountValue", "10", "1", DiscountType.Percent, "-5", null, "a negative percent discount")]
    [InlineData("discountValue", "10", "1", DiscountType.Absolute, "10.01", null, "an absolute discount above the price")]
    [InlineData("discountValue", "10", "1", DiscountType.None, "2", null, "a discount value without a discount type")]
    [InlineData("taxRate", "10", "1", DiscountType.None, "0", "100.01", "a tax rate above 100 %")]
    [InlineData("taxRate", "10", "1", DiscountType.None, "0", "-1", "a negative tax rate")]
    public void An_invalid_row_names_the_field_at_fault(
        string field, string price, string quantity, DiscountType discountType, string discountValue, string? taxRate, string why)
    {
        var input = new LineItemInput(D(price), D(quantity), discountType, D(discountValue), taxRate is null ? null : D(taxRate), false);

        var errors = LineItem.Validate(input, "rows[3]");

        Assert.True(errors.Keys.SequenceEqual([$"rows[3].{field}"]), $"{why}: expected an error on {field}, got [{string.Join(", ", errors.Keys)}]");
    }

    [Fact]
    public void A_valid_row_at_the_limits_has_no_errors()
    {
        var input = new LineItemInput(10m, 2.5m, DiscountType.Absolute, 10m, 100m, true);

        var errors = LineItem.Validate(input, "rows[0]");

        Assert.Empty(errors);
    }

    private static decimal D(string value) => decimal.Parse(value, NumberStyles.Number, CultureInfo.InvariantCulture);
}
