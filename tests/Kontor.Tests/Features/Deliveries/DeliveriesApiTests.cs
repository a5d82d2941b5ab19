using System.Net;
using System.Net.Http.Json;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Deliveries;

public sealed class DeliveriesApiTests
{
    [Theory, AllDatabases]
    public async Task A_delivery_moves_from_preparing_to_delivered_and_each_step_is_in_the_timeline(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Lieferung" })).Id();
        var delivery = await http.PostJsonAsync($"/api/v1/deals/{deal}/deliveries", new { address = "Braun Elektro KG\nHauptstr. 1\n10115 Berlin", expectedAt = "2026-03-10" });

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await http.PatchJsonAsync($"/api/v1/deliveries/{delivery.Id()}", new { state = "shipped", carrier = "DHL", trackingNumber = "JJD000390007", shippedAt = "2026-03-05" });
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var delivered = await (await http.PatchJsonAsync($"/api/v1/deliveries/{delivery.Id()}", new { state = "delivered", deliveredAt = "2026-03-06" })).JsonAsync();
        var list = await http.GetJsonAsync($"/api/v1/deals/{deal}/deliveries");
        var entries = (await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=delivery"))["items"]!.AsArray();

        Assert.Equal("preparing", delivery["state"]!.GetValue<string>());
        Assert.Equal("delivered", delivered["state"]!.GetValue<string>());
        Assert.Equal("JJD000390007", delivered["trackingNumber"]!.GetValue<string>());
        Assert.Single(list.AsArray());
        Assert.Equal(["delivered", "shipped", "preparing"], entries.Select(e => e!["data"]!["state"]!.GetValue<string>()));
        Assert.Equal(["changed", "changed", "created"], entries.Select(e => e!["data"]!["event"]!.GetValue<string>()));
        Assert.Equal(4, entries[1]!["data"]!["changes"]!.AsArray().Count);
    }

    [Theory, AllDatabases]
    public async Task Bad_deliveries_are_refused(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Fehler" })).Id();
        var delivery = await http.PostJsonAsync($"/api/v1/deals/{deal}/deliveries", new { });

        var backwards = await http.PostAsJsonAsync($"/api/v1/deals/{deal}/deliveries", new { shippedAt = "2026-03-05", deliveredAt = "2026-03-01" });
        var state = await http.PatchJsonAsync($"/api/v1/deliveries/{delivery.Id()}", new { state = "lost" });
        var unknown = await http.PatchJsonAsync($"/api/v1/deliveries/{delivery.Id()}", new { color = "red" });
        var missing = await http.PatchJsonAsync("/api/v1/deliveries/999999", new { carrier = "UPS" });

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, state.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "deliveries.not_found"), (missing.StatusCode, (await missing.JsonAsync()).Code()));
    }
}
