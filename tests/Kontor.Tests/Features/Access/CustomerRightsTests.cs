using System.Net;
using System.Net.Http.Json;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Access;

public sealed class CustomerRightsTests
{
    [Theory]
    [InlineData(Db.Sqlite, "companies")]
    [InlineData(Db.Sqlite, "contacts")]
    [InlineData(Db.Postgres, "companies")]
    [InlineData(Db.Postgres, "contacts")]
    public async Task Customers_are_added_changed_and_deleted_only_within_each_actions_reach(Db db, string kind)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (sales, service) = (await Rights.DepartmentAsync(admin, "Vertrieb"), await Rights.DepartmentAsync(admin, "Service"));
        var reaches = new { read = "allOpen", add = "own", change = "department", delete = "own" };
        var role = await Rights.RoleAsync(admin, "Kunden", new { company = reaches, contact = reaches });
        var (me, client) = await Rights.UserAsync(app, admin, "vera@kontor.test", sales, role.Id());
        var colleague = await Rights.PersonAsync(admin, "karl@kontor.test", sales);
        var outsider = await Rights.PersonAsync(admin, "sven@kontor.test", service);
        object Body(string name, long? responsibleId = null, bool? isOpened = null) => kind == "companies"
            ? new { name, responsibleId, isOpened }
            : new { firstName = "Ada", lastName = name, responsibleId, isOpened };
        object Rename(string name) => kind == "companies" ? new { name } : new { lastName = name };
        string Name(System.Text.Json.Nodes.JsonNode record) => record[kind == "companies" ? "name" : "lastName"]!.GetValue<string>();
        async Task<long> AdminAddsAsync(string name, long responsible, bool opened) =>
            (await admin.PostJsonAsync($"/api/v1/{kind}", Body(name, responsible, opened))).Id();
        var ofColleague = await AdminAddsAsync("Kollege", colleague, opened: false);
        var openOfOutsider = await AdminAddsAsync("Service offen", outsider, opened: true);
        var hiddenOfOutsider = await AdminAddsAsync("Service", outsider, opened: false);
        var before = await AccessMatrixTests.PagesAsync(admin, $"/api/v1/{kind}?limit=50");

        var added = await client.PostAsJsonAsync($"/api/v1/{kind}", Body("Eigen"));
        var addedForColleague = await client.PostAsJsonAsync($"/api/v1/{kind}", Body("Für Karl", colleague));
        var changed = await client.PatchJsonAsync($"/api/v1/{kind}/{ofColleague}", Rename("Kollege, geändert"));
        var changedOpen = await client.PatchJsonAsync($"/api/v1/{kind}/{openOfOutsider}", Rename("Übernommen"));
        var handedOut = await client.PatchJsonAsync($"/api/v1/{kind}/{ofColleague}", new { responsibleId = outsider });
        var changedHidden = await client.PatchJsonAsync($"/api/v1/{kind}/{hiddenOfOutsider}", Rename("Gefunden"));
        var deletedOfColleague = await client.DeleteAsync($"/api/v1/{kind}/{ofColleague}");
        var deletedHidden = await client.DeleteAsync($"/api/v1/{kind}/{hiddenOfOutsider}");
        var deletedOwn = await client.DeleteAsync($"/api/v1/{kind}/{(await added.JsonAsync()).Id()}");
        var after = await AccessMatrixTests.PagesAsync(admin, $"/api/v1/{kind}?limit=50");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(me, (await added.JsonAsync())["responsibleId"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, deletedOwn.StatusCode);
        foreach (var refused in new[] { addedForColleague, changedOpen, handedOut, deletedOfColleague })
        {
            Assert.Equal((HttpStatusCode.Forbidden, "customers.forbidden"), (refused.StatusCode, (await refused.JsonAsync()).Code()));
        }

        Assert.Equal(HttpStatusCode.NotFound, changedHidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deletedHidden.StatusCode);
        Assert.Equal(
            before.Select(r => r.Id() == ofColleague ? $"{r.Id()} Kollege, geändert {colleague}" : $"{r.Id()} {Name(r)} {r["responsibleId"]}").Order(),
            after.Select(r => $"{r.Id()} {Name(r)} {r["responsibleId"]}").Order());
    }
}
