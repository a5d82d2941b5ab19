using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kontor.Features.Access;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Access;

public sealed class RolesApiTests
{
    private static readonly string[] Types = ["deal", "contact", "company", "product", "quote", "invoice"];
    private static readonly string[] Actions = ["read", "add", "change", "delete", "export", "import"];

    /// <summary>A role's matrix as <c>type.action=reach</c>, every cell.</summary>
    private static List<string> Cells(JsonNode role) =>
        [.. from type in Types from action in Actions select $"{type}.{action}={role["permissions"]![type]![action]!.GetValue<string>()}"];

    private static List<string> Cells(Func<string, string, string> reach) =>
        [.. from type in Types from action in Actions select $"{type}.{action}={reach(type, action)}"];

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, long id, object body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/roles/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    [Theory, AllDatabases]
    public async Task A_role_is_created_read_replaced_whole_and_deleted(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var pipeline = await app.DefaultPipelineAsync();
        var won = pipeline.StageId("WON");

        var created = await admin.PostAsJsonAsync("/api/v1/roles", new
        {
            name = " Innendienst ",
            seeAllReports = true,
            permissions = new { deal = new { read = "department", add = "own", change = "own" }, contact = new { read = "allOpen" } },
            pipelines = new[] { new { pipelineId = pipeline.Id, permissions = new { read = "all" }, stages = new[] { new { stageId = won, change = "none" } } } },
        });
        var role = await created.JsonAsync();
        var read = await admin.GetAsync($"/api/v1/roles/{role.Id()}");
        var replaced = await PutAsync(admin, role.Id(), new { name = "Innendienst", permissions = new { company = new { read = "all" } } }, read.Headers.ETag!.Tag);
        var after = await replaced.JsonAsync();
        var listed = (await admin.GetJsonAsync("/api/v1/roles")).AsArray().Select(r => r!["name"]!.GetValue<string>());
        var deleted = await admin.DeleteAsync($"/api/v1/roles/{role.Id()}");
        var gone = await admin.GetAsync($"/api/v1/roles/{role.Id()}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/roles/{role.Id()}", created.Headers.Location?.AbsolutePath);
        Assert.Equal(("Innendienst", true, false, 0, 1), (role["name"]!.GetValue<string>(), role["seeAllReports"]!.GetValue<bool>(), role["manageAccess"]!.GetValue<bool>(), role["userCount"]!.GetValue<int>(), role["version"]!.GetValue<int>()));
        Assert.Equal(
            Cells((type, action) => (type, action) switch
            {
                ("deal", "read") => "department",
                ("deal", "add" or "change") => "own",
                ("contact", "read") => "allOpen",
                _ => "none",
            }),
            Cells(role));
        Assert.Equal(
            $"[{{\"pipelineId\":{pipeline.Id},\"permissions\":{{\"read\":\"all\"}},\"stages\":[{{\"stageId\":{won},\"change\":\"none\"}}]}}]",
            role["pipelines"]!.ToJsonString());
        Assert.Equal("\"1\"", read.Headers.ETag!.Tag);
        Assert.Equal(role.ToJsonString(), (await read.JsonAsync()).ToJsonString());
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(Cells((type, action) => (type, action) == ("company", "read") ? "all" : "none"), Cells(after));
        Assert.Equal(("[]", false, 2), (after["pipelines"]!.ToJsonString(), after["seeAllReports"]!.GetValue<bool>(), after["version"]!.GetValue<int>()));
        Assert.Contains("Innendienst", listed);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal((HttpStatusCode.NotFound, "roles.not_found"), (gone.StatusCode, (await gone.JsonAsync()).Code()));
    }

    [Theory, AllDatabases]
    public async Task Bad_roles_are_refused_with_their_codes_and_change_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var main = await app.DefaultPipelineAsync();
        var other = await app.PipelineAsync("Service");
        var role = await Rights.RoleAsync(admin, "Außendienst", new { deal = new { read = "own" } });
        var holder = await Rights.RoleAsync(admin, "Vergeben", new { deal = new { read = "all" } });
        await Rights.UserAsync(app, admin, "vera@kontor.test", null, holder.Id());
        var before = (await admin.GetJsonAsync("/api/v1/roles")).ToJsonString();

        var unknownPipeline = await admin.PostAsJsonAsync("/api/v1/roles", new { name = "A", pipelines = new[] { new { pipelineId = 999999 } } });
        var unknownStage = await admin.PostAsJsonAsync("/api/v1/roles", new { name = "B", pipelines = new[] { new { pipelineId = main.Id, stages = new[] { new { stageId = 999999, change = "none" } } } } });
        var foreignStage = await admin.PostAsJsonAsync("/api/v1/roles", new { name = "C", pipelines = new[] { new { pipelineId = main.Id, stages = new[] { new { stageId = other.StageId("NEW"), change = "none" } } } } });
        var duplicate = await admin.PostAsJsonAsync("/api/v1/roles", new { name = "außendienst" });
        var renamedOnto = await PutAsync(admin, role.Id(), new { name = "Vergeben" }, null);
        var stale = await PutAsync(admin, role.Id(), new { name = "Außendienst neu" }, "\"7\"");
        var badReach = await admin.PostAsJsonAsync("/api/v1/roles", new { name = "D", permissions = new { deal = new { read = "everything" } } });
        var noName = await admin.PostAsJsonAsync("/api/v1/roles", new { name = "  " });
        var inUse = await admin.DeleteAsync($"/api/v1/roles/{holder.Id()}");
        var unknown = await PutAsync(admin, 999999, new { name = "X" }, null);

        Assert.Equal((HttpStatusCode.UnprocessableEntity, "roles.pipeline_not_found"), (unknownPipeline.StatusCode, (await unknownPipeline.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "roles.stage_not_found"), (unknownStage.StatusCode, (await unknownStage.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "roles.stage_not_found"), (foreignStage.StatusCode, (await foreignStage.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.Conflict, "roles.name_taken"), (duplicate.StatusCode, (await duplicate.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.Conflict, "roles.name_taken"), (renamedOnto.StatusCode, (await renamedOnto.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.PreconditionFailed, "concurrency.precondition_failed"), (stale.StatusCode, (await stale.JsonAsync()).Code()));
        Assert.Equal(HttpStatusCode.BadRequest, badReach.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "roles.in_use"), (inUse.StatusCode, (await inUse.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.NotFound, "roles.not_found"), (unknown.StatusCode, (await unknown.JsonAsync()).Code()));
        Assert.Equal(before, (await admin.GetJsonAsync("/api/v1/roles")).ToJsonString());
    }

    [Theory, AllDatabases]
    public async Task Users_are_given_roles_by_id_and_each_role_counts_its_holders(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var a = await Rights.RoleAsync(admin, "A", new { deal = new { read = "own" } });
        var b = await Rights.RoleAsync(admin, "B", new { deal = new { read = "all" } });

        var created = await admin.PostJsonAsync("/api/v1/users", new { email = "vera@kontor.test", name = "Vera", password = Rights.Password, roleIds = new[] { b.Id(), a.Id() } });
        var counted = await admin.GetJsonAsync($"/api/v1/roles/{a.Id()}");
        var changed = await admin.PatchJsonAsync($"/api/v1/users/{created.Id()}", new { roleIds = new[] { b.Id() } });
        var unknown = await admin.PatchJsonAsync($"/api/v1/users/{created.Id()}", new { roleIds = new[] { a.Id(), 999999 } });
        var unknownOnCreate = await admin.PostAsJsonAsync("/api/v1/users", new { email = "otto@kontor.test", name = "Otto", password = Rights.Password, roleIds = new[] { 999999L, a.Id() } });
        var read = await admin.GetJsonAsync($"/api/v1/users/{created.Id()}");

        Assert.Equal([a.Id(), b.Id()], created["roleIds"]!.AsArray().Select(r => r!.GetValue<long>()));
        Assert.Equal(1, counted["userCount"]!.GetValue<int>());
        Assert.Equal([b.Id()], (await changed.JsonAsync())["roleIds"]!.AsArray().Select(r => r!.GetValue<long>()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "users.role_not_found"), (unknown.StatusCode, (await unknown.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "users.role_not_found"), (unknownOnCreate.StatusCode, (await unknownOnCreate.JsonAsync()).Code()));
        Assert.Equal([b.Id()], read["roleIds"]!.AsArray().Select(r => r!.GetValue<long>()));
        Assert.Equal(0, (await admin.GetJsonAsync($"/api/v1/roles/{a.Id()}"))["userCount"]!.GetValue<int>());
        Assert.DoesNotContain(await AccessMatrixTests.PagesAsync(admin, "/api/v1/users?limit=50"), u => u["email"]!.GetValue<string>() == "otto@kontor.test");
    }

    [Theory, AllDatabases]
    public async Task A_new_database_starts_with_the_documented_roles_and_the_administrator_holds_administrator(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();

        var roles = (await admin.GetJsonAsync("/api/v1/roles")).AsArray().ToDictionary(r => r!["name"]!.GetValue<string>(), r => r!);
        var me = await admin.GetJsonAsync("/api/v1/users/me");

        Assert.Equal([DefaultRoles.Administrator, DefaultRoles.Manager, DefaultRoles.ReadOnly, DefaultRoles.Sales], roles.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Cells((_, _) => "all"), Cells(roles[DefaultRoles.Administrator]));
        Assert.Equal(Cells((_, _) => "all"), Cells(roles[DefaultRoles.Manager]));
        Assert.Equal(Cells((_, action) => action == "read" ? "all" : "none"), Cells(roles[DefaultRoles.ReadOnly]));
        Assert.Equal(
            Cells((type, action) => (type, action) switch
            {
                ("product", "read") => "all",
                ("product", _) => "none",
                (_, "read") => "department",
                (_, "add" or "change" or "export") => "own",
                _ => "none",
            }),
            Cells(roles[DefaultRoles.Sales]));
        Assert.Equal(
            [(true, true, true, true), (false, false, false, true), (false, false, false, false), (false, false, false, false)],
            new[] { DefaultRoles.Administrator, DefaultRoles.Manager, DefaultRoles.Sales, DefaultRoles.ReadOnly }.Select(n => (
                roles[n]["managePipelines"]!.GetValue<bool>(), roles[n]["manageCustomFields"]!.GetValue<bool>(), roles[n]["manageAccess"]!.GetValue<bool>(),
                roles[n]["seeAllReports"]!.GetValue<bool>())));
        Assert.Equal([roles[DefaultRoles.Administrator].Id()], me["roleIds"]!.AsArray().Select(r => r!.GetValue<long>()));
        Assert.Equal(1, roles[DefaultRoles.Administrator]["userCount"]!.GetValue<int>());
    }
}
