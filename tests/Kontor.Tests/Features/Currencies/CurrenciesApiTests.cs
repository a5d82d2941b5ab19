using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Currencies;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Currencies;

public sealed class CurrenciesApiTests
{
    [Theory, AllDatabases]
    public async Task A_currency_is_created_listed_by_sort_and_read_by_code(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();

        var created = await client.PostAsJsonAsync("/api/v1/currencies", new { code = "SEK", name = "Swedish Krona", rate = 0.088m, minorUnits = 2, sort = 15 });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/currencies/SEK", created.Headers.Location?.AbsolutePath);
        var read = await client.GetJsonAsync("/api/v1/currencies/sek");
        Assert.Equal("Swedish Krona", read["name"]!.GetValue<string>());
        Assert.Equal(0.088m, read.Dec("rate"));
        Assert.False(read["isBase"]!.GetValue<bool>());
        var list = (await client.GetJsonAsync("/api/v1/currencies")).AsArray().Select(c => c!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(["EUR", "SEK", "USD", "GBP", "CHF", "PLN"], list);
    }

    [Theory, AllDatabases]
    public async Task Bad_or_duplicate_currencies_are_refused(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        (object Body, HttpStatusCode Status, string Code)[] cases =
        [
            (new { code = "USD", name = "Dollar again", rate = 0.9m }, HttpStatusCode.Conflict, "currencies.exists"),
            (new { code = "sek", name = "Swedish Krona", rate = 0.088m }, HttpStatusCode.BadRequest, "request.invalid"),
            (new { code = "SEKK", name = "Swedish Krona", rate = 0.088m }, HttpStatusCode.BadRequest, "request.invalid"),
            (new { code = "SEK", name = "Swedish Krona", rate = 0m }, HttpStatusCode.BadRequest, "request.invalid"),
            (new { code = "SEK", name = "Swedish Krona", rate = -1m }, HttpStatusCode.BadRequest, "request.invalid"),
            (new { code = "SEK", name = "Swedish Krona" }, HttpStatusCode.BadRequest, "request.invalid"),
            (new { code = "SEK", name = "Swedish Krona", rate = 0.088m, minorUnits = 5 }, HttpStatusCode.BadRequest, "request.invalid"),
        ];

        foreach (var (body, status, code) in cases)
        {
            var response = await client.PostAsJsonAsync("/api/v1/currencies", body);
            var problem = await response.JsonAsync();

            Assert.True(status == response.StatusCode, $"{body}: {(int)response.StatusCode} {problem.ToJsonString()}");
            Assert.Equal(code, problem.Code());
        }

        var usd = await client.GetJsonAsync("/api/v1/currencies/USD");
        Assert.Equal("US Dollar", usd["name"]!.GetValue<string>());
        Assert.Equal(0.92m, usd.Dec("rate"));
        var missing = await client.GetAsync("/api/v1/currencies/SEK");
        Assert.Equal("currencies.not_found", (await missing.JsonAsync()).Code());
    }

    [Theory, AllDatabases]
    public async Task A_rate_is_changed_but_the_base_rate_stays_1(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();

        var usd = await client.PatchJsonAsync("/api/v1/currencies/USD", new { rate = 0.8765432109876m, name = "Dollar" });
        var eur = await client.PatchJsonAsync("/api/v1/currencies/EUR", new { rate = 1.1m });
        var eurSame = await client.PatchJsonAsync("/api/v1/currencies/EUR", new { rate = 1m, sort = 5 });
        var unbase = await client.PatchJsonAsync("/api/v1/currencies/EUR", new { isBase = false });
        var readOnly = await client.PatchJsonAsync("/api/v1/currencies/USD", new { code = "USX" });

        Assert.Equal(HttpStatusCode.OK, usd.StatusCode);
        Assert.Equal(0.8765432110m, (await client.GetJsonAsync("/api/v1/currencies/USD")).Dec("rate"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, eur.StatusCode);
        Assert.Equal("currencies.base_rate_fixed", (await eur.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.OK, eurSame.StatusCode);
        Assert.Equal("currencies.base_required", (await unbase.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.BadRequest, readOnly.StatusCode);
        var euro = await client.GetJsonAsync("/api/v1/currencies/EUR");
        Assert.Equal(1m, euro.Dec("rate"));
        Assert.True(euro["isBase"]!.GetValue<bool>());
        Assert.Equal(5, euro["sort"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task Making_another_currency_the_base_re_expresses_every_rate_against_it(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        await client.PostJsonAsync("/api/v1/currencies", new { code = "JPY", name = "Yen", rate = 0.0062m, minorUnits = 0 });

        var response = await client.PatchJsonAsync("/api/v1/currencies/USD", new { isBase = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rates = await Rates(client);
        Assert.Equal(1m, rates["USD"].Rate);
        Assert.Equal(1.0869565217m, rates["EUR"].Rate); // 1 / 0.92 = 1.08695652173…
        Assert.Equal(1.2717391304m, rates["GBP"].Rate); // 1.17 / 0.92 = 1.27173913043…
        Assert.Equal(1.1413043478m, rates["CHF"].Rate); // 1.05 / 0.92 = 1.14130434782…
        Assert.Equal(0.25m, rates["PLN"].Rate); // 0.23 / 0.92
        Assert.Equal(0.0067391304m, rates["JPY"].Rate); // 0.0062 / 0.92 = 0.00673913043…
        Assert.Equal(["USD"], rates.Where(r => r.Value.IsBase).Select(r => r.Key));
        var sum = await app.WithDbAsync(async d =>
        {
            var snapshot = await CurrencyRates.LoadAsync(d, CancellationToken.None);
            return (snapshot.Base.Code, Sum: snapshot.SumInBase([("EUR", 100m), ("USD", 100m)]), Converted: snapshot.ConvertExact(10m, "USD", "PLN"));
        });
        Assert.Equal(("USD", 208.70m, 40m), sum); // 100 × 1.0869565217 + 100 = 208.69565217 → 208.70; 10 USD / 0.25 = 40 PLN
    }

    [Theory, AllDatabases]
    public async Task The_new_base_cannot_take_a_rate_other_than_1_and_rates_that_would_overflow_are_refused(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        await client.PostJsonAsync("/api/v1/currencies", new { code = "XTS", name = "Test units", rate = 0.0000000001m });

        var withRate = await client.PatchJsonAsync("/api/v1/currencies/USD", new { isBase = true, rate = 1.5m });
        var tooSmall = await client.PatchJsonAsync("/api/v1/currencies/XTS", new { isBase = true });

        Assert.Equal("currencies.base_rate_fixed", (await withRate.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooSmall.StatusCode);
        Assert.Equal("currencies.rate_out_of_range", (await tooSmall.JsonAsync()).Code());
        var rates = await Rates(client);
        Assert.True(rates["EUR"].IsBase);
        Assert.Equal(0.92m, rates["USD"].Rate);
        Assert.Equal(0.0000000001m, rates["XTS"].Rate);
    }

    [Theory, AllDatabases]
    public async Task A_currency_in_use_or_the_base_is_not_deleted(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        await client.PostJsonAsync("/api/v1/currencies", new { code = "SEK", name = "Swedish Krona", rate = 0.088m });
        await client.PostJsonAsync("/api/v1/currencies", new { code = "NOK", name = "Norwegian Krone", rate = 0.085m });
        await client.PostJsonAsync("/api/v1/products", new { name = "Sauna stove", price = 12000m, currency = "SEK" });
        await client.PostJsonAsync("/api/v1/deals", new { title = "Import order", currency = "GBP" });

        var usedByProduct = await client.DeleteAsync("/api/v1/currencies/SEK");
        var usedByDeal = await client.DeleteAsync("/api/v1/currencies/GBP");
        var baseCurrency = await client.DeleteAsync("/api/v1/currencies/EUR");
        var unused = await client.DeleteAsync("/api/v1/currencies/NOK");
        var unknown = await client.DeleteAsync("/api/v1/currencies/XXX");

        Assert.Equal(HttpStatusCode.Conflict, usedByProduct.StatusCode);
        Assert.Equal("currencies.in_use", (await usedByProduct.JsonAsync()).Code());
        Assert.Equal("currencies.in_use", (await usedByDeal.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.Conflict, baseCurrency.StatusCode);
        Assert.Equal("currencies.base", (await baseCurrency.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.NoContent, unused.StatusCode);
        Assert.Equal("currencies.not_found", (await unknown.JsonAsync()).Code());
        Assert.Equal(["CHF", "EUR", "GBP", "PLN", "SEK", "USD"], (await Rates(client)).Keys.Order());
    }

    private static async Task<Dictionary<string, (decimal Rate, bool IsBase)>> Rates(HttpClient client) =>
        (await client.GetJsonAsync("/api/v1/currencies")).AsArray()
            .ToDictionary(c => c!["code"]!.GetValue<string>(), c => (c!.Dec("rate"), c!["isBase"]!.GetValue<bool>()));
}
