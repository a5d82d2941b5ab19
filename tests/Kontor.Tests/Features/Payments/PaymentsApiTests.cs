using System.Net;
using System.Net.Http.Json;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Payments;

public sealed class PaymentsApiTests
{
    [Theory, AllDatabases]
    public async Task Paid_against_total_converts_every_currency_into_the_deals_own(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Gemischt", amount = 1000, currency = "EUR" })).Id();
        await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 500, currency = "EUR", state = "paid" });
        await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 100, currency = "USD", state = "paid" }); // 92.00 EUR
        await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 200, currency = "CHF", state = "paid" }); // 210.00 EUR
        await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 300, currency = "EUR", state = "expected" });
        await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 50, currency = "EUR", state = "refunded" });

        var partly = (await http.GetJsonAsync($"/api/v1/deals/{deal}/payments"))["summary"]!;
        await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 198, state = "paid" });
        var whole = (await http.GetJsonAsync($"/api/v1/deals/{deal}/payments"))["summary"]!;

        Assert.Equal("EUR", partly["currency"]!.GetValue<string>());
        Assert.Equal(1000m, partly.Dec("total"));
        Assert.Equal(802.00m, partly.Dec("paid"));
        Assert.Equal(300m, partly.Dec("expected"));
        Assert.Equal(198m, partly.Dec("open"));
        Assert.False(partly["fullyPaid"]!.GetValue<bool>());
        Assert.Equal(1000m, whole.Dec("paid"));
        Assert.True(whole["fullyPaid"]!.GetValue<bool>());
    }

    [Theory, AllDatabases]
    public async Task A_deal_in_dollars_sums_euros_and_francs_rounded_to_cents(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Dollars", amount = 111.41, currency = "USD" })).Id();
        await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 92, currency = "EUR" }); // 100 USD
        await http.PostJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 10, currency = "CHF" }); // 11.413043… USD

        var summary = (await http.GetJsonAsync($"/api/v1/deals/{deal}/payments"))["summary"]!;

        Assert.Equal("USD", summary["currency"]!.GetValue<string>());
        Assert.Equal(111.41m, summary.Dec("paid"));
        Assert.True(summary["fullyPaid"]!.GetValue<bool>());
    }

    [Theory, AllDatabases]
    public async Task Every_change_of_a_payment_is_kept_in_the_timeline(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Historie", amount = 500 })).Id();
        var created = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 500, state = "expected", paidAt = "2026-03-20", method = "bankTransfer", reference = "RE-2026-17" });
        var payment = await created.JsonAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var paid = await http.PatchJsonAsync($"/api/v1/payments/{payment.Id()}", new { state = "paid", paidAt = "2026-03-18" }, ifMatch: created.Headers.ETag!.Tag);
        var stale = await http.PatchJsonAsync($"/api/v1/payments/{payment.Id()}", new { state = "refunded" }, ifMatch: created.Headers.ETag!.Tag);
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var deleted = await http.DeleteAsync($"/api/v1/payments/{payment.Id()}");
        var entries = (await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=payment"))["items"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, paid.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["deleted", "changed", "created"], entries.Select(e => e!["data"]!["event"]!.GetValue<string>()));
        var changes = entries[1]!["data"]!["changes"]!.AsArray();
        Assert.Contains(changes, c => c!["field"]!.GetValue<string>() == "state" && c["from"]!.GetValue<string>() == "expected" && c["to"]!.GetValue<string>() == "paid");
        Assert.Contains(changes, c => c!["field"]!.GetValue<string>() == "paidAt" && c["to"]!.GetValue<string>() == "2026-03-18");
        Assert.Equal("RE-2026-17", entries[0]!["data"]!["reference"]!.GetValue<string>());
        Assert.Equal(payment.Id(), entries[0]!["data"]!["id"]!.GetValue<long>());
    }

    [Theory, AllDatabases]
    public async Task Bad_payments_are_refused_and_change_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Fehler" })).Id();

        var zero = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 0 });
        var precise = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 1.00001 });
        var currency = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 10, currency = "XYZ" });
        var state = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/payments", new { amount = 10, state = "stolen" });
        var missing = await http.GetAsync("/api/v1/payments/999999");
        var list = await http.GetJsonAsync($"/api/v1/deals/{deal}/payments");

        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, precise.StatusCode);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "payments.currency_not_found"), (currency.StatusCode, (await currency.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.BadRequest, "request.malformed_json"), (state.StatusCode, (await state.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.NotFound, "payments.not_found"), (missing.StatusCode, (await missing.JsonAsync()).Code()));
        Assert.Empty(list["items"]!.AsArray());
    }
}
