using System.Net;
using System.Net.Http.Json;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Users;

public sealed class DeactivationTests
{
    [Theory, AllDatabases]
    public async Task A_deactivated_users_token_stops_working_at_once(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (user, bert) = await People.CreateWithClientAsync(app, admin, "bert@kontor.test");
        var before = await bert.GetAsync("/api/v1/users/me");

        await admin.PatchJsonAsync($"/api/v1/users/{user.Id()}", new { isActive = false });
        var after = await bert.GetAsync("/api/v1/users/me");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task A_deactivated_user_cannot_create_tokens_or_sign_in(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var user = await People.CreateAsync(admin, "bert@kontor.test");
        using var anonymous = app.CreateClient();

        await admin.PatchJsonAsync($"/api/v1/users/{user.Id()}", new { isActive = false });
        var token = await anonymous.PostAsJsonAsync("/api/v1/auth/tokens", new { email = "bert@kontor.test", password = People.Password, name = "laptop" });
        var login = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "bert@kontor.test", password = People.Password });

        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        Assert.Equal("auth.invalid_credentials", (await token.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task A_deactivated_users_cookie_session_ends_at_the_next_stamp_check(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var user = await People.CreateAsync(admin, "bert@kontor.test");
        using var browser = app.CreateClient();
        var login = await browser.PostAsJsonAsync("/api/v1/auth/login", new { email = "bert@kontor.test", password = People.Password });
        var before = await browser.GetAsync("/api/v1/users/me");

        await admin.PatchJsonAsync($"/api/v1/users/{user.Id()}", new { isActive = false });
        app.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await browser.GetAsync("/api/v1/users/me");

        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task A_reactivated_user_signs_in_again(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var user = await People.CreateAsync(admin, "bert@kontor.test");
        await admin.PatchJsonAsync($"/api/v1/users/{user.Id()}", new { isActive = false });

        var response = await admin.PatchJsonAsync($"/api/v1/users/{user.Id()}", new { isActive = true });
        var bert = await app.ClientForAsync("bert@kontor.test", People.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bert.GetAsync("/api/v1/users/me")).StatusCode);
    }
}
