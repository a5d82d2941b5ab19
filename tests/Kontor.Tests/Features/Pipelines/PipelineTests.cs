using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Pipelines;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Pipelines;

public sealed class PipelineTests
{
    [Theory, AllDatabases]
    public async Task The_seeded_default_pipeline_has_the_eight_Bitrix24_stages_with_German_and_English_names(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();

        var pipeline = await client.DefaultPipelineAsync();

        Assert.Equal(["NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE", "WON", "LOSE", "APOLOGY"], pipeline.Codes());
        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 80], pipeline["stages"]!.AsArray().Select(s => s!["sort"]!.GetValue<int>()));
        Assert.Equal(
            ["inProgress", "inProgress", "inProgress", "inProgress", "inProgress", "won", "lost", "lost"],
            pipeline["stages"]!.AsArray().Select(s => s!["semantic"]!.GetValue<string>()));
        var won = pipeline.Stage("WON");
        Assert.Equal("Auftrag bekommen", won["name"]!.GetValue<string>());
        Assert.Equal("Auftrag bekommen", won["names"]!["de"]!.GetValue<string>());
        Assert.Equal("Deal won", won["names"]!["en"]!.GetValue<string>());
        Assert.Equal("#7BD500", won["color"]!.GetValue<string>());
        Assert.Equal("Analyse der Absage", pipeline.Stage("APOLOGY")["name"]!.GetValue<string>());
        Assert.DoesNotContain(pipeline.Codes(), c => c.Contains(':', StringComparison.Ordinal));
    }

    [Theory, AllDatabases]
    public async Task Stage_names_follow_the_request_language(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.DefaultPipelineAsync()).Id();

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/pipelines/{id}");
        request.Headers.AcceptLanguage.ParseAdd("en-US");
        var english = await (await client.SendAsync(request)).JsonAsync();

        Assert.Equal("New", english.Stage("NEW")["name"]!.GetValue<string>());
        Assert.Equal("Neu", english.Stage("NEW")["names"]!["de"]!.GetValue<string>());
        Assert.Equal("Neu", (await client.PipelineAsync(id)).Stage("NEW")["name"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Creating_a_pipeline_gives_it_the_starter_stages_with_prefixed_codes(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();

        var response = await client.PostAsJsonAsync("/api/v1/pipelines", new { name = "  Projekte  " });
        var pipeline = await response.JsonAsync();
        var id = pipeline.Id();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/pipelines/{id}", response.Headers.Location!.AbsolutePath);
        Assert.Equal("\"1\"", response.Headers.ETag!.ToString());
        Assert.Equal("Projekte", pipeline["name"]!.GetValue<string>());
        Assert.Equal(500, pipeline["sort"]!.GetValue<int>());
        Assert.False(pipeline["isDefault"]!.GetValue<bool>());
        Assert.Equal(1, pipeline.Version());
        Assert.Equal([$"C{id}:NEW", $"C{id}:EXECUTING", $"C{id}:WON", $"C{id}:LOSE"], pipeline.Codes());
        Assert.Equal(["inProgress", "inProgress", "won", "lost"], pipeline["stages"]!.AsArray().Select(s => s!["semantic"]!.GetValue<string>()));
        Assert.Equal(pipeline.Codes(), (await client.PipelineAsync(id)).Codes());
        var stored = await app.WithDbAsync(d => d.Set<Stage>().Where(s => s.PipelineId == id).CountAsync());
        Assert.Equal(4, stored);
    }

    [Theory, AllDatabases]
    public async Task Pipelines_are_listed_by_sort_then_id(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        await client.CreatePipelineAsync("B", sort: 100);
        await client.CreatePipelineAsync("A", sort: 5);
        await client.CreatePipelineAsync("C", sort: 100);

        var list = await client.GetJsonAsync("/api/v1/pipelines");

        Assert.Equal(["A", "Allgemein", "B", "C"], list["items"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.All(list["items"]!.AsArray(), p => Assert.NotEmpty(p!["stages"]!.AsArray()));
    }

    [Theory, AllDatabases]
    public async Task Renaming_a_pipeline_bumps_its_version_and_ETag(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.CreatePipelineAsync()).Id();

        var response = await client.PatchJsonAsync($"/api/v1/pipelines/{id}", new { name = "Großkunden", sort = 20 }, ifMatch: "\"1\"");
        var pipeline = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Großkunden", pipeline["name"]!.GetValue<string>());
        Assert.Equal(20, pipeline["sort"]!.GetValue<int>());
        Assert.Equal(2, pipeline.Version());
        Assert.Equal("\"2\"", response.Headers.ETag!.ToString());
        Assert.Equal("Großkunden", (await client.PipelineAsync(id))["name"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task A_stale_If_Match_on_a_pipeline_is_refused_with_412_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.CreatePipelineAsync()).Id();
        await client.PatchJsonAsync($"/api/v1/pipelines/{id}", new { name = "Zweiter Name" });
        var before = await app.SnapshotAsync();

        var patch = await client.PatchJsonAsync($"/api/v1/pipelines/{id}", new { name = "Dritter Name" }, ifMatch: "\"1\"");
        var delete = await client.SendAsync(HttpMethod.Delete, $"/api/v1/pipelines/{id}", ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, patch.StatusCode);
        Assert.Equal("concurrency.precondition_failed", (await patch.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.PreconditionFailed, delete.StatusCode);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task Deleting_the_default_pipeline_is_refused_with_409(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.DefaultPipelineAsync()).Id();

        var response = await client.DeleteAsync($"/api/v1/pipelines/{id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("pipelines.default", (await response.JsonAsync()).Code());
        Assert.Equal(8, (await client.PipelineAsync(id))["stages"]!.AsArray().Count);
    }

    [Theory, AllDatabases]
    public async Task Deleting_a_pipeline_with_deals_is_refused_with_409(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.CreatePipelineAsync();
        var id = pipeline.Id();
        await client.CreateDealAsync(id, pipeline.Stage($"C{id}:EXECUTING").Id());
        var before = await app.SnapshotAsync();

        var response = await client.DeleteAsync($"/api/v1/pipelines/{id}");
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("pipelines.has_deals", problem.Code());
        Assert.Contains("1 deal", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task Deleting_an_empty_pipeline_removes_it_and_its_stages(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.CreatePipelineAsync()).Id();

        var response = await client.SendAsync(HttpMethod.Delete, $"/api/v1/pipelines/{id}", ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/pipelines/{id}")).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<Stage>().CountAsync(s => s.PipelineId == id)));
    }

    [Theory, AllDatabases]
    public async Task An_unknown_pipeline_is_404(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();

        var get = await client.GetAsync("/api/v1/pipelines/9999");
        var patch = await client.PatchJsonAsync("/api/v1/pipelines/9999", new { name = "X" });
        var delete = await client.DeleteAsync("/api/v1/pipelines/9999");
        var stage = await client.PostAsJsonAsync("/api/v1/pipelines/9999/stages", new { name = "X" });

        Assert.All([get, patch, delete, stage], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("pipelines.not_found", (await get.JsonAsync()).Code());
        Assert.Equal("pipelines.not_found", (await stage.JsonAsync()).Code());
    }

    [Theory, AllDatabases]
    public async Task Creating_a_pipeline_from_bad_input_is_400_and_creates_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var before = await app.SnapshotAsync();
        string[] bodies =
        [
            """{"name":""}""",
            """{"name":"   "}""",
            """{}""",
            "{\"name\":\"" + new string('x', 300) + "\"}",
            """{"name":"Projekte","sort":"first"}""",
            """{"name":"Projekte","sort":-1}""",
            """{"name":"Projekte","isDefault":true}""",
            """{"name":"Projekte","colour":"#FFFFFF"}""",
            """{"name":42}""",
            """["Projekte"]""",
            "{\"name\":\"Projekte\"",
        ];

        var wrong = new List<string>();
        foreach (var body in bodies)
        {
            var response = await client.PostAsync("/api/v1/pipelines", Api.Raw(body));
            var code = (await response.JsonAsync()).Code() ?? "";
            if (response.StatusCode != HttpStatusCode.BadRequest || !code.StartsWith("request.", StringComparison.Ordinal))
            {
                wrong.Add($"{body} answered {(int)response.StatusCode} {code}");
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task Patching_a_pipeline_with_bad_input_is_400_naming_the_field_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.CreatePipelineAsync()).Id();
        var before = await app.SnapshotAsync();
        (string Body, string Field)[] cases =
        [
            ("""{"name":null}""", "name"),
            ("""{"name":"  "}""", "name"),
            ("{\"name\":\"" + new string('x', 300) + "\"}", "name"),
            ("""{"sort":"10"}""", "sort"),
            ("""{"sort":1.5}""", "sort"),
            ("""{"sort":-3}""", "sort"),
            ("""{"isDefault":true}""", "isDefault"),
            ("""{"version":7}""", "version"),
            ("""{"name":"Neu","title":"X"}""", "title"),
            ("""{"name":false}""", "name"),
            ("""[]""", "$"),
        ];

        var wrong = new List<string>();
        foreach (var (body, field) in cases)
        {
            var response = await client.PatchAsync($"/api/v1/pipelines/{id}", Api.Raw(body));
            var problem = await response.JsonAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || problem.Code() != "request.invalid" || problem["errors"]?[field] is null)
            {
                wrong.Add($"{body} answered {(int)response.StatusCode} {problem.ToJsonString()}");
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(before, await app.SnapshotAsync());
    }
}
