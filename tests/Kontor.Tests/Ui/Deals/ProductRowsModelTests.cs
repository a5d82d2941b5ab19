using Kontor.Features.Deals;
using Kontor.Features.Products;
using Kontor.Ui.Deals;

namespace Kontor.Tests.Ui.Deals;

public sealed class ProductRowsModelTests
{
    [Fact]
    public void Totals_follow_the_row_math_the_server_stores()
    {
        var model = new ProductRowsModel([], minorUnits: 2);
        model.Rows.Add(new ProductRowDraft { Name = "Wartungsvertrag", Price = 1200m, TaxRate = 19m });
        model.Rows.Add(new ProductRowDraft { Name = "Montage", Quantity = 6m, Price = 85m, DiscountMode = DiscountMode.Percent, Discount = 10m, TaxRate = 19m });

        var (net, tax, total) = model.Totals;

        Assert.Equal(1659.00m, net);
        Assert.Equal(315.21m, tax);
        Assert.Equal(1974.21m, total);
        var row = DealProductRow.From(null, "Montage", "h", 1, model.Rows[1].ToLineItem(), 2);
        Assert.Equal(row.Total, model.Compute(model.Rows[1])!.Total);
    }

    [Fact]
    public void A_row_the_server_would_refuse_has_errors_and_counts_nothing()
    {
        var model = new ProductRowsModel([], 2);
        var good = model.AddFree("Anfahrt");
        good.Price = 50m;
        var bad = model.AddFree("");
        bad.Quantity = -1m;
        bad.Price = 10m;

        Assert.Empty(model.Errors(good));
        Assert.Equal(["name", "quantity"], model.Errors(bad).Keys.Order());
        Assert.Null(model.Compute(bad));
        Assert.Equal(50m, model.Totals.Total);
        Assert.False(model.IsValid);
    }

    [Fact]
    public void A_zero_discount_is_saved_as_no_discount_whatever_mode_is_shown()
    {
        var row = new ProductRowDraft { Name = "Anfahrt", Price = 50m, DiscountMode = DiscountMode.Absolute, Discount = 0m };

        var input = row.ToInput();

        Assert.Equal(DiscountType.None, input.DiscountType);
        Assert.Equal(0m, input.DiscountValue);
    }

    [Fact]
    public void An_absolute_discount_is_saved_as_entered_per_unit()
    {
        var row = new ProductRowDraft { Name = "Schaltschrank", Price = 2490m, DiscountMode = DiscountMode.Absolute, Discount = 90m, TaxRate = 19m, TaxIncluded = true };

        var input = row.ToInput();

        Assert.Equal(DiscountType.Absolute, input.DiscountType);
        Assert.Equal(90m, input.DiscountValue);
        Assert.True(input.TaxIncluded);
        Assert.Equal("pcs", input.Unit);
    }

    [Fact]
    public void Rows_read_from_the_server_come_back_as_the_same_inputs()
    {
        var stored = DealProductRow.From(4, "Montage", "h", 0, new LineItemInput(85m, 6m, DiscountType.Percent, 10m, 19m, false), 2);
        var response = DealProducts.RowResponse.From(stored);

        var model = new ProductRowsModel([response], 2);
        var input = model.ToInputs().Single();

        Assert.Equal(
            new DealProducts.RowInput
            {
                ProductId = 4,
                Name = "Montage",
                Price = 85m,
                Quantity = 6m,
                Unit = "h",
                DiscountType = DiscountType.Percent,
                DiscountValue = 10m,
                TaxRate = 19m,
                TaxIncluded = false,
            },
            input);
        Assert.False(model.IsDirty);
    }

    [Fact]
    public void Editing_adding_or_removing_a_row_makes_the_grid_unsaved_until_it_is_saved()
    {
        var stored = DealProducts.RowResponse.From(DealProductRow.From(null, "Anfahrt", "pcs", 0, new LineItemInput(50m, 1m, DiscountType.None, 0m, null, false), 2));
        var edited = new ProductRowsModel([stored], 2);
        var added = new ProductRowsModel([stored], 2);
        var removed = new ProductRowsModel([stored], 2);

        edited.Rows[0].Quantity = 2m;
        added.AddFree("Montage");
        removed.Remove(removed.Rows[0]);

        Assert.True(edited.IsDirty);
        Assert.True(added.IsDirty);
        Assert.True(removed.IsDirty);
        edited.MarkSaved();
        Assert.False(edited.IsDirty);
    }

    [Fact]
    public void A_catalog_product_fills_name_unit_tax_and_the_converted_price()
    {
        var product = new ProductResponse(9, "Wartungsvertrag", "WV-1", null, 1000m, "USD", 19m, true, "Jahr", true, 100, default, default, 1);

        var row = ProductRowDraft.For(product, priceInDealCurrency: 925.9259m);

        Assert.Equal((9L, "Wartungsvertrag", "Jahr", 925.9259m, 19m, true), (row.ProductId!.Value, row.Name, row.Unit, row.Price, row.TaxRate!.Value, row.TaxIncluded));
    }
}
