using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Auth;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Auth;

public sealed class AuthTests
{
    [Theory, AllDatabases]
    public async Task A_token_is_shown_once_stored_only_as_a_hash_and_works_until_revoked(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var anonymous = app.CreateClient();

        var issued = await anonymous.PostJsonAsync("/api/v1/auth/tokens", new { email = KontorAppFactory.AdminEmail, password = KontorAppFactory.AdminPassword, name = "Telefonanlage" });
        var secret = issued["token"]!.GetValue<string>();
        var stored = await app.WithDbAsync(d => d.Set<ApiToken>().SingleAsync(t => t.Id == issued.Id()));
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", secret);
        var listed = await http.GetJsonAsync("/api/v1/auth/tokens");
        var before = await http.GetAsync("/api/v1/deals");
        var revoked = await http.DeleteAsync($"/api/v1/auth/tokens/{issued.Id()}");
        var after = await http.GetAsync("/api/v1/deals");

        Assert.StartsWith("kt_", secret, StringComparison.Ordinal);
        Assert.NotEqual(secret, stored.Hash);
        Assert.DoesNotContain(secret, stored.Hash, StringComparison.Ordinal);
        Assert.Equal(ApiToken.HashOf(secret), stored.Hash);
        Assert.Equal("Telefonanlage", listed[0]!["name"]!.GetValue<string>());
        Assert.Null(listed[0]!["token"]);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task Wrong_credentials_get_no_token_and_a_401_problem(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);

        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/tokens", new { email = KontorAppFactory.AdminEmail, password = "falsch-falsch", name = "x" });
        var tokens = await app.WithDbAsync(d => d.Set<ApiToken>().CountAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("auth.invalid_credentials", (await response.JsonAsync()).Code());
        Assert.Equal(0, tokens);
    }

    [Theory, AllDatabases]
    public async Task The_cookie_of_a_sign_in_authenticates_api_calls_until_sign_out(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = app.CreateClient(new() { HandleCookies = true });

        var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = KontorAppFactory.AdminEmail, password = KontorAppFactory.AdminPassword });
        var signedIn = await http.GetAsync("/api/v1/deals");
        await http.PostAsync("/api/v1/auth/logout", null);
        var signedOut = await http.GetAsync("/api/v1/deals");

        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task The_health_endpoint_reports_the_database(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);

        var health = await app.CreateClient().GetStringAsync("/healthz");

        Assert.Equal("Healthy", health);
    }
}
