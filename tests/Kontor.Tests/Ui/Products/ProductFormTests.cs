using Kontor.Features.Products;
using Kontor.Tests.Support;
using Kontor.Ui.Products;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Ui.Products;

public sealed class ProductFormTests
{
    private static ProductForm Valid() => new() { Name = "Wartungsvertrag", Price = 1200m, Currency = "EUR", TaxRate = 19m, Unit = "pcs" };

    [Fact]
    public void A_filled_form_is_valid_and_becomes_a_create_request()
    {
        var form = Valid();
        form.Name = "  Wartungsvertrag ";

        var request = form.ToCreateRequest();

        Assert.Null(form.Validate());
        Assert.Equal("Wartungsvertrag", request.Name);
        Assert.Equal(1200m, request.Price);
        Assert.Equal(19m, request.TaxRate);
    }

    [Fact]
    public void Missing_price_empty_name_blank_unit_and_too_high_tax_are_named_by_field()
    {
        var form = new ProductForm { Name = "", Price = null, TaxRate = 120m, Unit = " " };

        var fields = form.Validate()?.Fields;

        Assert.NotNull(fields);
        Assert.Equal(["name", "price", "taxRate", "unit"], fields.Keys.Order());
        Assert.Equal(["A price is required."], fields["price"]);
    }

    [Fact]
    public void A_price_with_more_than_four_decimals_is_refused()
    {
        var form = Valid();
        form.Price = 0.00001m;

        Assert.True(form.Validate()?.Fields?.ContainsKey("price"));
    }

    [Fact]
    public void An_unchanged_product_reads_back_into_the_same_patch()
    {
        var product = new ProductResponse(4, "Montage", "MO-H", null, 85m, "EUR", 19m, false, "h", true, 100, DateTime.UnixEpoch, DateTime.UnixEpoch, 2);

        var patch = ProductForm.From(product).ToPatch();

        Assert.Equal("""{"name":"Montage","sku":"MO-H","description":null,"price":85,"currency":"EUR","taxRate":19,"taxIncluded":false,"unit":"h"}""", patch.GetRawText());
    }

    [Theory]
    [InlineData(ProductListStatus.Active, true)]
    [InlineData(ProductListStatus.Inactive, false)]
    [InlineData(ProductListStatus.All, null)]
    public void The_status_filter_maps_to_the_active_query(ProductListStatus status, bool? active) =>
        Assert.Equal(active, ProductForm.ActiveFilter(status));

    [Fact]
    public void Tax_text_shows_the_rate_and_whether_it_is_included()
    {
        Assert.Equal("19 % plus", ProductForm.TaxText(19m, included: false, "incl.", "plus"));
        Assert.Equal("7 % incl.", ProductForm.TaxText(7m, included: true, "incl.", "plus"));
        Assert.Equal("—", ProductForm.TaxText(null, included: false, "incl.", "plus"));
    }

    [Theory, AllDatabases]
    public async Task Deactivating_through_the_product_slice_keeps_the_product_and_its_other_fields(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var id = await app.ProductAsync("Anfahrt", 45m);
        var patch = System.Text.Json.JsonSerializer.SerializeToElement(new { isActive = false });

        var (saved, error) = await app.WithDbAsync(d => UpdateProduct.RunAsync(d, id, patch, _ => true, app.Clock, CancellationToken.None));

        Assert.Null(error);
        Assert.False(saved!.IsActive);
        var stored = await app.WithDbAsync(d => d.Set<Product>().SingleAsync(p => p.Id == id));
        Assert.Equal((false, 45m, "Anfahrt"), (stored.IsActive, stored.Price, stored.Name));
    }
}
