using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kontor.Features.Pipelines;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Pipelines;

public sealed class StageTests
{
    private static async Task<JsonNode> AddStageAsync(HttpClient client, long pipelineId, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/pipelines/{pipelineId}/stages", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    [Theory, AllDatabases]
    public async Task An_in_progress_stage_added_without_sort_goes_right_before_won_with_a_generated_prefixed_code(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.CreatePipelineAsync()).Id();

        var response = await client.PostAsJsonAsync($"/api/v1/pipelines/{id}/stages", new { name = "Angebot" });
        var stage = await response.JsonAsync();
        var pipeline = await client.PipelineAsync(id);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/pipelines/{id}/stages/{stage.Id()}", response.Headers.Location!.AbsolutePath);
        Assert.Matches($"^C{id}:UC_[A-Z0-9]{{6}}$", stage["code"]!.GetValue<string>());
        Assert.Equal("inProgress", stage["semantic"]!.GetValue<string>());
        Assert.Equal("Angebot", stage["names"]!["de"]!.GetValue<string>());
        Assert.Equal("Angebot", stage["names"]!["en"]!.GetValue<string>());
        Assert.Equal("#39A8EF", stage["color"]!.GetValue<string>());
        Assert.Equal([$"C{id}:NEW", $"C{id}:EXECUTING", stage["code"]!.GetValue<string>(), $"C{id}:WON", $"C{id}:LOSE"], pipeline.Codes());
        Assert.Equal(2, pipeline.Version());
        Assert.Equal("\"2\"", response.Headers.ETag!.ToString());
    }

    [Theory, AllDatabases]
    public async Task A_lost_stage_added_without_sort_goes_last(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.DefaultPipelineAsync()).Id();

        var stage = await AddStageAsync(client, id, new { code = "NO_BUDGET", names = new { de = "Kein Budget", en = "No budget" }, semantic = "lost" });
        var pipeline = await client.PipelineAsync(id);

        Assert.Equal("NO_BUDGET", stage["code"]!.GetValue<string>());
        Assert.Equal("Kein Budget", stage["name"]!.GetValue<string>());
        Assert.Equal("No budget", stage["names"]!["en"]!.GetValue<string>());
        Assert.Equal("#FF5752", stage["color"]!.GetValue<string>());
        Assert.Equal(90, stage["sort"]!.GetValue<int>());
        Assert.Equal("NO_BUDGET", pipeline.Codes()[^1]);
    }

    [Theory, AllDatabases]
    public async Task Stages_added_without_sort_keep_the_order_when_the_gap_before_won_runs_out(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.DefaultPipelineAsync()).Id();

        for (var i = 1; i <= 5; i++)
        {
            await AddStageAsync(client, id, new { code = $"STEP_{i}", name = $"Schritt {i}" });
        }

        var pipeline = await client.PipelineAsync(id);
        Assert.Equal(
            ["NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE", "STEP_1", "STEP_2", "STEP_3", "STEP_4", "STEP_5", "WON", "LOSE", "APOLOGY"],
            pipeline.Codes());
        var sorts = pipeline["stages"]!.AsArray().Select(s => s!["sort"]!.GetValue<int>()).ToList();
        Assert.Equal(sorts.Order(), sorts);
        Assert.Equal(sorts.Count, sorts.Distinct().Count());
    }

    [Theory, AllDatabases]
    public async Task An_explicit_code_gets_the_pipeline_prefix_and_a_prefixed_code_is_kept(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.CreatePipelineAsync()).Id();

        var plain = await AddStageAsync(client, id, new { code = "DECISION", name = "Entscheidung", sort = 25, color = "#aabbcc" });
        var prefixed = await AddStageAsync(client, id, new { code = $"C{id}:CONTRACT", name = "Vertrag" });

        Assert.Equal($"C{id}:DECISION", plain["code"]!.GetValue<string>());
        Assert.Equal(25, plain["sort"]!.GetValue<int>());
        Assert.Equal("#AABBCC", plain["color"]!.GetValue<string>());
        Assert.Equal($"C{id}:CONTRACT", prefixed["code"]!.GetValue<string>());
        Assert.Equal(
            [$"C{id}:NEW", $"C{id}:EXECUTING", $"C{id}:DECISION", $"C{id}:CONTRACT", $"C{id}:WON", $"C{id}:LOSE"],
            (await client.PipelineAsync(id)).Codes());
    }

    [Theory, AllDatabases]
    public async Task A_code_with_the_prefix_of_another_pipeline_is_refused_with_422(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.CreatePipelineAsync()).Id();
        var defaultId = (await client.DefaultPipelineAsync()).Id();
        var before = await app.SnapshotAsync();

        var other = await client.PostAsJsonAsync($"/api/v1/pipelines/{id}/stages", new { code = $"C{id + 1}:X", name = "X" });
        var onDefault = await client.PostAsJsonAsync($"/api/v1/pipelines/{defaultId}/stages", new { code = $"C{id}:X", name = "X" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("pipelines.stage_code_prefix", (await other.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, onDefault.StatusCode);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task A_duplicate_stage_code_is_refused_with_409(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.CreatePipelineAsync()).Id();
        var defaultId = (await client.DefaultPipelineAsync()).Id();
        var before = await app.SnapshotAsync();

        var responses = new[]
        {
            await client.PostAsJsonAsync($"/api/v1/pipelines/{defaultId}/stages", new { code = "NEW", name = "Neu" }),
            await client.PostAsJsonAsync($"/api/v1/pipelines/{defaultId}/stages", new { code = "new", name = "Neu" }),
            await client.PostAsJsonAsync($"/api/v1/pipelines/{id}/stages", new { code = "NEW", name = "Neu" }),
            await client.PostAsJsonAsync($"/api/v1/pipelines/{id}/stages", new { code = $"C{id}:WON", name = "Gewonnen" }),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("pipelines.stage_code_exists", (await response.JsonAsync()).Code());
        }

        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task The_same_code_may_be_used_in_two_pipelines(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var first = (await client.CreatePipelineAsync("Erste")).Id();
        var second = (await client.CreatePipelineAsync("Zweite")).Id();

        await AddStageAsync(client, first, new { code = "CHECK", name = "Prüfung" });
        var stage = await AddStageAsync(client, second, new { code = "CHECK", name = "Prüfung" });

        Assert.Equal($"C{second}:CHECK", stage["code"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Adding_a_won_stage_is_refused_with_422(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.DefaultPipelineAsync()).Id();
        var before = await app.SnapshotAsync();

        var response = await client.PostAsJsonAsync($"/api/v1/pipelines/{id}/stages", new { name = "Zweiter Sieg", semantic = "won" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("pipelines.one_won_stage", (await response.JsonAsync()).Code());
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task An_explicit_sort_that_breaks_the_stage_order_is_refused_with_422(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.DefaultPipelineAsync()).Id();
        var before = await app.SnapshotAsync();

        var inProgressAfterWon = await client.PostAsJsonAsync($"/api/v1/pipelines/{id}/stages", new { name = "Spät", sort = 65 });
        var inProgressOnWon = await client.PostAsJsonAsync($"/api/v1/pipelines/{id}/stages", new { name = "Gleich", sort = 60 });
        var lostBeforeWon = await client.PostAsJsonAsync($"/api/v1/pipelines/{id}/stages", new { name = "Früh verloren", semantic = "lost", sort = 5 });

        foreach (var response in new[] { inProgressAfterWon, inProgressOnWon, lostBeforeWon })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("pipelines.stage_order", (await response.JsonAsync()).Code());
        }

        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task Renaming_and_recolouring_a_stage_bumps_the_pipeline_version(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();
        var id = pipeline.Id();
        var stageId = pipeline.Stage("PREPARATION").Id();

        var both = await client.PatchJsonAsync($"/api/v1/pipelines/{id}/stages/{stageId}", new { name = "Vorbereitung", color = "#123abc" }, ifMatch: "\"1\"");
        var english = await client.PatchJsonAsync($"/api/v1/pipelines/{id}/stages/{stageId}", new { names = new { en = "Preparation" } }, ifMatch: "\"2\"");
        var after = await client.PipelineAsync(id);
        var stage = after.Stage("PREPARATION");

        Assert.Equal(HttpStatusCode.OK, both.StatusCode);
        Assert.Equal("Vorbereitung", (await both.JsonAsync())["names"]!["en"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, english.StatusCode);
        Assert.Equal("\"3\"", english.Headers.ETag!.ToString());
        Assert.Equal("Vorbereitung", stage["names"]!["de"]!.GetValue<string>());
        Assert.Equal("Preparation", stage["names"]!["en"]!.GetValue<string>());
        Assert.Equal("#123ABC", stage["color"]!.GetValue<string>());
        Assert.Equal("PREPARATION", stage["code"]!.GetValue<string>());
        Assert.Equal(3, after.Version());
    }

    [Theory, AllDatabases]
    public async Task A_stage_patch_that_changes_nothing_keeps_the_version(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();

        var response = await client.PatchJsonAsync($"/api/v1/pipelines/{pipeline.Id()}/stages/{pipeline.Stage("NEW").Id()}", new { names = new { de = "Neu", en = "New" }, color = "#39a8ef" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag!.ToString());
    }

    [Theory, AllDatabases]
    public async Task A_stage_sort_may_change_only_within_the_stage_order(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();
        var url = $"/api/v1/pipelines/{pipeline.Id()}/stages/{pipeline.Stage("NEW").Id()}";

        var valid = await client.PatchJsonAsync(url, new { sort = 55 });
        var invalid = await client.PatchJsonAsync(url, new { sort = 75 });

        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal("pipelines.stage_order", (await invalid.JsonAsync()).Code());
        Assert.Equal("NEW", (await client.PipelineAsync(pipeline.Id())).Codes()[4]);
    }

    [Theory, AllDatabases]
    public async Task Code_and_semantic_of_a_stage_cannot_be_changed(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();
        var url = $"/api/v1/pipelines/{pipeline.Id()}/stages/{pipeline.Stage("NEW").Id()}";
        var before = await app.SnapshotAsync();

        var response = await client.PatchJsonAsync(url, new { code = "START", semantic = "lost", name = "Start" });
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.invalid", problem.Code());
        Assert.Equal("This field cannot be changed.", problem["errors"]!["code"]![0]!.GetValue<string>());
        Assert.Equal("This field cannot be changed.", problem["errors"]!["semantic"]![0]!.GetValue<string>());
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task A_stale_If_Match_on_a_stage_write_is_refused_with_412_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();
        var id = pipeline.Id();
        var stageId = pipeline.Stage("PREPARATION").Id();
        await client.PatchJsonAsync($"/api/v1/pipelines/{id}/stages/{stageId}", new { name = "Vorbereitung" });
        var before = await app.SnapshotAsync();

        var responses = new[]
        {
            await client.PatchJsonAsync($"/api/v1/pipelines/{id}/stages/{stageId}", new { name = "Alt" }, ifMatch: "\"1\""),
            await client.SendAsync(HttpMethod.Post, $"/api/v1/pipelines/{id}/stages", new { name = "Neu" }, ifMatch: "\"1\""),
            await client.SendAsync(HttpMethod.Delete, $"/api/v1/pipelines/{id}/stages/{stageId}", ifMatch: "\"1\""),
            await client.SendAsync(HttpMethod.Put, $"/api/v1/pipelines/{id}/stages/order", new { stageIds = pipeline["stages"]!.AsArray().Select(s => s!.Id()) }, ifMatch: "\"1\""),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
            Assert.Equal("concurrency.precondition_failed", (await response.JsonAsync()).Code());
        }

        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task Concurrent_stage_edits_of_one_pipeline_conflict_on_save(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);

        var id = await app.WithDbAsync(d => d.Set<Pipeline>().Where(p => p.IsDefault).Select(p => p.Id).SingleAsync());

        var loser = await app.WithDbAsync(async first => await app.WithDbAsync(async second =>
        {
            var a = (await first.LoadPipelineAsync(id, default))!;
            var b = (await second.LoadPipelineAsync(id, default))!;
            UpdateStage.Apply(a, a.Stages.Single(s => s.Code == "NEW"), new UpdateStage.Changes("Anfang", null, null, null));
            UpdateStage.Apply(b, b.Stages.Single(s => s.Code == "EXECUTING"), new UpdateStage.Changes(null, null, "#000000", null));
            await first.SaveChangesAsync();
            return await Record.ExceptionAsync(() => second.SaveChangesAsync());
        }));

        Assert.IsType<DbUpdateConcurrencyException>(loser);
        var stored = await app.WithDbAsync(d => d.Set<Stage>().Where(s => s.PipelineId == id && (s.Code == "NEW" || s.Code == "EXECUTING"))
            .OrderBy(s => s.Sort).Select(s => s.NameDe + s.Color).ToListAsync());
        Assert.Equal(["Anfang#39A8EF", "In Bearbeitung#47E4C2"], stored);
        Assert.Equal(2, await app.WithDbAsync(d => d.Set<Pipeline>().Where(p => p.Id == id).Select(p => p.Version).SingleAsync()));
    }

    [Theory, AllDatabases]
    public async Task Reordering_stages_assigns_sorts_in_steps_of_ten(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();
        var id = pipeline.Id();
        string[] order = ["EXECUTING", "NEW", "FINAL_INVOICE", "PREPARATION", "PREPAYMENT_INVOICE", "WON", "APOLOGY", "LOSE"];

        var response = await client.SendAsync(
            HttpMethod.Put, $"/api/v1/pipelines/{id}/stages/order", new { stageIds = order.Select(c => pipeline.Stage(c).Id()) }, ifMatch: "\"1\"");
        var after = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(order, after.Codes());
        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 80], after["stages"]!.AsArray().Select(s => s!["sort"]!.GetValue<int>()));
        Assert.Equal(2, after.Version());
        Assert.Equal(order, (await client.PipelineAsync(id)).Codes());
    }

    [Theory, AllDatabases]
    public async Task Reordering_with_a_broken_order_or_an_incomplete_list_is_refused_with_422(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();
        var other = await client.CreatePipelineAsync();
        var url = $"/api/v1/pipelines/{pipeline.Id()}/stages/order";
        long Id(string code) => pipeline.Stage(code).Id();
        var before = await app.SnapshotAsync();

        var lostBeforeWon = await client.PutAsJsonAsync(url, new { stageIds = new[] { Id("NEW"), Id("PREPARATION"), Id("PREPAYMENT_INVOICE"), Id("EXECUTING"), Id("FINAL_INVOICE"), Id("LOSE"), Id("WON"), Id("APOLOGY") } });
        var inProgressAfterWon = await client.PutAsJsonAsync(url, new { stageIds = new[] { Id("PREPARATION"), Id("PREPAYMENT_INVOICE"), Id("EXECUTING"), Id("FINAL_INVOICE"), Id("WON"), Id("NEW"), Id("LOSE"), Id("APOLOGY") } });
        var missing = await client.PutAsJsonAsync(url, new { stageIds = new[] { Id("NEW"), Id("PREPARATION"), Id("PREPAYMENT_INVOICE"), Id("EXECUTING"), Id("FINAL_INVOICE"), Id("WON"), Id("LOSE") } });
        var twice = await client.PutAsJsonAsync(url, new { stageIds = new[] { Id("NEW"), Id("NEW"), Id("PREPAYMENT_INVOICE"), Id("EXECUTING"), Id("FINAL_INVOICE"), Id("WON"), Id("LOSE"), Id("APOLOGY") } });
        var foreign = await client.PutAsJsonAsync(url, new { stageIds = new[] { other.Stage($"C{other.Id()}:NEW").Id(), Id("PREPARATION"), Id("PREPAYMENT_INVOICE"), Id("EXECUTING"), Id("FINAL_INVOICE"), Id("WON"), Id("LOSE"), Id("APOLOGY") } });
        var absent = await client.PutAsJsonAsync(url, new { });

        Assert.Equal("pipelines.stage_order", (await lostBeforeWon.JsonAsync()).Code());
        Assert.Equal("pipelines.stage_order", (await inProgressAfterWon.JsonAsync()).Code());
        foreach (var response in new[] { missing, twice, foreign })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal("pipelines.stage_list_mismatch", (await response.JsonAsync()).Code());
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, lostBeforeWon.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, absent.StatusCode);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task Deleting_a_stage_with_deals_is_refused_with_409_naming_the_count(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();
        var stageId = pipeline.Stage("PREPARATION").Id();
        await client.CreateDealAsync(pipeline.Id(), stageId);
        await client.CreateDealAsync(pipeline.Id(), stageId);
        var before = await app.SnapshotAsync();

        var response = await client.DeleteAsync($"/api/v1/pipelines/{pipeline.Id()}/stages/{stageId}");
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("pipelines.stage_has_deals", problem.Code());
        Assert.Contains("2 deal", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Theory, AllDatabases]
    public async Task The_won_stage_cannot_be_deleted(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();

        var response = await client.DeleteAsync($"/api/v1/pipelines/{pipeline.Id()}/stages/{pipeline.Stage("WON").Id()}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("pipelines.needs_won_stage", (await response.JsonAsync()).Code());
        Assert.Contains("WON", (await client.PipelineAsync(pipeline.Id())).Codes());
    }

    [Theory, AllDatabases]
    public async Task The_last_in_progress_stage_and_the_last_lost_stage_cannot_be_deleted(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.CreatePipelineAsync();
        var id = pipeline.Id();

        var first = await client.DeleteAsync($"/api/v1/pipelines/{id}/stages/{pipeline.Stage($"C{id}:NEW").Id()}");
        var last = await client.DeleteAsync($"/api/v1/pipelines/{id}/stages/{pipeline.Stage($"C{id}:EXECUTING").Id()}");
        var lost = await client.DeleteAsync($"/api/v1/pipelines/{id}/stages/{pipeline.Stage($"C{id}:LOSE").Id()}");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, last.StatusCode);
        Assert.Equal("pipelines.needs_in_progress_stage", (await last.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lost.StatusCode);
        Assert.Equal("pipelines.needs_lost_stage", (await lost.JsonAsync()).Code());
        Assert.Equal([$"C{id}:EXECUTING", $"C{id}:WON", $"C{id}:LOSE"], (await client.PipelineAsync(id)).Codes());
    }

    [Theory, AllDatabases]
    public async Task Deleting_an_empty_stage_is_204_and_bumps_the_pipeline_version(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();
        var stageId = pipeline.Stage("APOLOGY").Id();

        var response = await client.SendAsync(HttpMethod.Delete, $"/api/v1/pipelines/{pipeline.Id()}/stages/{stageId}", ifMatch: "\"1\"");
        var after = await client.PipelineAsync(pipeline.Id());

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain("APOLOGY", after.Codes());
        Assert.Equal(2, after.Version());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/pipelines/{pipeline.Id()}/stages/{stageId}")).StatusCode);
    }

    [Theory, AllDatabases]
    public async Task A_stage_of_another_pipeline_is_404(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var defaultPipeline = await client.DefaultPipelineAsync();
        var other = await client.CreatePipelineAsync();
        var url = $"/api/v1/pipelines/{other.Id()}/stages/{defaultPipeline.Stage("NEW").Id()}";

        var get = await client.GetAsync(url);
        var patch = await client.PatchJsonAsync(url, new { name = "X" });
        var delete = await client.DeleteAsync(url);

        Assert.All([get, patch, delete], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal("stages.not_found", (await delete.JsonAsync()).Code());
        Assert.Equal("Neu", (await client.PipelineAsync(defaultPipeline.Id())).Stage("NEW")["name"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Adding_a_stage_from_bad_input_is_400_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var id = (await client.DefaultPipelineAsync()).Id();
        var before = await app.SnapshotAsync();
        string[] bodies =
        [
            """{"name":"Prüfung","color":"red"}""",
            """{"name":"Prüfung","color":"#12345"}""",
            """{"name":"Prüfung","colour":"#123456"}""",
            "{\"name\":\"" + new string('x', 300) + "\"}",
            "{\"names\":{\"de\":\"" + new string('x', 300) + "\",\"en\":\"Check\"}}",
            """{"name":"Prüfung","names":{"de":"Prüfung","en":"Check"}}""",
            """{"names":{"de":"Prüfung","fr":"Contrôle"}}""",
            """{"names":{"de":"  "}}""",
            """{}""",
            """{"name":"   "}""",
            """{"name":"Prüfung","semantic":"maybe"}""",
            """{"name":"Prüfung","semantic":1}""",
            """{"name":"Prüfung","sort":"10"}""",
            """{"name":"Prüfung","sort":-5}""",
            """{"name":"Prüfung","code":"HAS SPACE"}""",
            """{"name":"Prüfung","code":"ABCDEFGHIJKLMNOPQRSTUVW"}""",
            """{"name":"Prüfung","code":"Ä"}""",
            """{"name":"Prüfung","code":42}""",
            """{"name":17}""",
        ];

        var wrong = new List<string>();
        foreach (var body in bodies)
        {
            var response = await client.PostAsync($"/api/v1/pipelines/{id}/stages", Api.Raw(body));
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
    public async Task Patching_a_stage_with_bad_input_is_400_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var client = await app.AdminClientAsync();
        var pipeline = await client.DefaultPipelineAsync();
        var url = $"/api/v1/pipelines/{pipeline.Id()}/stages/{pipeline.Stage("NEW").Id()}";
        var before = await app.SnapshotAsync();
        (string Body, string Field)[] cases =
        [
            ("""{"color":"#GGGGGG"}""", "color"),
            ("""{"color":null}""", "color"),
            ("""{"colour":"#123456"}""", "colour"),
            ("{\"name\":\"" + new string('x', 300) + "\"}", "name"),
            ("{\"names\":{\"en\":\"" + new string('x', 300) + "\"}}", "names"),
            ("""{"names":{}}""", "names"),
            ("""{"names":"Neu"}""", "names"),
            ("""{"name":"Neu","names":{"en":"New"}}""", "name"),
            ("""{"sort":"10"}""", "sort"),
            ("""{"id":5}""", "id"),
            ("""{"name":"Start","color":"blue"}""", "color"),
        ];

        var wrong = new List<string>();
        foreach (var (body, field) in cases)
        {
            var response = await client.PatchAsync(url, Api.Raw(body));
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
