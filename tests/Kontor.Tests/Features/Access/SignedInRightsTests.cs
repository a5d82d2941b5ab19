using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Access;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Access;

public sealed class SignedInRightsTests
{
    [Theory, AllDatabases]
    public async Task An_api_token_acts_with_exactly_the_rights_of_its_user(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (sales, service) = (await Rights.DepartmentAsync(admin, "Vertrieb"), await Rights.DepartmentAsync(admin, "Service"));
        var salesRole = (await admin.GetJsonAsync("/api/v1/roles")).AsArray().Single(r => r!["name"]!.GetValue<string>() == DefaultRoles.Sales)!;
        var (vera, token) = await Rights.UserAsync(app, admin, "vera@kontor.test", sales, salesRole.Id());
        using var cookie = app.CreateClient();
        (await cookie.PostAsJsonAsync("/api/v1/auth/login", new { email = "vera@kontor.test", password = Rights.Password })).EnsureSuccessStatusCode();
        var colleague = await Rights.PersonAsync(admin, "karl@kontor.test", sales);
        var outsider = await Rights.PersonAsync(admin, "sven@kontor.test", service);
        var own = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Eigen", responsibleId = vera, isOpened = false })).Id();
        var ofColleague = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Kollege", responsibleId = colleague, isOpened = false })).Id();
        var ofOutsider = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Service", responsibleId = outsider, isOpened = false })).Id();

        var byToken = await Rights.DealIdsAsync(token);
        var byCookie = await Rights.DealIdsAsync(cookie);
        var hidden = await token.GetAsync($"/api/v1/deals/{ofOutsider}");
        var foreignChange = await token.PatchJsonAsync($"/api/v1/deals/{ofColleague}", new { title = "Meins" });
        var ownChange = await token.PatchJsonAsync($"/api/v1/deals/{own}", new { title = "Eigen, geändert" });
        var manage = await token.PostAsJsonAsync("/api/v1/pipelines", new { name = "Eigene Pipeline" });

        Assert.Equal([own, ofColleague], byToken);
        Assert.Equal(byToken, byCookie);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, "deals.forbidden"), (foreignChange.StatusCode, (await foreignChange.JsonAsync()).Code()));
        Assert.Equal(HttpStatusCode.OK, ownChange.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, "pipelines.manage_required"), (manage.StatusCode, (await manage.JsonAsync()).Code()));
    }

    [Theory, AllDatabases]
    public async Task An_administrator_and_a_restricted_user_each_get_their_own_answer_to_the_same_query_in_either_order(Db db)
    {
        // "Sees everything" enters the read filters as a constant, so EF Core keeps one statement per value: whoever asks
        // first, the other must not be served the first one's statement.
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var role = await Rights.RoleAsync(admin, "Nur eigene", new { deal = new { read = "own" }, company = new { read = "own" } });
        var (vera, client) = await Rights.UserAsync(app, admin, "vera@kontor.test", null, role.Id());
        var hers = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Ihrer", responsibleId = vera, isOpened = false })).Id();
        var other = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Fremd", isOpened = false })).Id();
        var herCompany = (await admin.PostJsonAsync("/api/v1/companies", new { name = "Ihre Firma", responsibleId = vera, isOpened = false })).Id();
        var otherCompany = (await admin.PostJsonAsync("/api/v1/companies", new { name = "Fremde Firma", isOpened = false })).Id();

        var userFirst = await Rights.DealIdsAsync(client);
        var adminThen = await Rights.DealIdsAsync(admin);
        var userAgain = await Rights.DealIdsAsync(client);
        var companiesForUser = await CompanyIdsAsync(client);
        var companiesForAdmin = await CompanyIdsAsync(admin);
        var otherForUser = await client.GetAsync($"/api/v1/deals/{other}");
        var otherForAdmin = await admin.GetAsync($"/api/v1/deals/{other}");
        var otherForUserAgain = await client.GetAsync($"/api/v1/deals/{other}");

        Assert.Equal([hers], userFirst);
        Assert.Equal([hers, other], adminThen);
        Assert.Equal([hers], userAgain);
        Assert.Equal([herCompany], companiesForUser);
        Assert.Equal([herCompany, otherCompany], companiesForAdmin);
        Assert.Equal(
            (HttpStatusCode.NotFound, HttpStatusCode.OK, HttpStatusCode.NotFound),
            (otherForUser.StatusCode, otherForAdmin.StatusCode, otherForUserAgain.StatusCode));
    }

    private static async Task<List<long>> CompanyIdsAsync(HttpClient client) =>
        [.. (await AccessMatrixTests.PagesAsync(client, "/api/v1/companies?limit=200")).Select(c => c["id"]!.GetValue<long>()).Order()];

    [Theory, AllDatabases]
    public async Task A_deactivated_user_is_refused_at_once_with_cookie_and_with_token(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (user, token) = await Rights.UserAsync(app, admin, "vera@kontor.test", null, await ManagerRoleAsync(admin));
        using var cookie = app.CreateClient();
        (await cookie.PostAsJsonAsync("/api/v1/auth/login", new { email = "vera@kontor.test", password = Rights.Password })).EnsureSuccessStatusCode();
        var deal = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Offen für alle" })).Id();
        var before = (await cookie.GetAsync($"/api/v1/deals/{deal}")).StatusCode;

        await admin.PatchJsonAsync($"/api/v1/users/{user}", new { isActive = false });
        var byCookie = await cookie.GetAsync($"/api/v1/deals/{deal}");
        var byToken = await token.GetAsync("/api/v1/deals");
        var write = await cookie.PatchJsonAsync($"/api/v1/deals/{deal}", new { title = "Noch schnell" });

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Unauthorized, byCookie.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.Equal("Offen für alle", (await admin.GetJsonAsync($"/api/v1/deals/{deal}"))["title"]!.GetValue<string>());
    }

    private static async Task<long> ManagerRoleAsync(HttpClient admin) =>
        (await admin.GetJsonAsync("/api/v1/roles")).AsArray().Single(r => r!["name"]!.GetValue<string>() == DefaultRoles.Manager)!.Id();
}
