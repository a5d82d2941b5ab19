using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Users;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Users;

public sealed class UpdateUserTests
{
    [Theory, AllDatabases]
    public async Task An_administrator_changes_a_users_department_settings_and_rights(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await admin.PostJsonAsync("/api/v1/departments", new { name = "Sales" });
        var user = await People.CreateAsync(admin, "bert@kontor.test");

        var response = await admin.PatchJsonAsync($"/api/v1/users/{user.Id()}", new
        {
            name = "Bert Brandt",
            departmentId = sales.Id(),
            locale = "en-US",
            timeZone = "Asia/Tokyo",
            isAdministrator = true,
        });
        var changed = await response.JsonAsync();
        var read = await admin.GetJsonAsync($"/api/v1/users/{user.Id()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(changed.ToJsonString(), read.ToJsonString());
        Assert.Equal("Bert Brandt", read["name"]!.GetValue<string>());
        Assert.Equal(sales.Id(), read["departmentId"]!.GetValue<long>());
        Assert.Equal("en-US", read["locale"]!.GetValue<string>());
        Assert.Equal("Asia/Tokyo", read["timeZone"]!.GetValue<string>());
        Assert.True(read["isAdministrator"]!.GetValue<bool>());
    }

    [Theory, AllDatabases]
    public async Task Null_takes_a_user_out_of_their_department_and_absent_fields_stay(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await admin.PostJsonAsync("/api/v1/departments", new { name = "Sales" });
        var user = await People.CreateAsync(admin, "bert@kontor.test", departmentId: sales.Id());

        var response = await admin.PatchJsonAsync($"/api/v1/users/{user.Id()}", new { departmentId = (long?)null });
        var changed = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(changed["departmentId"]);
        Assert.Equal("Bert Berger", changed["name"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Moving_a_user_to_an_unknown_department_is_refused_with_422(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var user = await People.CreateAsync(admin, "bert@kontor.test");

        var response = await admin.PatchJsonAsync($"/api/v1/users/{user.Id()}", new { name = "Bert Brandt", departmentId = 4711 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("users.department_not_found", (await response.JsonAsync()).Code());
        Assert.Equal("Bert Berger", (await admin.GetJsonAsync($"/api/v1/users/{user.Id()}"))["name"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task An_administrator_cannot_deactivate_or_demote_themself(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var me = await admin.GetJsonAsync("/api/v1/users/me");

        var deactivate = await admin.PatchJsonAsync($"/api/v1/users/{me.Id()}", new { isActive = false });
        var demote = await admin.PatchJsonAsync($"/api/v1/users/{me.Id()}", new { name = "Anna A.", isAdministrator = false });
        var after = await admin.GetJsonAsync("/api/v1/users/me");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, deactivate.StatusCode);
        Assert.Equal("users.cannot_demote_self", (await deactivate.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, demote.StatusCode);
        Assert.Equal("users.cannot_demote_self", (await demote.JsonAsync()).Code());
        Assert.True(after["isActive"]!.GetValue<bool>());
        Assert.True(after["isAdministrator"]!.GetValue<bool>());
        Assert.Equal("Anna Admin", after["name"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task An_administrator_demotes_another_administrator(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var other = await People.CreateAsync(admin, "olga@kontor.test", "Olga Ober", isAdministrator: true);
        var olga = await app.ClientForAsync("olga@kontor.test", People.Password);

        var response = await admin.PatchJsonAsync($"/api/v1/users/{other.Id()}", new { isAdministrator = false });
        var olgaTries = await olga.PostAsJsonAsync("/api/v1/departments", new { name = "Olga's own" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.JsonAsync())["isAdministrator"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Forbidden, olgaTries.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task Deactivating_a_user_renews_their_security_stamp(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var user = await People.CreateAsync(admin, "bert@kontor.test");
        var stampBefore = await app.WithDbAsync(d => d.Set<User>().Where(u => u.Id == user.Id()).Select(u => u.SecurityStamp).SingleAsync());

        var response = await admin.PatchJsonAsync($"/api/v1/users/{user.Id()}", new { isActive = false });
        var stored = await app.WithDbAsync(d => d.Set<User>().AsNoTracking().SingleAsync(u => u.Id == user.Id()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await response.JsonAsync())["isActive"]!.GetValue<bool>());
        Assert.False(stored.IsActive);
        Assert.NotEqual(stampBefore, stored.SecurityStamp);
    }

    [Theory, AllDatabases]
    public async Task A_non_administrator_cannot_change_users(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (bertUser, bert) = await People.CreateWithClientAsync(app, admin, "bert@kontor.test");
        var carl = await People.CreateAsync(admin, "carl@kontor.test", "Carl Clausen");

        var other = await bert.PatchJsonAsync($"/api/v1/users/{carl.Id()}", new { name = "Carl the Great" });
        var himself = await bert.PatchJsonAsync($"/api/v1/users/{bertUser.Id()}", new { isAdministrator = true });
        var password = await bert.PostAsJsonAsync($"/api/v1/users/{carl.Id()}/password", new { password = "another-pass-2" });

        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("users.admin_required", (await other.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.Forbidden, himself.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, password.StatusCode);
        Assert.Equal("Carl Clausen", (await admin.GetJsonAsync($"/api/v1/users/{carl.Id()}"))["name"]!.GetValue<string>());
        Assert.False((await admin.GetJsonAsync($"/api/v1/users/{bertUser.Id()}"))["isAdministrator"]!.GetValue<bool>());
    }

    [Theory, AllDatabases]
    public async Task Unknown_read_only_and_mistyped_fields_are_refused_and_change_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var user = await People.CreateAsync(admin, "bert@kontor.test");

        var response = await admin.PatchAsync(
            $"/api/v1/users/{user.Id()}",
            Api.Raw("""{"name":"Bert Brandt","email":"x@kontor.test","nickname":"B","isActive":"no","departmentId":"1"}"""));
        var problem = await response.JsonAsync();
        var read = await admin.GetJsonAsync($"/api/v1/users/{user.Id()}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.invalid", problem.Code());
        Assert.Equal(["departmentId", "email", "isActive", "nickname"], problem["errors"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Bert Berger", read["name"]!.GetValue<string>());
        Assert.True(read["isActive"]!.GetValue<bool>());
    }

    [Theory, AllDatabases]
    public async Task An_unknown_user_is_404(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();

        var get = await admin.GetAsync("/api/v1/users/4711");
        var patch = await admin.PatchJsonAsync("/api/v1/users/4711", new { name = "Nobody" });
        var password = await admin.PostAsJsonAsync("/api/v1/users/4711/password", new { password = "another-pass-2" });

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal("users.not_found", (await get.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.NotFound, patch.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, password.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task After_a_password_reset_only_the_new_password_signs_in(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var user = await People.CreateAsync(admin, "bert@kontor.test");
        using var anonymous = app.CreateClient();

        var response = await admin.PostAsJsonAsync($"/api/v1/users/{user.Id()}/password", new { password = "another-pass-2" });
        var withOld = await anonymous.PostAsJsonAsync("/api/v1/auth/tokens", new { email = "bert@kontor.test", password = People.Password, name = "old" });
        var withNew = await anonymous.PostAsJsonAsync("/api/v1/auth/tokens", new { email = "bert@kontor.test", password = "another-pass-2", name = "new" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.Created, withNew.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task A_weak_new_password_is_refused_and_the_old_one_still_works(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var user = await People.CreateAsync(admin, "bert@kontor.test");

        var response = await admin.PostAsJsonAsync($"/api/v1/users/{user.Id()}/password", new { password = "abc" });
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(problem["errors"]!["password"]!.AsArray());
        await app.ClientForAsync("bert@kontor.test", People.Password);
    }
}
