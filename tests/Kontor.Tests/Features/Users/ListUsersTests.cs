using System.Net;
using System.Text.Json.Nodes;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Users;

public sealed class ListUsersTests
{
    private static List<string> Names(JsonNode page) => [.. page["items"]!.AsArray().Select(u => u!["name"]!.GetValue<string>())];

    [Theory, AllDatabases]
    public async Task Deactivated_users_are_listed_only_when_asked_for(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        await People.CreateAsync(admin, "bert@kontor.test", "Bert Berger");
        var carl = await People.CreateAsync(admin, "carl@kontor.test", "Carl Clausen");
        await admin.PatchJsonAsync($"/api/v1/users/{carl.Id()}", new { isActive = false });

        var active = await admin.GetJsonAsync("/api/v1/users");
        var all = await admin.GetJsonAsync("/api/v1/users?includeInactive=true");

        Assert.Equal(["Anna Admin", "Bert Berger"], Names(active));
        Assert.Equal(["Anna Admin", "Bert Berger", "Carl Clausen"], Names(all));
    }

    [Theory, AllDatabases]
    public async Task The_list_filters_by_text_in_name_or_e_mail_and_by_department(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var sales = await admin.PostJsonAsync("/api/v1/departments", new { name = "Sales" });
        await People.CreateAsync(admin, "bert@kontor.test", "Bert Berger", departmentId: sales.Id());
        await People.CreateAsync(admin, "carl@kontor.test", "Carl Clausen", departmentId: sales.Id());
        await People.CreateAsync(admin, "dora@example.org", "Dora Dietz");

        var byName = await admin.GetJsonAsync("/api/v1/users?q=BERGER");
        var byEmail = await admin.GetJsonAsync("/api/v1/users?q=example.org");
        var byDepartment = await admin.GetJsonAsync($"/api/v1/users?departmentId={sales.Id()}");
        var both = await admin.GetJsonAsync($"/api/v1/users?departmentId={sales.Id()}&q=carl");
        var wildcard = await admin.GetJsonAsync("/api/v1/users?q=%25");

        Assert.Equal(["Bert Berger"], Names(byName));
        Assert.Equal(["Dora Dietz"], Names(byEmail));
        Assert.Equal(["Bert Berger", "Carl Clausen"], Names(byDepartment));
        Assert.Equal(["Carl Clausen"], Names(both));
        Assert.Empty(Names(wildcard));
    }

    [Theory, AllDatabases]
    public async Task Pages_follow_name_then_id_without_gaps_or_repeats(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var ids = new List<long>();
        foreach (var (email, name) in new[] { ("z@kontor.test", "Zora"), ("m1@kontor.test", "Max"), ("b@kontor.test", "Bea"), ("m2@kontor.test", "Max"), ("m3@kontor.test", "Max") })
        {
            ids.Add((await People.CreateAsync(admin, email, name)).Id());
        }

        var seen = new List<(string Name, long Id)>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = await admin.GetJsonAsync("/api/v1/users?limit=2" + (next is null ? "" : "&cursor=" + next));
            seen.AddRange(page["items"]!.AsArray().Select(u => (u!["name"]!.GetValue<string>(), u.Id())));
            next = page["next"]?.GetValue<string>();
            pages++;
        }
        while (next is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["Anna Admin", "Bea", "Max", "Max", "Max", "Zora"], seen.Select(s => s.Name));
        Assert.Equal([ids[1], ids[3], ids[4]], seen.Where(s => s.Name == "Max").Select(s => s.Id));
    }

    [Theory, AllDatabases]
    public async Task A_broken_cursor_or_limit_is_refused_with_400(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();

        var cursor = await admin.GetAsync("/api/v1/users?cursor=not-a-cursor");
        var limit = await admin.GetAsync("/api/v1/users?limit=0");

        Assert.Equal(HttpStatusCode.BadRequest, cursor.StatusCode);
        Assert.Equal("paging.invalid_cursor", (await cursor.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task Any_signed_in_user_may_read_users_but_anonymous_callers_may_not(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (_, bert) = await People.CreateWithClientAsync(app, admin, "bert@kontor.test");
        using var anonymous = app.CreateClient();

        var list = await bert.GetJsonAsync("/api/v1/users");
        var refused = await anonymous.GetAsync("/api/v1/users");

        Assert.Equal(["Anna Admin", "Bert Berger"], Names(list));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
