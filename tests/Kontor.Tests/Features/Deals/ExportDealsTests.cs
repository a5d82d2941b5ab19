using System.Net;
using System.Text;
using Kontor.Features.Access;
using Kontor.Features.Departments;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Deals;

public sealed class ExportDealsTests
{
    [Theory, AllDatabases]
    public async Task The_export_is_the_filtered_list_as_csv_with_a_byte_order_mark(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        await http.PostJsonAsync("/api/v1/deals", new { title = "Schaltschrank; Halle 3", amount = 1234.5m });
        await http.PostJsonAsync("/api/v1/deals", new { title = "Wartung", amount = 10m });

        var response = await http.GetAsync("/api/v1/deals/export?sort=title");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("id;title;", lines[0], StringComparison.Ordinal);
        Assert.Contains(";\"Schaltschrank; Halle 3\";", lines[1], StringComparison.Ordinal);
        Assert.Contains(";1234.5;EUR;", lines[1], StringComparison.Ordinal);
        Assert.Contains(";Wartung;", lines[2], StringComparison.Ordinal);
    }

    [Theory, AllDatabases]
    public async Task A_role_without_the_export_right_gets_403_and_one_with_own_exports_only_its_own_deals(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var department = await app.WithDbAsync(async d =>
        {
            var dep = new Department { Name = "Vertrieb" };
            d.Add(dep);
            await d.SaveChangesAsync();
            return dep.Id;
        });
        var nina = await app.UserAsync("nina@kontor.test", "Nina Nord", departmentId: department, roles: DefaultRoles.Sales);
        var olaf = await app.UserAsync("olaf@kontor.test", "Olaf Ost", departmentId: department, roles: DefaultRoles.Sales);
        await app.UserAsync("rita@kontor.test", "Rita Read", roles: DefaultRoles.ReadOnly);
        await admin.PostJsonAsync("/api/v1/deals", new { title = "Ninas Auftrag", responsibleId = nina });
        await admin.PostJsonAsync("/api/v1/deals", new { title = "Olafs Auftrag", responsibleId = olaf });
        var asNina = await app.ClientForAsync("nina@kontor.test", "user-password-1");
        var asRita = await app.ClientForAsync("rita@kontor.test", "user-password-1");

        var list = await asNina.GetJsonAsync("/api/v1/deals");
        var export = await asNina.GetStringAsync("/api/v1/deals/export");
        var refused = await asRita.GetAsync("/api/v1/deals/export");

        Assert.Equal(2, list["items"]!.AsArray().Count);
        Assert.Contains("Ninas Auftrag", export, StringComparison.Ordinal);
        Assert.DoesNotContain("Olafs Auftrag", export, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("deals.forbidden", (await refused.JsonAsync())["code"]!.GetValue<string>());
    }
}
