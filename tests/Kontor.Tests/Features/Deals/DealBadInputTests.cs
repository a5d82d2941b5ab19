using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Deals;
using Kontor.Features.Timeline;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Deals;

/// <summary>Bad input is a 4xx ProblemDetails with a stable code, and changes nothing.</summary>
public sealed class DealBadInputTests(SharedApps apps) : IClassFixture<SharedApps>
{
    public static readonly TheoryData<Db, string, string, int, string> BadCreates = Cases(
        ("{\"title\":", 400, "request.malformed_json"),
        ("not json at all", 400, "request.malformed_json"),
        ("{\"title\":\"A\",\"amount\":\"viel\"}", 400, "request.malformed_json"),
        ("{\"title\":42}", 400, "request.malformed_json"),
        ("{\"title\":\"A\",\"probability\":1.5}", 400, "request.malformed_json"),
        ("{\"title\":\"A\",\"colour\":\"red\"}", 400, "request.malformed_json"),
        ("{\"title\":\"\"}", 400, "request.invalid"),
        ("{}", 400, "request.invalid"),
        ($"{{\"title\":\"{new string('x', 100_000)}\"}}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"probability\":101}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"amount\":-1}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"currency\":\"euro\"}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"currency\":\"XXX\"}", 422, "deals.currency_not_found"),
        ("{\"title\":\"A\",\"companyId\":999999}", 422, "deals.company_not_found"),
        ("{\"title\":\"A\",\"contactIds\":[999999]}", 422, "deals.contact_not_found"),
        ("{\"title\":\"A\",\"responsibleId\":999999}", 422, "deals.user_not_found"),
        ("{\"title\":\"A\",\"observerIds\":[999999]}", 422, "deals.user_not_found"),
        ("{\"title\":\"A\",\"pipelineId\":999999}", 422, "deals.pipeline_not_found"),
        ("{\"title\":\"A\",\"stageId\":999999}", 422, "deals.stage_not_found"),
        ("{\"title\":\"A\",\"beginDate\":\"2026-05-01\",\"closeDate\":\"2026-04-01\"}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"products\":[{\"name\":\"X\",\"price\":10,\"quantity\":-2}]}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"products\":[{\"name\":\"X\",\"price\":10,\"quantity\":0}]}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"products\":[{\"name\":\"X\",\"price\":-10}]}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"products\":[{\"name\":\"X\",\"price\":10,\"discountType\":\"percent\",\"discountValue\":150}]}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"products\":[{\"name\":\"X\",\"price\":10,\"discountType\":\"absolute\",\"discountValue\":11}]}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"products\":[{\"name\":\"X\",\"price\":10,\"taxRate\":250}]}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"products\":[{\"price\":10}]}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"products\":[{\"name\":\"X\"}]}", 400, "request.invalid"),
        ("{\"title\":\"A\",\"products\":[{\"productId\":999999}]}", 422, "deals.product_not_found"),
        ("{\"title\":\"A\",\"products\":[{\"name\":\"X\",\"price\":10,\"discountType\":\"bogus\"}]}", 400, "request.malformed_json"));

    [Theory, MemberData(nameof(BadCreates))]
    public async Task A_bad_create_is_refused_and_stores_nothing(Db db, string body, string _, int status, string code)
    {
        var (app, http) = await apps.GetAsync(db);
        var before = await app.WithDbAsync(d => d.Set<Deal>().CountAsync());

        var response = await http.PostAsync("/api/v1/deals", Api.Raw(body));
        var problem = await response.JsonAsync();
        var after = await app.WithDbAsync(d => d.Set<Deal>().CountAsync());

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, problem.Code());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, after);
    }

    public static readonly TheoryData<Db, string, string, int, string> BadPatches = Cases(
        ("[1,2]", 400, "request.invalid"),
        ("{\"title\":\"\"}", 400, "request.invalid"),
        ("{\"title\":null}", 400, "request.invalid"),
        ($"{{\"title\":\"{new string('x', 100_000)}\"}}", 400, "request.invalid"),
        ("{\"title\":17}", 400, "request.invalid"),
        ("{\"amount\":\"hoch\"}", 400, "request.invalid"),
        ("{\"amount\":-5}", 400, "request.invalid"),
        ("{\"probability\":101}", 400, "request.invalid"),
        ("{\"stageId\":\"WON\"}", 400, "request.invalid"),
        ("{\"closeDate\":\"31.12.2026\"}", 400, "request.invalid"),
        ("{\"beginDate\":\"2027-01-10\"}", 400, "request.invalid"),
        ("{\"colour\":\"red\"}", 400, "request.invalid"),
        ("{\"version\":7}", 400, "request.invalid"),
        ("{\"contactIds\":[\"a\"]}", 400, "request.invalid"),
        ("{\"stageId\":999999}", 422, "deals.stage_not_found"),
        ("{\"companyId\":999999}", 422, "deals.company_not_found"),
        ("{\"responsibleId\":999999}", 422, "deals.user_not_found"),
        ("{\"currency\":\"XXX\"}", 422, "deals.currency_not_found"),
        ("{\"pipelineId\":999999}", 422, "deals.pipeline_not_found"),
        ("{\"title\":\"Neu\",\"stageId\":999999}", 422, "deals.stage_not_found"));

    [Theory, MemberData(nameof(BadPatches))]
    public async Task A_bad_patch_is_refused_and_the_deal_stays_as_it_was(Db db, string body, string _, int status, string code)
    {
        var (app, http) = await apps.GetAsync(db);
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Bleibt", closeDate = "2026-12-31" });

        var response = await http.PatchAsync($"/api/v1/deals/{deal.Id()}", Api.Raw(body));
        var problem = await response.JsonAsync();
        var read = await http.GetJsonAsync($"/api/v1/deals/{deal.Id()}");
        var entries = await app.WithDbAsync(d => d.Set<TimelineEntry>().CountAsync(e => e.DealId == deal.Id()));

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, problem.Code());
        Assert.Equal("Bleibt", read["title"]!.GetValue<string>());
        Assert.Equal(1, read["version"]!.GetValue<int>());
        Assert.Equal(1, entries);
    }

    [Theory, AllDatabases]
    public async Task Moving_to_a_stage_of_another_pipeline_is_refused_with_422(Db db)
    {
        var (app, http) = await apps.GetAsync(db);
        var other = await app.PipelineAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Bleibt im Hauptprozess" });

        var patch = await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { stageId = other.StageId("EXECUTING") });
        var create = await http.PostAsJsonAsync("/api/v1/deals", new { title = "X", stageId = other.StageId("EXECUTING") });
        var read = await http.GetJsonAsync($"/api/v1/deals/{deal.Id()}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, patch.StatusCode);
        Assert.Equal("deals.stage_of_another_pipeline", (await patch.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, create.StatusCode);
        Assert.Equal("deals.stage_of_another_pipeline", (await create.JsonAsync()).Code());
        Assert.Equal(deal["stageId"]!.GetValue<long>(), read["stageId"]!.GetValue<long>());
    }

    [Theory, AllDatabases]
    public async Task Bad_product_rows_are_refused_and_the_old_rows_stay(Db db)
    {
        var (_, http) = await apps.GetAsync(db);
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Zeilen", products = new[] { new { name = "Alt", price = 100, quantity = 1 } } });

        var response = await http.PutAsJsonAsync($"/api/v1/deals/{deal.Id()}/products",
            new { rows = new object[] { new { name = "Gut", price = 5 }, new { name = "Schlecht", price = 5, quantity = -1 } } });
        var problem = await response.JsonAsync();
        var rows = await http.GetJsonAsync($"/api/v1/deals/{deal.Id()}/products");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["rows[1].quantity"]);
        Assert.Equal("Alt", Assert.Single(rows["rows"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(100m, rows["deal"]!.Dec("amount"));
    }

    [Theory, AllDatabases]
    public async Task Unknown_ids_are_404_with_a_problem_body(Db db)
    {
        var (_, http) = await apps.GetAsync(db);

        var responses = new[]
        {
            await http.GetAsync("/api/v1/deals/424242"),
            await http.PatchJsonAsync("/api/v1/deals/424242", new { title = "X" }),
            await http.DeleteAsync("/api/v1/deals/424242"),
            await http.GetAsync("/api/v1/deals/424242/products"),
            await http.GetAsync("/api/v1/deals/424242/timeline"),
            await http.GetAsync("/api/v1/pipelines/424242/board"),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.All(responses, r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
    }

    [Theory, AllDatabases]
    public async Task A_list_query_with_wrong_types_or_a_foreign_cursor_is_400(Db db)
    {
        var (_, http) = await apps.GetAsync(db);

        var wrongType = await http.GetAsync("/api/v1/deals?amountFrom=viel");
        var badSort = await http.GetAsync("/api/v1/deals?sort=colour");
        var badCursor = await http.GetAsync("/api/v1/deals?cursor=bm90LWEtY3Vyc29y");
        var badLimit = await http.GetAsync("/api/v1/deals?limit=100000");

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal("request.malformed", (await wrongType.JsonAsync()).Code());
        Assert.Equal("request.invalid", (await badSort.JsonAsync()).Code());
        Assert.Equal("paging.invalid_cursor", (await badCursor.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
    }

    private static TheoryData<Db, string, string, int, string> Cases(params (string Body, int Status, string Code)[] cases)
    {
        var data = new TheoryData<Db, string, string, int, string>();
        foreach (var provider in new[] { Db.Sqlite, Db.Postgres })
        {
            foreach (var (body, status, code) in cases)
            {
                // The label keeps long bodies readable in test output.
                data.Add(provider, body, body.Length > 60 ? body[..60] + "…" : body, status, code);
            }
        }

        return data;
    }
}
