using System.Net;
using Kontor.Tests.Features.Users;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Departments;

public sealed class DeleteDepartmentTests
{
    [Theory, AllDatabases]
    public async Task An_empty_department_is_deleted(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await admin.PostJsonAsync("/api/v1/departments", new { name = "Sales" });

        var response = await admin.DeleteAsync($"/api/v1/departments/{sales.Id()}");
        var read = await admin.GetAsync($"/api/v1/departments/{sales.Id()}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal("departments.not_found", (await read.JsonAsync()).Code());
    }

    [Theory, AllDatabases]
    public async Task A_department_with_sub_departments_is_not_deleted(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await admin.PostJsonAsync("/api/v1/departments", new { name = "Sales" });
        await admin.PostJsonAsync("/api/v1/departments", new { name = "North", parentId = sales.Id() });

        var response = await admin.DeleteAsync($"/api/v1/departments/{sales.Id()}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("departments.has_children", (await response.JsonAsync()).Code());
        Assert.Equal(2, (await admin.GetJsonAsync("/api/v1/departments")).AsArray().Count);
    }

    [Theory, AllDatabases]
    public async Task A_department_with_users_is_not_deleted_even_if_they_are_deactivated(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await admin.PostJsonAsync("/api/v1/departments", new { name = "Sales" });
        var bert = await People.CreateAsync(admin, "bert@kontor.test", departmentId: sales.Id());
        await admin.PatchJsonAsync($"/api/v1/users/{bert.Id()}", new { isActive = false });

        var response = await admin.DeleteAsync($"/api/v1/departments/{sales.Id()}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("departments.has_users", (await response.JsonAsync()).Code());
        Assert.Equal(sales.Id(), (await admin.GetJsonAsync($"/api/v1/users/{bert.Id()}"))["departmentId"]!.GetValue<long>());
    }

    [Theory, AllDatabases]
    public async Task Deleting_an_unknown_department_is_404(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();

        var response = await admin.DeleteAsync("/api/v1/departments/4711");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("departments.not_found", (await response.JsonAsync()).Code());
    }
}
