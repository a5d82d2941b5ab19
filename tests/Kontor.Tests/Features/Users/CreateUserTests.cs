using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Users;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Users;

public sealed class CreateUserTests
{
    [Theory, AllDatabases]
    public async Task An_administrator_creates_a_user_who_gets_a_token_and_reads_their_own_profile(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "bert@kontor.test",
            name = "Bert Berger",
            password = People.Password,
            locale = "en-US",
            timeZone = "America/New_York",
        });
        var created = await response.JsonAsync();
        var bert = await app.ClientForAsync("bert@kontor.test", People.Password);
        var me = await bert.GetJsonAsync("/api/v1/users/me");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/users/{created.Id()}", response.Headers.Location?.AbsolutePath);
        Assert.Equal(created.Id(), me.Id());
        Assert.Equal("bert@kontor.test", me["email"]!.GetValue<string>());
        Assert.Equal("Bert Berger", me["name"]!.GetValue<string>());
        Assert.Equal("en-US", me["locale"]!.GetValue<string>());
        Assert.Equal("America/New_York", me["timeZone"]!.GetValue<string>());
        Assert.False(me["isAdministrator"]!.GetValue<bool>());
        Assert.True(me["isActive"]!.GetValue<bool>());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, me["createdAt"]!.GetValue<DateTime>());
    }

    [Theory, AllDatabases]
    public async Task A_new_user_gets_the_default_locale_and_time_zone(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();

        var user = await People.CreateAsync(admin, "bert@kontor.test");

        Assert.Equal("de-DE", user["locale"]!.GetValue<string>());
        Assert.Equal("Europe/Berlin", user["timeZone"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task The_user_json_shows_exactly_the_public_fields(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var user = await People.CreateAsync(admin, "bert@kontor.test");

        var read = await admin.GetJsonAsync($"/api/v1/users/{user.Id()}");

        Assert.Equal(
            ["createdAt", "departmentId", "email", "id", "isActive", "isAdministrator", "locale", "name", "roleIds", "timeZone"],
            read.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Theory, AllDatabases]
    public async Task A_non_administrator_cannot_create_users(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (_, bert) = await People.CreateWithClientAsync(app, admin, "bert@kontor.test");

        var response = await bert.PostAsJsonAsync("/api/v1/users", new { email = "carl@kontor.test", name = "Carl", password = People.Password });
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("users.admin_required", problem.Code());
        Assert.Equal(2, await app.WithDbAsync(d => d.Set<User>().CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task An_e_mail_address_that_is_taken_is_refused_with_409_in_any_letter_case(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        await People.CreateAsync(admin, "bert@kontor.test");

        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = "Bert@Kontor.TEST", name = "Another Bert", password = People.Password });
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("users.email_taken", problem.Code());
        Assert.Equal(2, await app.WithDbAsync(d => d.Set<User>().CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task A_weak_password_is_refused_with_the_reasons_on_the_password_field(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = "bert@kontor.test", name = "Bert", password = "short" });
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reasons = problem["errors"]!["password"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Contains(reasons, r => r.Contains("at least 8 characters", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("digit", StringComparison.Ordinal));
        Assert.False(await app.WithDbAsync(d => d.Set<User>().AnyAsync(u => u.Email == "bert@kontor.test")));
    }

    [Theory, AllDatabases]
    public async Task An_unknown_department_is_refused_with_422(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email = "bert@kontor.test", name = "Bert", password = People.Password, departmentId = 4711 });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("users.department_not_found", (await response.JsonAsync()).Code());
        Assert.Equal(1, await app.WithDbAsync(d => d.Set<User>().CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task Unknown_fields_wrong_types_and_bad_settings_are_refused_and_create_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();

        var unknown = await admin.PostAsync("/api/v1/users", Api.Raw("""{"email":"a@kontor.test","name":"A","password":"secret-pass-1","role":"boss"}"""));
        var wrongType = await admin.PostAsync("/api/v1/users", Api.Raw("""{"email":"b@kontor.test","name":"B","password":"secret-pass-1","isAdministrator":"yes"}"""));
        var badLocale = await admin.PostAsJsonAsync("/api/v1/users", new { email = "c@kontor.test", name = "C", password = People.Password, locale = "fr-FR" });
        var badZone = await admin.PostAsJsonAsync("/api/v1/users", new { email = "d@kontor.test", name = "D", password = People.Password, timeZone = "Mars/Olympus" });
        var badEmail = await admin.PostAsJsonAsync("/api/v1/users", new { email = "not an address", name = "E", password = People.Password });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["This field is unknown."], (await unknown.JsonAsync())["errors"]!["$.role"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.NotNull((await wrongType.JsonAsync())["errors"]!["$.isAdministrator"]);
        Assert.Equal(HttpStatusCode.BadRequest, badLocale.StatusCode);
        Assert.NotNull((await badLocale.JsonAsync())["errors"]!["locale"]);
        Assert.Equal(HttpStatusCode.BadRequest, badZone.StatusCode);
        Assert.NotNull((await badZone.JsonAsync())["errors"]!["timeZone"]);
        Assert.Equal(HttpStatusCode.BadRequest, badEmail.StatusCode);
        Assert.NotNull((await badEmail.JsonAsync())["errors"]!["email"]);
        Assert.Equal(1, await app.WithDbAsync(d => d.Set<User>().CountAsync()));
    }
}
