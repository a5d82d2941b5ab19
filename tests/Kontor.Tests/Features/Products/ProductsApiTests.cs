using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kontor.Features.Products;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Products;

public sealed class ProductsApiTests
{
    [Theory, AllDatabases]
    public async Task A_product_is_created_read_changed_and_deleted(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();

        var created = await client.PostAsJsonAsync("/api/v1/products", new
        {
            name = "Espresso machine",
            sku = "EM-100",
            description = "Dual boiler, 2 l tank",
            price = 499.90m,
            currency = "USD",
            taxRate = 19m,
            taxIncluded = true,
            unit = "set",
            isActive = true,
            sort = 10,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var id = (await created.JsonAsync()).Id();
        Assert.Equal($"/api/v1/products/{id}", created.Headers.Location?.AbsolutePath);

        var read = await client.GetJsonAsync($"/api/v1/products/{id}");
        Assert.Equal("Espresso machine", read["name"]!.GetValue<string>());
        Assert.Equal("EM-100", read["sku"]!.GetValue<string>());
        Assert.Equal("Dual boiler, 2 l tank", read["description"]!.GetValue<string>());
        Assert.Equal(499.90m, read.Dec("price"));
        Assert.Equal("USD", read["currency"]!.GetValue<string>());
        Assert.Equal(19m, read.Dec("taxRate"));
        Assert.True(read["taxIncluded"]!.GetValue<bool>());
        Assert.Equal("set", read["unit"]!.GetValue<string>());
        Assert.Equal(10, read["sort"]!.GetValue<int>());

        var patched = await client.PatchJsonAsync($"/api/v1/products/{id}", new { price = 459.9m, description = (string?)null, taxRate = (decimal?)null }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("\"2\"", patched.Headers.ETag?.Tag);
        var changed = await client.GetJsonAsync($"/api/v1/products/{id}");
        Assert.Equal(459.9m, changed.Dec("price"));
        Assert.Null(changed["description"]);
        Assert.Null(changed["taxRate"]);
        Assert.Equal("Espresso machine", changed["name"]!.GetValue<string>());
        Assert.Equal(2, changed["version"]!.GetValue<int>());

        var deleted = await client.DeleteAsync($"/api/v1/products/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        var gone = await client.GetAsync($"/api/v1/products/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("products.not_found", (await gone.JsonAsync()).Code());
    }

    [Theory, AllDatabases]
    public async Task A_product_with_only_name_and_price_gets_the_base_currency_and_defaults(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();

        var product = await client.PostJsonAsync("/api/v1/products", new { name = "  Cable  ", price = 0m });

        Assert.Equal("Cable", product["name"]!.GetValue<string>());
        Assert.Equal("EUR", product["currency"]!.GetValue<string>());
        Assert.Equal("pcs", product["unit"]!.GetValue<string>());
        Assert.True(product["isActive"]!.GetValue<bool>());
        Assert.False(product["taxIncluded"]!.GetValue<bool>());
        Assert.Null(product["taxRate"]);
        Assert.Null(product["sku"]);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, product["createdAt"]!.GetValue<DateTime>());
    }

    [Theory, AllDatabases]
    public async Task Searching_by_name_or_sku_pages_through_the_matches_by_name(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var adapter = await Create(client, "Adapter", "CABLE-ADP");
        var alpha = await Create(client, "Cable Alpha", "C-1");
        var beta1 = await Create(client, "Cable Beta", null);
        var beta2 = await Create(client, "Cable Beta", "C-2");
        var delta = await Create(client, "Cable Delta", "C-3", isActive: false);
        var gamma = await Create(client, "Cable Gamma", "C-4");
        await Create(client, "Monitor", "MON-1");

        var first = await client.GetJsonAsync("/api/v1/products?q=cAbLe&limit=3");
        var next = first["next"]!.GetValue<string>();
        var second = await client.GetJsonAsync($"/api/v1/products?q=cAbLe&limit=3&cursor={next}");
        var active = await client.GetJsonAsync("/api/v1/products?q=cable&active=true");
        var inactive = await client.GetJsonAsync("/api/v1/products?active=false");
        var wildcard = await client.GetJsonAsync("/api/v1/products?q=%25");

        Assert.Equal([adapter, alpha, beta1], Ids(first));
        Assert.Equal([beta2, delta, gamma], Ids(second));
        Assert.Null(second["next"]);
        Assert.Equal([adapter, alpha, beta1, beta2, gamma], Ids(active));
        Assert.Equal([delta], Ids(inactive));
        Assert.Empty(Ids(wildcard));
    }

    [Theory, AllDatabases]
    public async Task A_cursor_that_is_not_one_is_refused(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();

        var response = await client.GetAsync("/api/v1/products?cursor=not-a-cursor");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("paging.invalid_cursor", (await response.JsonAsync()).Code());
    }

    [Theory, AllDatabases]
    public async Task Bad_input_to_create_is_refused_and_stores_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        (string Body, HttpStatusCode Status, string Code, string? Field)[] cases =
        [
            ("""{"name":"Lamp","price":10,"colour":"red"}""", HttpStatusCode.BadRequest, "request.malformed_json", "colour"),
            ("""{"name":"Lamp","price":"cheap"}""", HttpStatusCode.BadRequest, "request.malformed_json", "price"),
            ("""{"name":"Lamp","price":-1}""", HttpStatusCode.BadRequest, "request.invalid", "price"),
            ("""{"name":"Lamp","price":1.23456}""", HttpStatusCode.BadRequest, "request.invalid", "price"),
            ("""{"name":"Lamp"}""", HttpStatusCode.BadRequest, "request.invalid", "price"),
            ("""{"name":"   ","price":10}""", HttpStatusCode.BadRequest, "request.invalid", "name"),
            ("""{"name":"Lamp","price":10,"taxRate":101}""", HttpStatusCode.BadRequest, "request.invalid", "taxRate"),
            ("""{"name":"Lamp","price":10,"currency":"eur"}""", HttpStatusCode.BadRequest, "request.invalid", "currency"),
            ("""{"name":"Lamp","price":10,"currency":"XYZ"}""", HttpStatusCode.UnprocessableEntity, "products.currency_not_found", null),
        ];

        foreach (var (body, status, code, field) in cases)
        {
            var response = await client.PostAsync("/api/v1/products", Api.Raw(body));
            var problem = await response.JsonAsync();

            Assert.True(status == response.StatusCode, $"{body}: {(int)response.StatusCode} {problem.ToJsonString()}");
            Assert.Equal(code, problem.Code());
            if (field is not null)
            {
                Assert.True(problem["errors"]?.AsObject().Any(e => e.Key.Contains(field, StringComparison.Ordinal)) == true, $"{body}: {problem.ToJsonString()}");
            }
        }

        Assert.Equal(0, await app.WithDbAsync(d => d.Set<Product>().CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task Bad_input_to_a_change_is_refused_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = await Create(client, "Lamp", "L-1");
        (string Body, HttpStatusCode Status, string Code)[] cases =
        [
            ("""{"price":20,"colour":"red"}""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{"price":"cheap"}""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{"price":-1}""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{"name":null}""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{"version":7}""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""[{"price":20}]""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{"price":20,"currency":"XYZ"}""", HttpStatusCode.UnprocessableEntity, "products.currency_not_found"),
        ];

        foreach (var (body, status, code) in cases)
        {
            using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/products/{id}") { Content = Api.Raw(body) };
            var response = await client.SendAsync(request);
            var problem = await response.JsonAsync();

            Assert.True(status == response.StatusCode, $"{body}: {(int)response.StatusCode} {problem.ToJsonString()}");
            Assert.Equal(code, problem.Code());
        }

        var product = await client.GetJsonAsync($"/api/v1/products/{id}");
        Assert.Equal(10m, product.Dec("price"));
        Assert.Equal("EUR", product["currency"]!.GetValue<string>());
        Assert.Equal(1, product["version"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task A_change_with_a_stale_if_match_is_refused_with_412(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = await Create(client, "Lamp", "L-1");
        var first = await client.PatchJsonAsync($"/api/v1/products/{id}", new { price = 12m }, ifMatch: "\"1\"");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var stale = await client.PatchJsonAsync($"/api/v1/products/{id}", new { price = 15m }, ifMatch: "\"1\"");
        using var staleDelete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/products/{id}");
        staleDelete.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        var deleted = await client.SendAsync(staleDelete);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("concurrency.precondition_failed", (await stale.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.PreconditionFailed, deleted.StatusCode);
        var product = await client.GetJsonAsync($"/api/v1/products/{id}");
        Assert.Equal(12m, product.Dec("price"));
        Assert.Equal(2, product["version"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task A_product_on_deal_rows_is_not_deleted_but_can_be_deactivated(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = await Create(client, "Lamp", "L-1");
        var deal = await client.PostJsonAsync("/api/v1/deals", new { title = "Office lights", products = new[] { new { productId = id, quantity = 2m } } });

        var refused = await client.DeleteAsync($"/api/v1/products/{id}");
        var deactivated = await client.PatchJsonAsync($"/api/v1/products/{id}", new { isActive = false, name = "Lamp (old)", price = 99m });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("products.in_use", (await refused.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False((await deactivated.JsonAsync())["isActive"]!.GetValue<bool>());
        var rows = (await client.GetJsonAsync($"/api/v1/deals/{deal.Id()}/products"))["rows"]!.AsArray();
        var row = Assert.Single(rows)!;
        Assert.Equal(id, row["productId"]!.GetValue<long>());
        Assert.Equal("Lamp", row["name"]!.GetValue<string>());
        Assert.Equal(10m, row.Dec("price"));
        Assert.Equal(20m, row.Dec("total"));
    }

    private static async Task<long> Create(HttpClient client, string name, string? sku, bool isActive = true) =>
        (await client.PostJsonAsync("/api/v1/products", new { name, sku, price = 10m, isActive })).Id();

    private static List<long> Ids(JsonNode page) => page["items"]!.AsArray().Select(i => i!.Id()).ToList();
}
