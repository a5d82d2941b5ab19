using System.Net;
using System.Net.Http.Json;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Access;

public sealed class DealRightsTests
{
    [Theory, AllDatabases]
    public async Task A_role_without_change_on_a_stage_moves_no_deal_into_it_or_out_of_it_and_creates_none_there(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var pipeline = await app.DefaultPipelineAsync();
        var invoice = pipeline.StageId("FINAL_INVOICE");
        var role = await Rights.RoleAsync(
            admin, "Ohne Schlussrechnung", new { deal = new { read = "own", add = "own", change = "own" } },
            new[] { new { pipelineId = pipeline.Id, stages = new[] { new { stageId = invoice, change = "none" } } } });
        var (me, client) = await Rights.UserAsync(app, admin, "vera@kontor.test", null, role.Id());
        var mine = await client.PostJsonAsync("/api/v1/deals", new { title = "Eigener Auftrag" });
        var stuck = await admin.PostJsonAsync("/api/v1/deals", new { title = "In der Schlussrechnung", stageId = invoice, responsibleId = me });

        var into = await client.PatchJsonAsync($"/api/v1/deals/{mine.Id()}", new { stageId = invoice });
        var outOf = await client.PatchJsonAsync($"/api/v1/deals/{stuck.Id()}", new { stageId = pipeline.StageId("NEW") });
        var retitled = await client.PatchJsonAsync($"/api/v1/deals/{stuck.Id()}", new { title = "Umbenannt" });
        var created = await client.PostAsJsonAsync("/api/v1/deals", new { title = "Direkt in die Schlussrechnung", stageId = invoice });
        var mineAfter = await client.GetJsonAsync($"/api/v1/deals/{mine.Id()}");
        var stuckAfter = await client.GetJsonAsync($"/api/v1/deals/{stuck.Id()}");
        var onward = await client.PatchJsonAsync($"/api/v1/deals/{mine.Id()}", new { stageId = pipeline.StageId("EXECUTING") });

        Assert.Equal((HttpStatusCode.Forbidden, "deals.stage_forbidden"), (into.StatusCode, (await into.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.Forbidden, "deals.stage_forbidden"), (created.StatusCode, (await created.JsonAsync()).Code()));
        Assert.Equal((HttpStatusCode.Forbidden, "deals.stage_forbidden"), (outOf.StatusCode, (await outOf.JsonAsync()).Code()));

        // In a stage the role may not change, the whole deal is closed to it: any other change names the deal.
        Assert.Equal((HttpStatusCode.Forbidden, "deals.forbidden"), (retitled.StatusCode, (await retitled.JsonAsync()).Code()));
        Assert.Equal((pipeline.StageId("NEW"), 1), (mineAfter["stageId"]!.GetValue<long>(), mineAfter["version"]!.GetValue<int>()));
        Assert.Equal((invoice, 1), (stuckAfter["stageId"]!.GetValue<long>(), stuckAfter["version"]!.GetValue<int>()));
        Assert.Equal([mine.Id(), stuck.Id()], await Rights.DealIdsAsync(admin));
        Assert.Equal(HttpStatusCode.OK, onward.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task A_deal_goes_to_a_responsible_inside_the_roles_reach_and_never_outside_it(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var (sales, service) = (await Rights.DepartmentAsync(admin, "Vertrieb"), await Rights.DepartmentAsync(admin, "Service"));
        var role = await Rights.RoleAsync(admin, "Abteilung", new { deal = new { read = "department", add = "own", change = "department" } });
        var (_, client) = await Rights.UserAsync(app, admin, "vera@kontor.test", sales, role.Id());
        var colleague = await Rights.PersonAsync(admin, "karl@kontor.test", sales);
        var outsider = await Rights.PersonAsync(admin, "sven@kontor.test", service);
        var first = await client.PostJsonAsync("/api/v1/deals", new { title = "Für Karl" });
        var second = await client.PostJsonAsync("/api/v1/deals", new { title = "Für Sven" });

        var inside = await client.PatchJsonAsync($"/api/v1/deals/{first.Id()}", new { responsibleId = colleague });
        var outside = await client.PatchJsonAsync($"/api/v1/deals/{second.Id()}", new { responsibleId = outsider, title = "Weg damit" });
        var createdForColleague = await client.PostAsJsonAsync("/api/v1/deals", new { title = "Gleich für Karl", responsibleId = colleague });
        var kept = await admin.GetJsonAsync($"/api/v1/deals/{second.Id()}");

        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Equal(colleague, (await inside.JsonAsync())["responsibleId"]!.GetValue<long>());
        Assert.Equal((HttpStatusCode.Forbidden, "deals.responsible_forbidden"), (outside.StatusCode, (await outside.JsonAsync()).Code()));
        Assert.Equal(("Für Sven", 1), (kept["title"]!.GetValue<string>(), kept["version"]!.GetValue<int>()));

        // Adding reaches only the user's own deals, so even a colleague is out of reach for a new one.
        Assert.Equal((HttpStatusCode.Forbidden, "deals.responsible_forbidden"), (createdForColleague.StatusCode, (await createdForColleague.JsonAsync()).Code()));
        Assert.Equal([first.Id(), second.Id()], await Rights.DealIdsAsync(admin));
    }

    [Theory, AllDatabases]
    public async Task An_observer_reads_the_deal_and_comments_on_it_but_changes_nothing_and_plans_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var product = await app.ProductAsync("Wartung", 100m);
        var role = await Rights.RoleAsync(admin, "Nichts", new { deal = new { read = "none" }, product = new { read = "all" } });
        var (observer, client) = await Rights.UserAsync(app, admin, "olga@kontor.test", null, role.Id());
        var deal = await admin.PostJsonAsync("/api/v1/deals", new { title = "Beobachtet", observerIds = new[] { observer }, products = new[] { new { productId = product } } });
        var hidden = await admin.PostJsonAsync("/api/v1/deals", new { title = "Nicht beobachtet" });
        var url = $"/api/v1/deals/{deal.Id()}";

        var read = await client.GetAsync(url);
        var rows = await client.GetAsync($"{url}/products");
        var timeline = await client.GetAsync($"{url}/timeline");
        var comment = await client.PostAsJsonAsync($"{url}/comments", new { text = "Ich schaue zu." });
        var refused = new[]
        {
            await client.PatchJsonAsync(url, new { title = "Geändert" }),
            await client.PutAsJsonAsync($"{url}/products", new { rows = Array.Empty<object>() }),
            await client.PostAsJsonAsync($"{url}/activities", new { type = "call", subject = "Rückruf", deadline = "2026-03-03T10:00" }),
            await client.PostAsJsonAsync($"{url}/payments", new { amount = 50 }),
            await client.PostAsJsonAsync($"{url}/deliveries", new { address = "Hauptstr. 1" }),
            await client.PostAsJsonAsync($"{url}/calls", new { direction = "incoming" }),
            await client.PostAsJsonAsync($"{url}/emails", new { direction = "outgoing", subject = "Angebot" }),
            await client.DeleteAsync(url),
        };
        var after = await admin.GetJsonAsync(url);
        var kinds = (await admin.GetJsonAsync($"{url}/timeline"))["items"]!.AsArray().Select(i => i!["kind"]!.GetValue<string>());

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Created],
            new[] { read.StatusCode, rows.StatusCode, timeline.StatusCode, comment.StatusCode });
        Assert.Single((await rows.JsonAsync())["rows"]!.AsArray());
        foreach (var response in refused)
        {
            Assert.Equal((HttpStatusCode.Forbidden, "deals.forbidden"), (response.StatusCode, (await response.JsonAsync()).Code()));
        }

        Assert.Equal(("Beobachtet", 1), (after["title"]!.GetValue<string>(), after["version"]!.GetValue<int>()));
        Assert.Equal(["comment"], kinds.Where(k => k is "comment" or "activity" or "call" or "email" or "payment" or "delivery"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/deals/{hidden.Id()}")).StatusCode);
    }

    [Theory, AllDatabases]
    public async Task Two_roles_give_the_widest_reach_of_either_in_each_pipeline(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var main = await app.DefaultPipelineAsync();
        var service = await app.PipelineAsync("Service");
        var (sales, other) = (await Rights.DepartmentAsync(admin, "Vertrieb"), await Rights.DepartmentAsync(admin, "Service"));
        var ownButServiceAll = await Rights.RoleAsync(
            admin, "Eigene, Service alle", new { deal = new { read = "own" } }, new[] { new { pipelineId = service.Id, permissions = new { read = "all" } } });
        var departmentButNoService = await Rights.RoleAsync(
            admin, "Abteilung, kein Service", new { deal = new { read = "department" } }, new[] { new { pipelineId = service.Id, permissions = new { read = "none" } } });
        var (both, bothClient) = await Rights.UserAsync(app, admin, "beide@kontor.test", sales, ownButServiceAll.Id(), departmentButNoService.Id());
        var (_, oneClient) = await Rights.UserAsync(app, admin, "eine@kontor.test", sales, departmentButNoService.Id());
        var colleague = await Rights.PersonAsync(admin, "karl@kontor.test", sales);
        var outsider = await Rights.PersonAsync(admin, "sven@kontor.test", other);
        async Task<long> DealAsync(long pipeline, long responsible) =>
            (await admin.PostJsonAsync("/api/v1/deals", new { title = "Auftrag", pipelineId = pipeline, responsibleId = responsible, isOpened = false })).Id();
        var mainOwn = await DealAsync(main.Id, both);
        var mainColleague = await DealAsync(main.Id, colleague);
        await DealAsync(main.Id, outsider);
        var serviceColleague = await DealAsync(service.Id, colleague);
        var serviceOutsider = await DealAsync(service.Id, outsider);

        Assert.Equal([mainOwn, mainColleague, serviceColleague, serviceOutsider], await Rights.DealIdsAsync(bothClient));
        Assert.Equal([mainOwn, mainColleague], await Rights.DealIdsAsync(oneClient));
        Assert.Equal(
            (2, 0),
            ((await bothClient.GetJsonAsync($"/api/v1/pipelines/{service.Id}/board"))["columns"]![0]!["count"]!.GetValue<int>(),
                (await oneClient.GetJsonAsync($"/api/v1/pipelines/{service.Id}/board"))["columns"]![0]!["count"]!.GetValue<int>()));
    }

    [Theory, AllDatabases]
    public async Task Moving_a_user_or_a_department_changes_what_others_see_on_their_next_request(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var admin = await app.AdminClientAsync();
        var parent = await Rights.DepartmentAsync(admin, "Vertrieb");
        var north = await Rights.DepartmentAsync(admin, "Vertrieb Nord", parent);
        var service = await Rights.DepartmentAsync(admin, "Service");
        var role = await Rights.RoleAsync(admin, "Baum", new { deal = new { read = "departmentTree" } });
        var (viewer, client) = await Rights.UserAsync(app, admin, "leitung@kontor.test", parent, role.Id());
        var nora = await Rights.PersonAsync(admin, "nora@kontor.test", north);
        var nils = await Rights.PersonAsync(admin, "nils@kontor.test", north);
        var ofNora = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Nora", responsibleId = nora, isOpened = false })).Id();
        var ofNils = (await admin.PostJsonAsync("/api/v1/deals", new { title = "Nils", responsibleId = nils, isOpened = false })).Id();
        var before = await Rights.DealIdsAsync(client);

        await admin.PatchJsonAsync($"/api/v1/users/{nora}", new { departmentId = service });
        var noraMoved = await Rights.DealIdsAsync(client);
        await admin.PatchJsonAsync($"/api/v1/departments/{north}", new { parentId = service });
        var northMoved = await Rights.DealIdsAsync(client);
        var nilsHidden = await client.GetAsync($"/api/v1/deals/{ofNils}");
        await admin.PatchJsonAsync($"/api/v1/users/{viewer}", new { departmentId = service });
        var viewerMoved = await Rights.DealIdsAsync(client);

        Assert.Equal([ofNora, ofNils], before);
        Assert.Equal([ofNils], noraMoved);
        Assert.Empty(northMoved);
        Assert.Equal(HttpStatusCode.NotFound, nilsHidden.StatusCode);
        Assert.Equal([ofNora, ofNils], viewerMoved);
    }
}
