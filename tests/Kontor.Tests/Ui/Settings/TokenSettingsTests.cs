using Kontor.Features.Auth;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Ui.Settings;

/// <summary>The token cores behind the tokens page: issue, list, revoke, each for the signed-in user only.</summary>
public sealed class TokenSettingsTests
{
    [Theory, AllDatabases]
    public async Task An_issued_token_is_listed_by_its_hint_and_works_until_it_is_revoked(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var bernd = await app.UserAsync("bernd@kontor.test");

        var token = await app.WithDbAsync(d => AuthEndpoints.IssueAsync(d, bernd, "Telefonanlage", app.Clock, CancellationToken.None));
        var listed = Assert.Single(await app.WithDbAsync(d => AuthEndpoints.ListAsync(d, bernd, CancellationToken.None)));
        using var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", token.Token);
        var before = await http.GetAsync("/api/v1/users/me");
        var revoked = await app.WithDbAsync(d => AuthEndpoints.RevokeAsync(d, bernd, token.Id, app.Clock, CancellationToken.None));
        var after = await http.GetAsync("/api/v1/users/me");

        Assert.Equal(("Telefonanlage", token.Token[..8]), (listed.Name, listed.Hint));
        Assert.Equal(200, (int)before.StatusCode);
        Assert.Null(revoked);
        Assert.Equal(401, (int)after.StatusCode);
        Assert.Empty(await app.WithDbAsync(d => AuthEndpoints.ListAsync(d, bernd, CancellationToken.None)));
    }

    [Theory, AllDatabases]
    public async Task Another_users_token_cannot_be_revoked_and_stays_valid(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var bernd = await app.UserAsync("bernd@kontor.test");
        var clara = await app.UserAsync("clara@kontor.test", "Clara Technik");
        var token = await app.WithDbAsync(d => AuthEndpoints.IssueAsync(d, bernd, "Skript", app.Clock, CancellationToken.None));

        var error = await app.WithDbAsync(d => AuthEndpoints.RevokeAsync(d, clara, token.Id, app.Clock, CancellationToken.None));

        Assert.Equal("tokens.not_found", error?.Code);
        Assert.False(await app.WithDbAsync(d => d.Set<ApiToken>().Where(t => t.Id == token.Id).Select(t => t.RevokedAt != null).SingleAsync()));
    }
}
