using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kontor.Features.Departments;
using Kontor.Tests.Features.Users;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Departments;

public sealed class DepartmentTreeTests
{
    private static Task<JsonNode> CreateAsync(HttpClient admin, string name, long? parentId = null, int? sort = null) =>
        admin.PostJsonAsync("/api/v1/departments", new { name, parentId, sort });

    private static JsonObject Node(JsonNode department, params JsonObject[] children) => new()
    {
        ["id"] = department.Id(),
        ["name"] = department["name"]!.GetValue<string>(),
        ["headUserId"] = null,
        ["children"] = new JsonArray(children),
    };

    [Theory, AllDatabases]
    public async Task Three_levels_form_a_tree_and_the_flat_list_follows_it(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await CreateAsync(admin, "Sales", sort: 10);
        var support = await CreateAsync(admin, "Support", sort: 20);
        var north = await CreateAsync(admin, "North", sales.Id());
        var emea = await CreateAsync(admin, "EMEA", sales.Id());
        var hamburg = await CreateAsync(admin, "Hamburg", north.Id());

        var flat = await admin.GetJsonAsync("/api/v1/departments");
        var tree = await admin.GetJsonAsync("/api/v1/departments/tree");

        Assert.Equal(
            ["Sales", "EMEA", "North", "Hamburg", "Support"],
            flat.AsArray().Select(d => d!["name"]!.GetValue<string>()));
        Assert.Equal(north.Id(), flat[3]!["parentId"]!.GetValue<long>());
        JsonArray expected =
        [
            Node(sales, Node(emea), Node(north, Node(hamburg))),
            Node(support),
        ];
        Assert.Equal(expected.ToJsonString(), tree.ToJsonString());
    }

    [Theory, AllDatabases]
    public async Task A_department_is_created_with_its_head_and_read_back(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var me = await admin.GetJsonAsync("/api/v1/users/me");

        var response = await admin.PostAsJsonAsync("/api/v1/departments", new { name = " Sales ", headUserId = me.Id() });
        var created = await response.JsonAsync();
        var read = await admin.GetJsonAsync($"/api/v1/departments/{created.Id()}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/departments/{created.Id()}", response.Headers.Location?.AbsolutePath);
        Assert.Equal(created.ToJsonString(), read.ToJsonString());
        Assert.Equal("Sales", read["name"]!.GetValue<string>());
        Assert.Equal(me.Id(), read["headUserId"]!.GetValue<long>());
        Assert.Null(read["parentId"]);
        Assert.Equal(500, read["sort"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task Moving_a_department_under_itself_or_a_descendant_is_refused(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await CreateAsync(admin, "Sales");
        var north = await CreateAsync(admin, "North", sales.Id());
        var hamburg = await CreateAsync(admin, "Hamburg", north.Id());

        var underItself = await admin.PatchJsonAsync($"/api/v1/departments/{sales.Id()}", new { parentId = sales.Id() });
        var underGrandchild = await admin.PatchJsonAsync($"/api/v1/departments/{sales.Id()}", new { name = "Vertrieb", parentId = hamburg.Id() });
        var read = await admin.GetJsonAsync($"/api/v1/departments/{sales.Id()}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, underItself.StatusCode);
        Assert.Equal("departments.cycle", (await underItself.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, underGrandchild.StatusCode);
        Assert.Equal("departments.cycle", (await underGrandchild.JsonAsync()).Code());
        Assert.Null(read["parentId"]);
        Assert.Equal("Sales", read["name"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task A_department_moves_to_another_branch_and_back_to_the_top(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await CreateAsync(admin, "Sales");
        var support = await CreateAsync(admin, "Support");
        var north = await CreateAsync(admin, "North", sales.Id());

        var moved = await admin.PatchJsonAsync($"/api/v1/departments/{north.Id()}", new { parentId = support.Id(), sort = 5 });
        var tree = await admin.GetJsonAsync("/api/v1/departments/tree");
        var top = await admin.PatchJsonAsync($"/api/v1/departments/{north.Id()}", new { parentId = (long?)null });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Empty(tree[0]!["children"]!.AsArray());
        Assert.Equal(north.Id(), tree[1]!["children"]![0]!.Id());
        Assert.Equal(HttpStatusCode.OK, top.StatusCode);
        Assert.Null((await top.JsonAsync())["parentId"]);
        Assert.Equal(["North", "Sales", "Support"], (await admin.GetJsonAsync("/api/v1/departments")).AsArray().Select(d => d!["name"]!.GetValue<string>()));
    }

    [Theory, AllDatabases]
    public async Task Unknown_parents_and_heads_are_refused_with_422(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await CreateAsync(admin, "Sales");
        var carl = await People.CreateAsync(admin, "carl@kontor.test", "Carl Clausen");
        await admin.PatchJsonAsync($"/api/v1/users/{carl.Id()}", new { isActive = false });

        var unknownParent = await admin.PostAsJsonAsync("/api/v1/departments", new { name = "North", parentId = 4711 });
        var unknownHead = await admin.PostAsJsonAsync("/api/v1/departments", new { name = "North", headUserId = 4711 });
        var inactiveHead = await admin.PatchJsonAsync($"/api/v1/departments/{sales.Id()}", new { headUserId = carl.Id() });
        var movedUnderUnknown = await admin.PatchJsonAsync($"/api/v1/departments/{sales.Id()}", new { parentId = 4711 });

        Assert.Equal("departments.parent_not_found", (await unknownParent.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknownHead.StatusCode);
        Assert.Equal("departments.head_not_found", (await unknownHead.JsonAsync()).Code());
        Assert.Equal("departments.head_not_found", (await inactiveHead.JsonAsync()).Code());
        Assert.Equal("departments.parent_not_found", (await movedUnderUnknown.JsonAsync()).Code());
        Assert.Equal(1, await app.WithDbAsync(d => d.Set<Department>().CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task A_non_administrator_may_read_departments_but_not_change_them(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await CreateAsync(admin, "Sales");
        var (_, bert) = await People.CreateWithClientAsync(app, admin, "bert@kontor.test");

        var list = await bert.GetJsonAsync("/api/v1/departments");
        var create = await bert.PostAsJsonAsync("/api/v1/departments", new { name = "Bert's" });
        var rename = await bert.PatchJsonAsync($"/api/v1/departments/{sales.Id()}", new { name = "Bert's" });
        var delete = await bert.DeleteAsync($"/api/v1/departments/{sales.Id()}");

        Assert.Single(list.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal("departments.admin_required", (await create.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.Forbidden, rename.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(["Sales"], await app.WithDbAsync(d => d.Set<Department>().Select(x => x.Name).ToListAsync()));
    }

    [Theory, AllDatabases]
    public async Task Bad_input_is_refused_with_400_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await CreateAsync(admin, "Sales");

        var createUnknown = await admin.PostAsync("/api/v1/departments", Api.Raw("""{"name":"North","colour":"red"}"""));
        var createWrongType = await admin.PostAsync("/api/v1/departments", Api.Raw("""{"name":"North","parentId":"1"}"""));
        var createEmpty = await admin.PostAsJsonAsync("/api/v1/departments", new { name = "   " });
        var patch = await admin.PatchAsync($"/api/v1/departments/{sales.Id()}", Api.Raw("""{"name":"Vertrieb","sort":"first","children":[]}"""));
        var read = await admin.GetJsonAsync($"/api/v1/departments/{sales.Id()}");

        Assert.Equal(HttpStatusCode.BadRequest, createUnknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, createWrongType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, createEmpty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        Assert.Equal(["children", "sort"], (await patch.JsonAsync())["errors"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Sales", read["name"]!.GetValue<string>());
        Assert.Equal(1, await app.WithDbAsync(d => d.Set<Department>().CountAsync()));
    }
}
