using System.Net;
using System.Net.Http.Json;
using Kontor.Common;
using Kontor.Features.Deals;
using Kontor.Features.Timeline;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Deals;

public sealed class DealsApiTests
{
    [Theory, AllDatabases]
    public async Task A_deal_created_with_a_company_contacts_and_products_is_read_back_whole(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var company = await app.CompanyAsync();
        var ada = await app.ContactAsync("Ada", "Lovelace");
        var alan = await app.ContactAsync("Alan", "Turing");
        var product = await app.ProductAsync("Wartungsvertrag", 1000m);

        var created = await http.PostAsJsonAsync("/api/v1/deals", new
        {
            title = "Auftrag 2026-0042",
            companyId = company,
            contactIds = new[] { alan, ada },
            probability = 40,
            sourceId = "CALL",
            products = new object[]
            {
                new { productId = product, quantity = 2 },
                new { name = "Anfahrt", price = 80, taxRate = 19 },
            },
        });
        var deal = await created.JsonAsync();
        var read = await http.GetJsonAsync($"/api/v1/deals/{deal.Id()}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"\"{read["version"]}\"", created.Headers.ETag?.Tag);
        Assert.Equal("Auftrag 2026-0042", read["title"]!.GetValue<string>());
        Assert.Equal(company, read["companyId"]!.GetValue<long>());
        Assert.Equal([alan, ada], read["contactIds"]!.AsArray().Select(c => c!.GetValue<long>()));
        Assert.Equal(2475.20m, read.Dec("amount"));
        Assert.Equal(395.20m, read.Dec("taxValue"));
        Assert.False(read["isManualAmount"]!.GetValue<bool>());
        Assert.Equal("inProgress", read["stageSemantic"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Replacing_product_rows_recomputes_the_amount_unless_it_was_set_by_hand(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var following = await http.PostJsonAsync("/api/v1/deals", new { title = "Rows decide" });
        var manual = await http.PostJsonAsync("/api/v1/deals", new { title = "Hand decides", amount = 999.99 });
        var rows = new
        {
            rows = new object[]
            {
                new { name = "Lizenz", price = 119, taxRate = 19, taxIncluded = true, quantity = 3, discountType = "percent", discountValue = 10 },
                new { name = "Schulung", price = 500, taxRate = 19, discountType = "absolute", discountValue = 50 },
            },
        };

        var a = await (await http.PutAsJsonAsync($"/api/v1/deals/{following.Id()}/products", rows)).JsonAsync();
        var b = await (await http.PutAsJsonAsync($"/api/v1/deals/{manual.Id()}/products", rows)).JsonAsync();

        // 3 × 119 gross − 10 % = 321.30; (500 − 50) × 1.19 = 535.50
        Assert.Equal(856.80m, a["deal"]!.Dec("amount"));
        Assert.Equal(51.30m + 85.50m, a["deal"]!.Dec("taxValue"));
        Assert.Equal(2, a["rows"]!.AsArray().Count);
        Assert.Equal(107.10m, a["rows"]![0]!.Dec("priceFinal"));
        Assert.Equal(999.99m, b["deal"]!.Dec("amount"));
        Assert.True(b["deal"]!["isManualAmount"]!.GetValue<bool>());
    }

    [Theory, AllDatabases]
    public async Task Moving_a_deal_through_the_stages_to_won_closes_it_and_the_timeline_shows_every_change(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var pipeline = await app.DefaultPipelineAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 7" });
        var id = deal.Id();

        foreach (var code in new[] { "PREPARATION", "EXECUTING", "WON" })
        {
            app.Clock.Advance(TimeSpan.FromMinutes(10));
            var moved = await http.PatchJsonAsync($"/api/v1/deals/{id}", new { stageId = pipeline.StageId(code) });
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        var read = await http.GetJsonAsync($"/api/v1/deals/{id}");
        var timeline = await http.GetJsonAsync($"/api/v1/deals/{id}/timeline");
        var kinds = timeline["items"]!.AsArray().Select(i => i!["kind"]!.GetValue<string>()).ToList();

        Assert.True(read["isClosed"]!.GetValue<bool>());
        Assert.Equal("won", read["stageSemantic"]!.GetValue<string>());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, read["closedAt"]!.GetValue<DateTime>());
        Assert.Equal(["closed", "stageMoved", "stageMoved", "stageMoved", "created"], kinds);
        var last = timeline["items"]![1]!["data"]!;
        Assert.Equal("EXECUTING", last["from"]!["code"]!.GetValue<string>());
        Assert.Equal("WON", last["to"]!["code"]!.GetValue<string>());
        Assert.Equal("Anna Admin", timeline["items"]![1]!["authorName"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Moving_a_won_deal_back_to_an_in_progress_stage_reopens_it(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var pipeline = await app.DefaultPipelineAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 8", stageId = pipeline.StageId("WON") });

        var reopened = await (await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { stageId = pipeline.StageId("NEW") })).JsonAsync();

        Assert.True(deal["isClosed"]!.GetValue<bool>());
        Assert.False(reopened["isClosed"]!.GetValue<bool>());
        Assert.Null(reopened["closedAt"]);
    }

    [Theory, AllDatabases]
    public async Task Changing_the_pipeline_places_the_deal_on_the_first_stage_of_the_new_pipeline(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var service = await app.PipelineAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 9" });

        var moved = await (await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { pipelineId = service.Id })).JsonAsync();

        Assert.Equal(service.Id, moved["pipelineId"]!.GetValue<long>());
        Assert.Equal(service.StageId("NEW"), moved["stageId"]!.GetValue<long>());
    }

    [Theory, AllDatabases]
    public async Task Patching_fields_records_old_and_new_values_in_the_timeline(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var bernd = await app.UserAsync("bernd@kontor.test");
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Alt" });

        var patched = await (await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}",
            new { title = "Neu", responsibleId = bernd, observerIds = new[] { bernd }, comments = "Rückruf am Montag", amount = 1200.5m })).JsonAsync();
        var timeline = await http.GetJsonAsync($"/api/v1/deals/{deal.Id()}/timeline");
        var changes = timeline["items"]![0]!["data"]!["changes"]!.AsArray()
            .ToDictionary(c => c!["field"]!.GetValue<string>(), c => (c!["from"]?.GetValue<string>(), c["to"]?.GetValue<string>()));

        Assert.Equal(2, patched["version"]!.GetValue<int>());
        Assert.Equal(("Alt", "Neu"), changes["title"]);
        Assert.Equal(("1", bernd.ToString(System.Globalization.CultureInfo.InvariantCulture)), changes["responsibleId"]);
        Assert.Equal((null, "Rückruf am Montag"), changes["comments"]);
        Assert.Equal(("False", "True"), changes["isManualAmount"]);
        Assert.Equal([bernd], patched["observerIds"]!.AsArray().Select(o => o!.GetValue<long>()));
    }

    [Theory, AllDatabases]
    public async Task A_stale_if_match_is_refused_with_412_and_the_deal_stays_unchanged(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Erste Fassung" });
        await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { title = "Zweite Fassung" }, ifMatch: "\"1\"");

        var stale = await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { title = "Dritte Fassung" }, ifMatch: "\"1\"");
        var problem = await stale.JsonAsync();
        var read = await http.GetJsonAsync($"/api/v1/deals/{deal.Id()}");

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("concurrency.precondition_failed", problem.Code());
        Assert.Equal("Zweite Fassung", read["title"]!.GetValue<string>());
        Assert.Equal(2, read["version"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task A_concurrent_change_found_on_save_is_a_conflict_and_nothing_is_lost(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Ursprung" });

        var conflict = await app.WithDbAsync(async first =>
        {
            var mine = await first.LoadDealAsync(deal.Id(), CancellationToken.None);
            await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { title = "Von Anna" });
            mine!.Change(new DealChanges { Title = Optional.Of("Von Bernd") }, 1, app.Clock.GetUtcNow().UtcDateTime);
            return await Record.ExceptionAsync(() => first.SaveChangesAsync());
        });
        var read = await http.GetJsonAsync($"/api/v1/deals/{deal.Id()}");

        Assert.IsType<DbUpdateConcurrencyException>(conflict);
        Assert.Equal("Von Anna", read["title"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Deleting_a_deal_removes_it_with_its_rows_and_timeline(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Weg damit", products = new[] { new { name = "X", price = 1 } } });

        var deleted = await http.DeleteAsync($"/api/v1/deals/{deal.Id()}");
        var again = await http.GetAsync($"/api/v1/deals/{deal.Id()}");
        var left = await app.WithDbAsync(async d => await d.Set<TimelineEntry>().CountAsync(e => e.DealId == deal.Id()) + await d.Set<DealProductRow>().CountAsync());

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("deals.not_found", (await again.JsonAsync()).Code());
        Assert.Equal(0, left);
    }

    [Theory, AllDatabases]
    public async Task The_same_idempotency_key_and_body_return_the_first_answer_and_create_one_deal(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        HttpResponseMessage Send(object body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/deals") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", "order-4711");
            return http.SendAsync(request).GetAwaiter().GetResult();
        }

        var first = Send(new { title = "Einmalig" });
        var second = Send(new { title = "Einmalig" });
        var different = Send(new { title = "Etwas anderes" });
        var count = await app.WithDbAsync(d => d.Set<Deal>().CountAsync());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotency-Replayed").Single());
        Assert.Equal((await first.JsonAsync()).Id(), (await second.JsonAsync()).Id());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, different.StatusCode);
        Assert.Equal("idempotency.key_reused", (await different.JsonAsync()).Code());
        Assert.Equal(1, count);
    }

    [Theory, AllDatabases]
    public async Task Requests_without_credentials_or_with_an_unknown_token_are_401(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var anonymous = app.CreateClient();
        var forged = app.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", "kt_not-a-real-token");

        var a = await anonymous.GetAsync("/api/v1/deals");
        var b = await forged.GetAsync("/api/v1/deals");

        Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, b.StatusCode);
        Assert.Equal("auth.required", (await a.JsonAsync()).Code());
    }
}
