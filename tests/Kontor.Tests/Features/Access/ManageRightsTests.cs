using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Access;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Access;

public sealed class ManageRightsTests
{
    private static object Field(string code) => new { entity = "deal", code, type = "string", labels = new { de = "Feld", en = "Field" } };

    [Theory, AllDatabases]
    public async Task Without_a_manage_right_pipelines_fields_users_departments_roles_and_the_catalog_stay_as_they_are(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var pipeline = await app.DefaultPipelineAsync();
        var roles = (await admin.GetJsonAsync("/api/v1/roles")).AsArray().ToDictionary(r => r!["name"]!.GetValue<string>(), r => r!.Id());
        var department = await Rights.DepartmentAsync(admin, "Vertrieb");
        var adminId = (await admin.GetJsonAsync("/api/v1/users/me")).Id();
        var (_, client) = await Rights.UserAsync(app, admin, "vera@kontor.test", department, roles[DefaultRoles.Manager], roles[DefaultRoles.Sales]);
        var before = (await admin.GetJsonAsync("/api/v1/pipelines")).ToJsonString() + (await admin.GetJsonAsync("/api/v1/roles")).ToJsonString() +
            (await admin.GetJsonAsync("/api/v1/departments")).ToJsonString() + (await admin.GetJsonAsync("/api/v1/custom-fields?entity=deal")).ToJsonString();

        (HttpResponseMessage Response, string Code)[] refused =
        [
            (await client.PostAsJsonAsync("/api/v1/pipelines", new { name = "Eigene" }), "pipelines.manage_required"),
            (await client.PatchJsonAsync($"/api/v1/pipelines/{pipeline.Id}", new { name = "Umbenannt" }), "pipelines.manage_required"),
            (await client.PostAsJsonAsync($"/api/v1/pipelines/{pipeline.Id}/stages", new { name = "Angebot" }), "pipelines.manage_required"),
            (await client.DeleteAsync($"/api/v1/pipelines/{pipeline.Id}/stages/{pipeline.StageId("APOLOGY")}"), "pipelines.manage_required"),
            (await client.PostAsJsonAsync("/api/v1/custom-fields", Field("UF_CRM_VERBOTEN")), "custom_fields.admin_required"),
            (await client.PostAsJsonAsync("/api/v1/users", new { email = "neu@kontor.test", name = "Neu", password = Rights.Password }), "users.admin_required"),
            (await client.PatchJsonAsync($"/api/v1/users/{adminId}", new { name = "Übernommen" }), "users.admin_required"),
            (await client.PostAsJsonAsync("/api/v1/departments", new { name = "Eigene Abteilung" }), "departments.admin_required"),
            (await client.PatchJsonAsync($"/api/v1/departments/{department}", new { name = "Umbenannt" }), "departments.admin_required"),
            (await client.PostAsJsonAsync("/api/v1/roles", new { name = "Alles", permissions = new { deal = new { read = "all" } } }), "roles.manage_required"),
            (await client.PutAsJsonAsync($"/api/v1/roles/{roles[DefaultRoles.Sales]}", new { name = DefaultRoles.Sales, permissions = new { deal = new { read = "all" } } }), "roles.manage_required"),
            (await client.DeleteAsync($"/api/v1/roles/{roles[DefaultRoles.ReadOnly]}"), "roles.manage_required"),
        ];
        var after = (await admin.GetJsonAsync("/api/v1/pipelines")).ToJsonString() + (await admin.GetJsonAsync("/api/v1/roles")).ToJsonString() +
            (await admin.GetJsonAsync("/api/v1/departments")).ToJsonString() + (await admin.GetJsonAsync("/api/v1/custom-fields?entity=deal")).ToJsonString();

        foreach (var (response, code) in refused)
        {
            Assert.Equal((HttpStatusCode.Forbidden, code), (response.StatusCode, (await response.JsonAsync()).Code()));
        }

        Assert.Equal(before, after);
    }

    [Theory, AllDatabases]
    public async Task Each_manage_right_opens_its_own_settings_and_no_others(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var pipelines = await Rights.RoleAsync(admin, "Pipelines", new { deal = new { read = "all" } }, managePipelines: true);
        var fields = await Rights.RoleAsync(admin, "Felder", new { deal = new { read = "all" } }, manageCustomFields: true);
        var access = await Rights.RoleAsync(admin, "Zugänge", new { deal = new { read = "all" } }, manageAccess: true);
        var (_, pipelineAdmin) = await Rights.UserAsync(app, admin, "pia@kontor.test", null, pipelines.Id());
        var (_, fieldAdmin) = await Rights.UserAsync(app, admin, "felix@kontor.test", null, fields.Id());
        var (_, accessAdmin) = await Rights.UserAsync(app, admin, "zora@kontor.test", null, access.Id());

        var pipeline = await pipelineAdmin.PostAsJsonAsync("/api/v1/pipelines", new { name = "Service" });
        var field = await fieldAdmin.PostAsJsonAsync("/api/v1/custom-fields", Field("UF_CRM_ERLAUBT"));
        var department = await accessAdmin.PostAsJsonAsync("/api/v1/departments", new { name = "Vertrieb" });
        var user = await accessAdmin.PostAsJsonAsync("/api/v1/users", new { email = "neu@kontor.test", name = "Neu", password = Rights.Password, roleIds = new[] { fields.Id() } });
        var role = await accessAdmin.PostAsJsonAsync("/api/v1/roles", new { name = "Neu", permissions = new { deal = new { read = "own" } } });
        var crossed = new[]
        {
            await pipelineAdmin.PostAsJsonAsync("/api/v1/custom-fields", Field("UF_CRM_QUER")),
            await fieldAdmin.PostAsJsonAsync("/api/v1/roles", new { name = "Quer" }),
            await accessAdmin.PostAsJsonAsync("/api/v1/pipelines", new { name = "Quer" }),
        };

        Assert.Equal(
            [HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created],
            new[] { pipeline.StatusCode, field.StatusCode, department.StatusCode, user.StatusCode, role.StatusCode });
        Assert.Equal(
            ["custom_fields.admin_required", "roles.manage_required", "pipelines.manage_required"],
            await Task.WhenAll(crossed.Select(async r => $"{(await r.JsonAsync()).Code()}")));
        Assert.All(crossed, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
    }

    [Theory, AllDatabases]
    public async Task The_catalog_is_read_by_any_product_reach_and_changed_only_with_the_matching_right(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var product = await app.ProductAsync("Wartung", 100m);
        var reader = await Rights.RoleAsync(admin, "Katalog lesen", new { product = new { read = "own" } });
        var none = await Rights.RoleAsync(admin, "Kein Katalog", new { deal = new { read = "all" } });
        var editor = await Rights.RoleAsync(admin, "Katalog pflegen", new { product = new { read = "all", add = "own", change = "own" } });
        var (_, readerClient) = await Rights.UserAsync(app, admin, "lea@kontor.test", null, reader.Id());
        var (_, noneClient) = await Rights.UserAsync(app, admin, "nina@kontor.test", null, none.Id());
        var (_, editorClient) = await Rights.UserAsync(app, admin, "emil@kontor.test", null, editor.Id());

        var read = await readerClient.GetAsync($"/api/v1/products/{product}");
        var hidden = await noneClient.GetAsync($"/api/v1/products/{product}");
        var listedForNone = (await noneClient.GetJsonAsync("/api/v1/products"))["items"]!.AsArray();
        var add = await readerClient.PostAsJsonAsync("/api/v1/products", new { name = "Montage", price = 85 });
        var change = await readerClient.PatchJsonAsync($"/api/v1/products/{product}", new { price = 1 });
        var delete = await editorClient.DeleteAsync($"/api/v1/products/{product}");
        var added = await editorClient.PostAsJsonAsync("/api/v1/products", new { name = "Montage", price = 85 });
        var changed = await editorClient.PatchJsonAsync($"/api/v1/products/{product}", new { price = 120 });

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Empty(listedForNone);
        foreach (var refused in new[] { add, change, delete })
        {
            Assert.Equal((HttpStatusCode.Forbidden, "products.forbidden"), (refused.StatusCode, (await refused.JsonAsync()).Code()));
        }

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(120m, (await changed.JsonAsync()).Dec("price"));
    }

    [Theory, AllDatabases]
    public async Task A_user_manager_who_is_no_administrator_neither_makes_administrators_nor_touches_their_accounts(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var access = await Rights.RoleAsync(admin, "Zugänge", new { deal = new { read = "all" } }, manageAccess: true);
        var (managerId, manager) = await Rights.UserAsync(app, admin, "zora@kontor.test", null, access.Id());
        var adminId = (await admin.GetJsonAsync("/api/v1/users/me")).Id();
        var colleague = await Rights.PersonAsync(admin, "karl@kontor.test", null);

        var refused = new[]
        {
            await manager.PostAsJsonAsync("/api/v1/users", new { email = "chef@kontor.test", name = "Chef", password = Rights.Password, isAdministrator = true }),
            await manager.PatchAsJsonAsync($"/api/v1/users/{managerId}", new { isAdministrator = true }),
            await manager.PatchAsJsonAsync($"/api/v1/users/{colleague}", new { isAdministrator = true }),
            await manager.PatchAsJsonAsync($"/api/v1/users/{adminId}", new { isActive = false }),
            await manager.PatchAsJsonAsync($"/api/v1/users/{adminId}", new { name = "Übernommen" }),
            await manager.PostAsJsonAsync($"/api/v1/users/{adminId}/password", new { password = "taken-over-1" }),
        };
        var allowed = new[]
        {
            await manager.PatchAsJsonAsync($"/api/v1/users/{colleague}", new { name = "Karl Kollege", isActive = false }),
            await manager.PostAsJsonAsync($"/api/v1/users/{colleague}/password", new { password = "new-password-1" }),
        };
        var users = (await admin.GetJsonAsync("/api/v1/users"))["items"]!.AsArray();

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.All(await Task.WhenAll(refused.Select(async r => (await r.JsonAsync()).Code())), code => Assert.Equal("users.administrator_only", code));
        Assert.All(allowed, r => Assert.True(r.IsSuccessStatusCode, $"{r.StatusCode}"));
        Assert.Equal(["admin@kontor.test"], users.Where(u => u!["isAdministrator"]!.GetValue<bool>()).Select(u => u!["email"]!.GetValue<string>()));
        Assert.DoesNotContain(users, u => u!["email"]!.GetValue<string>() == "chef@kontor.test");
        Assert.Equal(HttpStatusCode.OK, (await (await app.AdminClientAsync()).GetAsync("/api/v1/users/me")).StatusCode);
    }
}
