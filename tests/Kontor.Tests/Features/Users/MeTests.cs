using System.Net;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Users;

public sealed class MeTests
{
    [Theory, AllDatabases]
    public async Task The_signed_in_user_reads_their_own_profile(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();

        var me = await admin.GetJsonAsync("/api/v1/users/me");

        Assert.Equal(KontorAppFactory.AdminEmail, me["email"]!.GetValue<string>());
        Assert.Equal("Anna Admin", me["name"]!.GetValue<string>());
        Assert.True(me["isAdministrator"]!.GetValue<bool>());
    }

    [Theory, AllDatabases]
    public async Task A_user_changes_their_own_name_locale_and_time_zone(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (user, bert) = await People.CreateWithClientAsync(app, admin, "bert@kontor.test");

        var response = await bert.PatchJsonAsync("/api/v1/users/me", new { name = "  Bert Brandt ", locale = "en-US", timeZone = "America/Sao_Paulo" });
        var read = await admin.GetJsonAsync($"/api/v1/users/{user.Id()}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bert Brandt", read["name"]!.GetValue<string>());
        Assert.Equal("en-US", read["locale"]!.GetValue<string>());
        Assert.Equal("America/Sao_Paulo", read["timeZone"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task An_invalid_time_zone_is_refused_with_400_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (_, bert) = await People.CreateWithClientAsync(app, admin, "bert@kontor.test");

        var unknown = await bert.PatchJsonAsync("/api/v1/users/me", new { name = "Bert Brandt", timeZone = "Europe/Atlantis" });
        var windowsId = await bert.PatchJsonAsync("/api/v1/users/me", new { timeZone = "W. Europe Standard Time" });
        var path = await bert.PatchJsonAsync("/api/v1/users/me", new { timeZone = "../../etc/passwd" });
        var me = await bert.GetJsonAsync("/api/v1/users/me");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.NotNull((await unknown.JsonAsync())["errors"]!["timeZone"]);
        Assert.Equal(HttpStatusCode.BadRequest, windowsId.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, path.StatusCode);
        Assert.Equal("Europe/Berlin", me["timeZone"]!.GetValue<string>());
        Assert.Equal("Bert Berger", me["name"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task A_user_cannot_change_their_rights_department_or_e_mail_themself(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (_, bert) = await People.CreateWithClientAsync(app, admin, "bert@kontor.test");

        var response = await bert.PatchJsonAsync("/api/v1/users/me", new { isAdministrator = true, departmentId = 1, email = "boss@kontor.test" });
        var problem = await response.JsonAsync();
        var me = await bert.GetJsonAsync("/api/v1/users/me");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["departmentId", "email", "isAdministrator"], problem["errors"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.False(me["isAdministrator"]!.GetValue<bool>());
        Assert.Equal("bert@kontor.test", me["email"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Unknown_fields_wrong_types_and_bad_json_are_refused_and_change_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (_, bert) = await People.CreateWithClientAsync(app, admin, "bert@kontor.test");

        var unknown = await bert.PatchAsync("/api/v1/users/me", Api.Raw("""{"name":"Bert Brandt","colour":"blue"}"""));
        var wrongType = await bert.PatchAsync("/api/v1/users/me", Api.Raw("""{"name":42,"locale":"en-US"}"""));
        var badLocale = await bert.PatchAsync("/api/v1/users/me", Api.Raw("""{"locale":"fr-FR"}"""));
        var notAnObject = await bert.PatchAsync("/api/v1/users/me", Api.Raw("""["name"]"""));
        var broken = await bert.PatchAsync("/api/v1/users/me", Api.Raw("""{"name":"""));
        var me = await bert.GetJsonAsync("/api/v1/users/me");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(["This field is unknown."], (await unknown.JsonAsync())["errors"]!["colour"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.NotNull((await wrongType.JsonAsync())["errors"]!["name"]);
        Assert.Equal(HttpStatusCode.BadRequest, badLocale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAnObject.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("Bert Berger", me["name"]!.GetValue<string>());
        Assert.Equal("de-DE", me["locale"]!.GetValue<string>());
    }
}
