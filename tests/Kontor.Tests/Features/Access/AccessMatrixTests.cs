using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Activities;
using Kontor.Features.Calendar;
using Kontor.Features.Customers;
using Kontor.Features.Deals;
using Kontor.Features.Notifications;
using Kontor.Tests.Support;
using Kontor.Ui.Customers;
using Kontor.Ui.Deals;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Features.Access;

/// <summary>
/// The access matrix: for each reach a user in Vertrieb whose role grants it, and for every surface that shows deals,
/// contacts, companies or what hangs on them, exactly the records the reach covers — computed here from the data set,
/// not asked of the code under test — and nothing else, not even in a count or a sum.
/// </summary>
public sealed partial class AccessMatrixTests(AccessWorlds worlds, ITestOutputHelper output) : IClassFixture<AccessWorlds>
{
    /// <summary>Every surface the matrix checks for each reach; a surface that is skipped fails the test.</summary>
    public static readonly string[] Surfaces =
    [
        "GET /deals", "GET /deals?q=", "GET /deals: company names", "GET /deals?companyId=", "GET /deals?contactId=",
        "GET /deals/{id}", "GET /deals/{id}/products", "GET /deals/{id}/timeline", "GET /deals/{id}/comments",
        "GET /deals/{id}/activities", "GET /deals/{id}/payments", "GET /deals/{id}/deliveries", "GET /deals/{id}/calls",
        "GET /deals/{id}/emails", "GET /comments/{id}", "GET /activities/{id}", "GET /payments/{id}", "GET /deliveries/{id}",
        "GET /calls/{id}", "GET /emails/{id}", "GET /pipelines/{id}/board: counts", "GET /pipelines/{id}/board: sums",
        "GET /pipelines/{id}/board + stages/{stageId}: cards", "GET /pipelines/{id}/board: customer names", "GET /activities",
        "GET /activities?responsible=me", "GET /notifications", "GET /notifications: unread", "GET /calendar/{secret}.ics",
        "GET /companies", "GET /companies?q=", "GET /companies/{id}", "GET /companies/{id}/contacts", "GET /companies/{id}/timeline",
        "GET /companies/{id}/comments", "GET /contacts", "GET /contacts?q=", "GET /contacts/{id}", "GET /contacts/{id}/timeline",
        "GET /contacts/{id}/comments", "GET /products", "PATCH /deals/{id}", "DELETE /deals/{id}", "PATCH /companies/{id}",
        "DELETE /companies/{id}", "PATCH /contacts/{id}", "DELETE /contacts/{id}", "UI ListDeals.RunAsync",
        "UI GetBoard.RunAsync + MoreAsync: cards", "UI GetBoard.RunAsync: counts and sums", "UI GetDeal.RunAsync",
        "UI DealView.LoadAsync", "UI DealView.LoadAsync: company and contacts", "UI DealView.TimelineAsync",
        "UI CustomerQueries.CompaniesAsync", "UI CustomerQueries.ContactsAsync", "UI GetCompany.RunAsync", "UI GetContact.RunAsync",
        "UI CustomerQueries.CompanyLinksAsync", "UI CustomerQueries.ContactDealsAsync",
        "UI ListActivities.RunAsync", "UI ListNotifications.RunAsync", "UI CalendarFeeds.RenderAsync",
    ];

    /// <summary>The lists under a deal and the timeline kind of their records.</summary>
    private static readonly (string Path, string Kind)[] DealLists =
        [("comments", "comment"), ("activities", "activity"), ("payments", "payment"), ("deliveries", "delivery"), ("calls", "call"), ("emails", "email")];

    public static TheoryData<Db, Reach> Cases()
    {
        var cases = new TheoryData<Db, Reach>();
        foreach (var db in new[] { Db.Sqlite, Db.Postgres })
        {
            foreach (var reach in Enum.GetValues<Reach>())
            {
                cases.Add(db, reach);
            }
        }

        return cases;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Every_surface_shows_a_user_exactly_the_records_their_reach_covers(Db db, Reach reach)
    {
        var world = await worlds.GetAsync(db);
        var subject = world.Subjects[reach];
        var audit = new AccessAudit($"{db}, reach {reach}");

        await DealListsAsync(world, subject, audit);
        await DealPagesAsync(world, subject, audit);
        await BoardAsync(world, subject, audit);
        await ActivitiesNotificationsAndCalendarAsync(world, subject, audit);
        await CustomersAsync(world, subject, audit);
        await WritesAsync(world, subject, audit);
        await UiCoresAsync(world, subject, audit);

        output.WriteLine(audit.Report());
        Assert.True(audit.Leaks.Count == 0 && audit.Gaps.Count == 0, audit.Report());
        Assert.Equal(Surfaces.Order(StringComparer.Ordinal), audit.Surfaces);
    }

    [Theory, AllDatabases]
    public async Task Hub_clients_hear_only_of_the_deals_their_user_may_read(Db db)
    {
        var world = await worlds.GetAsync(db);
        var heard = world.Subjects.Values.ToDictionary(s => s.Id, _ => new List<string>());
        var sentinel = await world.Admin.PostJsonAsync("/api/v1/deals", new
        {
            title = "Hub probe, observed by everyone",
            responsibleId = world.Deals[0].ResponsibleId,
            isOpened = false,
            observerIds = world.Subjects.Values.Select(s => s.Id),
        });
        var done = world.Subjects.Values.ToDictionary(s => s.Id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var hubs = new List<HubConnection>();
        try
        {
            foreach (var subject in world.Subjects.Values)
            {
                var hub = await Hubs.ConnectAsync(world.App, subject.Client);
                hub.On<JsonElement>("changed", changes =>
                {
                    foreach (var change in changes.EnumerateArray())
                    {
                        var (type, id) = (change.GetProperty("type").GetString(), change.GetProperty("id").GetInt64());
                        if (type == "deal" && id == sentinel.Id() && change.GetProperty("version").GetInt32() > 1)
                        {
                            done[subject.Id].TrySetResult();
                            continue;
                        }

                        if (id != sentinel.Id())
                        {
                            lock (heard)
                            {
                                heard[subject.Id].Add($"{type}:{id}");
                            }
                        }
                    }
                });
                hubs.Add(hub);
            }

            foreach (var deal in world.Deals)
            {
                await world.Admin.PatchJsonAsync($"/api/v1/deals/{deal.Id}", new { comments = "Hub" });
                var comment = await world.Admin.PostJsonAsync($"/api/v1/deals/{deal.Id}/comments", new { text = "Hub" });
                await world.Admin.DeleteAsync($"/api/v1/comments/{comment.Id()}");
            }

            var hidden = await world.Admin.PostJsonAsync("/api/v1/deals", new { title = "Hub hidden", responsibleId = world.Deals[0].ResponsibleId, isOpened = false });
            await world.Admin.DeleteAsync($"/api/v1/deals/{hidden.Id()}");
            await world.Admin.PatchJsonAsync($"/api/v1/deals/{sentinel.Id()}", new { comments = "Ende" });
            await Task.WhenAll(done.Values.Select(t => t.Task)).WaitAsync(TimeSpan.FromSeconds(30));

            var hiddenDeal = world.Deals[0] with { Id = hidden.Id(), ObserverIds = [] };
            var audits = new List<AccessAudit>();
            foreach (var subject in world.Subjects.Values)
            {
                var audit = new AccessAudit($"{db}, reach {subject.Reach}");
                var expected = world.VisibleDeals(subject).SelectMany(d => new[] { $"deal:{d.Id}", $"timeline:{d.Id}" });
                if (world.Reads(subject, hiddenDeal))
                {
                    expected = expected.Append($"deal:{hidden.Id()}");
                }

                List<string> seen;
                lock (heard)
                {
                    seen = [.. heard[subject.Id].Distinct()];
                }

                audit.Same("hub /hubs/kontor: changed", expected, seen);
                audits.Add(audit);
                output.WriteLine(audit.Report());
            }

            Assert.True(audits.All(a => a.Leaks.Count == 0 && a.Gaps.Count == 0), string.Join("", audits.Select(a => a.Report())));
        }
        finally
        {
            foreach (var hub in hubs)
            {
                await hub.DisposeAsync();
            }

            await world.Admin.DeleteAsync($"/api/v1/deals/{sentinel.Id()}");
        }
    }

    // ---- the surfaces ----

    private static async Task DealListsAsync(AccessWorld w, Subject s, AccessAudit audit)
    {
        var visible = w.VisibleDeals(s).ToList();
        var list = await PagesAsync(s.Client, "/api/v1/deals?limit=4");
        audit.Same("GET /deals", Ids(visible), list.Select(Id), DealName(w));
        audit.Same(
            "GET /deals?q=", Ids(visible.Where(d => d.Title.Contains(AccessWorld.Token, StringComparison.Ordinal))),
            (await PagesAsync(s.Client, "/api/v1/deals?q=matrix&limit=4")).Select(Id), DealName(w));
        audit.Same(
            "GET /deals: company names",
            visible.Where(d => d.CompanyId is not null).Select(d => $"{d.Id}: {(w.CompanyVisible(s, d.CompanyId!.Value) ? w.Companies.Single(c => c.Id == d.CompanyId).Name : "-")}"),
            list.Where(d => d["companyId"] is not null).Select(d => $"{Id(d)}: {d["companyName"]?.GetValue<string>() ?? "-"}"));

        var byCompany = new ConcurrentQueue<string>();
        await EachAsync(w.Companies, async company =>
            AddAll(byCompany, (await PagesAsync(s.Client, $"/api/v1/deals?companyId={company.Id}&limit=4")).Select(d => $"{company.Id} → {Id(d)}")));

        audit.Same("GET /deals?companyId=", visible.Where(d => d.CompanyId is not null).Select(d => $"{d.CompanyId} → {d.Id}"), byCompany);

        var byContact = new ConcurrentQueue<string>();
        await EachAsync(w.Contacts, async contact =>
            AddAll(byContact, (await PagesAsync(s.Client, $"/api/v1/deals?contactId={contact.Id}&limit=4")).Select(d => $"{contact.Id} → {Id(d)}")));

        audit.Same("GET /deals?contactId=", visible.SelectMany(d => d.ContactIds.Select(c => $"{c} → {d.Id}")), byContact);
    }

    private static async Task DealPagesAsync(AccessWorld w, Subject s, AccessAudit audit)
    {
        var timelines = new ConcurrentQueue<string>();
        var lists = DealLists.ToDictionary(l => l.Path, _ => new ConcurrentQueue<string>());
        await EachAsync(w.Deals, async deal =>
        {
            var readable = w.Reads(s, deal);
            var name = w.Describe(deal);
            audit.Status("GET /deals/{id}", readable, (await s.Client.GetAsync($"/api/v1/deals/{deal.Id}")).StatusCode, name);
            audit.Status("GET /deals/{id}/products", readable, (await s.Client.GetAsync($"/api/v1/deals/{deal.Id}/products")).StatusCode, name);

            var timeline = await s.Client.GetAsync($"/api/v1/deals/{deal.Id}/timeline?limit=200");
            audit.Status("GET /deals/{id}/timeline", readable, timeline.StatusCode, name);
            if (timeline.IsSuccessStatusCode)
            {
                var page = await timeline.JsonAsync();
                AddAll(timelines, page["items"]!.AsArray().Where(i => i!["recordId"] is not null).Select(i => $"{i!["kind"]!.GetValue<string>()}:{i["recordId"]}"));
                AddAll(timelines, page["planned"]!.AsArray().Select(a => $"activity:{Id(a!)}"));
            }

            foreach (var (what, kind) in DealLists)
            {
                var response = await s.Client.GetAsync($"/api/v1/deals/{deal.Id}/{what}");
                audit.Status($"GET /deals/{{id}}/{what}", readable, response.StatusCode, name);
                if (response.IsSuccessStatusCode)
                {
                    var json = await response.JsonAsync();
                    var items = json is JsonArray array ? array : json["items"]!.AsArray();
                    AddAll(lists[what], items.Select(i => $"{kind}:{Id(i!)}"));
                }
            }

            foreach (var (path, id) in new[]
            {
                ("comments", deal.CommentId), ("activities", deal.Activities[s.Id]), ("payments", deal.PaymentId),
                ("deliveries", deal.DeliveryId), ("calls", deal.CallId), ("emails", deal.EmailId),
            })
            {
                audit.Status($"GET /{path}/{{id}}", readable, (await s.Client.GetAsync($"/api/v1/{path}/{id}")).StatusCode, $"{path} {id} of {name}");
            }
        });

        var visible = w.VisibleDeals(s).ToList();
        audit.Same("GET /deals/{id}/timeline", visible.SelectMany(d => d.Records()), timelines.Distinct());
        foreach (var (what, kind) in DealLists)
        {
            var records = lists[what];
            audit.Same($"GET /deals/{{id}}/{what}", visible.SelectMany(d => d.Records()).Where(r => r.StartsWith(kind + ":", StringComparison.Ordinal)), records);
        }
    }

    private static async Task BoardAsync(AccessWorld w, Subject s, AccessAudit audit)
    {
        var cards = new List<JsonNode>();
        foreach (var (pipeline, stages) in w.Pipelines)
        {
            var board = await s.Client.GetJsonAsync($"/api/v1/pipelines/{pipeline}/board?perStage=2&includeFinal=true");
            foreach (var column in board["columns"]!.AsArray())
            {
                var stageId = column!["stageId"]!.GetValue<long>();
                var inStage = w.VisibleDeals(s).Where(d => d.StageId == stageId).ToList();
                audit.Equal("GET /pipelines/{id}/board: counts", inStage.Count, column["count"]!.GetValue<int>(), $"the count of stage {stageId}");
                audit.Equal("GET /pipelines/{id}/board: sums", inStage.Sum(d => d.Amount), column["sum"]!.GetValue<decimal>(), $"the sum of stage {stageId}");
                cards.AddRange(column["cards"]!.AsArray().Select(c => c!));
                var next = column["next"]?.GetValue<string>();
                while (next is not null)
                {
                    var more = await s.Client.GetJsonAsync(
                        $"/api/v1/pipelines/{pipeline}/board/stages/{stageId}?perStage=2&includeFinal=true&cursor={Uri.EscapeDataString(next)}");
                    cards.AddRange(more["items"]!.AsArray().Select(c => c!));
                    next = more["next"]?.GetValue<string>();
                }
            }
        }

        var visible = w.VisibleDeals(s).ToList();
        audit.Same("GET /pipelines/{id}/board + stages/{stageId}: cards", Ids(visible), cards.Select(Id), DealName(w));
        audit.Same(
            "GET /pipelines/{id}/board: customer names",
            visible.Select(d => $"{d.Id}: {w.CustomerName(s, d) ?? "-"}"),
            cards.Select(c => $"{Id(c)}: {c["customerName"]?.GetValue<string>() ?? "-"}"));
    }

    private static async Task ActivitiesNotificationsAndCalendarAsync(AccessWorld w, Subject s, AccessAudit audit)
    {
        var visible = w.VisibleDeals(s).ToList();
        audit.Same(
            "GET /activities", visible.SelectMany(d => d.Activities.Values).Select(a => $"{a}"),
            (await PagesAsync(s.Client, "/api/v1/activities?limit=50")).Select(Id));
        audit.Same(
            "GET /activities?responsible=me", visible.Select(d => $"{d.Activities[s.Id]}"),
            (await PagesAsync(s.Client, "/api/v1/activities?responsible=me&limit=50")).Select(Id));

        var expected = ExpectedNotifications(w, s);
        var notifications = await PagesAsync(s.Client, "/api/v1/notifications?limit=50");
        audit.Same("GET /notifications", expected, notifications.Select(NotificationKey));
        var unread = (await s.Client.GetJsonAsync("/api/v1/notifications?limit=1"))["unread"]!.GetValue<int>();
        audit.Equal("GET /notifications: unread", expected.Count, unread, "the unread count");

        var feed = await s.Client.PostJsonAsync("/api/v1/calendar-feed", new { });
        using var anonymous = w.App.CreateClient();
        var ics = await anonymous.GetStringAsync(new Uri(feed["url"]!.GetValue<string>()).PathAndQuery);
        audit.Same("GET /calendar/{secret}.ics", visible.Select(d => $"{d.Activities[s.Id]}"), CalendarUids().Matches(ics).Select(m => m.Groups[1].Value));
    }

    private static async Task CustomersAsync(AccessWorld w, Subject s, AccessAudit audit)
    {
        foreach (var (kind, records, comments) in new[] { ("companies", w.Companies, w.CompanyComments), ("contacts", w.Contacts, w.ContactComments) })
        {
            var visible = records.Where(c => w.Reads(s, c)).ToList();
            string Name(string id) => records.FirstOrDefault(c => $"{c.Id}" == id) is { } c ? $"{kind} {w.Describe(c)}" : id;
            audit.Same($"GET /{kind}", visible.Select(c => $"{c.Id}"), (await PagesAsync(s.Client, $"/api/v1/{kind}?limit=3")).Select(Id), Name);
            audit.Same($"GET /{kind}?q=", visible.Select(c => $"{c.Id}"), (await PagesAsync(s.Client, $"/api/v1/{kind}?q=matrix&limit=3")).Select(Id), Name);

            var timelines = new ConcurrentQueue<string>();
            var listed = new ConcurrentQueue<string>();
            await EachAsync(records, async record =>
            {
                var readable = w.Reads(s, record);
                var name = $"{kind} {w.Describe(record)}";
                audit.Status($"GET /{kind}/{{id}}", readable, (await s.Client.GetAsync($"/api/v1/{kind}/{record.Id}")).StatusCode, name);
                var timeline = await s.Client.GetAsync($"/api/v1/{kind}/{record.Id}/timeline");
                audit.Status($"GET /{kind}/{{id}}/timeline", readable, timeline.StatusCode, name);
                if (timeline.IsSuccessStatusCode)
                {
                    AddAll(timelines, (await timeline.JsonAsync())["items"]!.AsArray().Where(i => i!["recordId"] is not null).Select(i => $"{i!["recordId"]}"));
                }

                var list = await s.Client.GetAsync($"/api/v1/{kind}/{record.Id}/comments");
                audit.Status($"GET /{kind}/{{id}}/comments", readable, list.StatusCode, name);
                if (list.IsSuccessStatusCode)
                {
                    AddAll(listed, (await list.JsonAsync())["items"]!.AsArray().Select(i => Id(i!)));
                }
            });

            audit.Same($"GET /{kind}/{{id}}/timeline", visible.Select(c => $"{comments[c.Id]}"), timelines);
            audit.Same($"GET /{kind}/{{id}}/comments", visible.Select(c => $"{comments[c.Id]}"), listed);
        }

        var contactsOfCompanies = new ConcurrentQueue<string>();
        await EachAsync(w.Companies, async company =>
        {
            var response = await s.Client.GetAsync($"/api/v1/companies/{company.Id}/contacts");
            audit.Status("GET /companies/{id}/contacts", w.Reads(s, company), response.StatusCode, $"company {w.Describe(company)}");
            if (response.IsSuccessStatusCode)
            {
                AddAll(contactsOfCompanies, (await response.JsonAsync())["items"]!.AsArray().Select(c => $"{company.Id} → {Id(c!)}"));
            }
        });

        audit.Same(
            "GET /companies/{id}/contacts",
            w.Companies.Where(c => w.Reads(s, c)).SelectMany(c => w.ContactsOfCompany[c.Id].Where(id => w.ContactVisible(s, id)).Select(id => $"{c.Id} → {id}")),
            contactsOfCompanies);

        var products = await PagesAsync(w.Admin, "/api/v1/products?limit=200");
        audit.Same("GET /products", s.Reach == Reach.None ? Enumerable.Empty<string>() : products.Select(Id), (await PagesAsync(s.Client, "/api/v1/products?limit=200")).Select(Id));
    }

    private static async Task WritesAsync(AccessWorld w, Subject s, AccessAudit audit)
    {
        await EachAsync(w.Deals, async deal =>
        {
            var name = w.Describe(deal);
            var expected = !w.Reads(s, deal) ? HttpStatusCode.NotFound : w.Changes(s, deal) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            audit.Write("PATCH /deals/{id}", expected, (await s.Client.PatchJsonAsync($"/api/v1/deals/{deal.Id}", new { comments = "geprüft" })).StatusCode, name);

            // A stale If-Match: a permitted delete stops at the version check (412) and deletes nothing.
            audit.Write("DELETE /deals/{id}", expected == HttpStatusCode.OK ? HttpStatusCode.PreconditionFailed : expected, (await DeleteStaleAsync(s.Client, $"/api/v1/deals/{deal.Id}")).StatusCode, name);
        });

        foreach (var (kind, records) in new[] { ("companies", w.Companies), ("contacts", w.Contacts) })
        {
            await EachAsync(records, async record =>
            {
                var name = $"{kind} {w.Describe(record)}";
                var expected = w.Reads(s, record) ? HttpStatusCode.OK : HttpStatusCode.NotFound;
                audit.Write($"PATCH /{kind}/{{id}}", expected, (await s.Client.PatchJsonAsync($"/api/v1/{kind}/{record.Id}", new { comments = "geprüft" })).StatusCode, name);
                audit.Write(
                    $"DELETE /{kind}/{{id}}", expected == HttpStatusCode.OK ? HttpStatusCode.PreconditionFailed : expected,
                    (await DeleteStaleAsync(s.Client, $"/api/v1/{kind}/{record.Id}")).StatusCode, name);
            });
        }
    }

    private static async Task UiCoresAsync(AccessWorld w, Subject s, AccessAudit audit)
    {
        var ct = TestContext.Current.CancellationToken;
        var visible = w.VisibleDeals(s).ToList();
        await AsAsync(w, s, async db =>
        {
            var listed = new List<ListDeals.DealSummary>();
            string? cursor = null;
            do
            {
                var (page, _) = await ListDeals.RunAsync(db, new ListDeals.Query { Limit = 4, Cursor = cursor }, w.App.Clock, ct);
                listed.AddRange(page!.Items);
                cursor = page.Next;
            }
            while (cursor is not null);

            audit.Same("UI ListDeals.RunAsync", Ids(visible), listed.Select(d => $"{d.Id}"), DealName(w));

            var cards = new List<long>();
            foreach (var (pipeline, _) in w.Pipelines)
            {
                var query = new GetBoard.Query { PerStage = 2, IncludeFinal = true };
                var board = await GetBoard.RunAsync(db, pipeline, query, "de", w.App.Clock, ct);
                foreach (var column in board!.Columns)
                {
                    var inStage = visible.Where(d => d.StageId == column.StageId).ToList();
                    audit.Equal("UI GetBoard.RunAsync: counts and sums", inStage.Count, column.Count ?? -1, $"the count of stage {column.StageId}");
                    audit.Equal("UI GetBoard.RunAsync: counts and sums", inStage.Sum(d => d.Amount), column.Sum ?? -1, $"the sum of stage {column.StageId}");
                    cards.AddRange(column.Cards!.Select(c => c.Id));
                    for (var next = column.Next; next is not null;)
                    {
                        var (more, _) = await GetBoard.MoreAsync(db, pipeline, column.StageId, query, next, w.App.Clock, ct);
                        cards.AddRange(more!.Items.Select(c => c.Id));
                        next = more.Next;
                    }
                }
            }

            audit.Same("UI GetBoard.RunAsync + MoreAsync: cards", Ids(visible), cards.Select(c => $"{c}"), DealName(w));

            var pipelines = (await Kontor.Features.Pipelines.ListPipelines.RunAsync(db, "de", ct)).Items;
            var timeline = new List<string>();
            foreach (var deal in w.Deals)
            {
                var name = w.Describe(deal);
                var readable = w.Reads(s, deal);
                audit.Status("UI GetDeal.RunAsync", readable, await GetDeal.RunAsync(db, deal.Id, ct) is null ? HttpStatusCode.NotFound : HttpStatusCode.OK, name);
                var view = await DealView.LoadAsync(db, deal.Id, "de", ct);
                audit.Status("UI DealView.LoadAsync", readable, view is null ? HttpStatusCode.NotFound : HttpStatusCode.OK, name);
                if (view is not null)
                {
                    var company = deal.CompanyId is { } c && w.CompanyVisible(s, c) ? c : (long?)null;
                    audit.Same(
                        "UI DealView.LoadAsync: company and contacts",
                        deal.ContactIds.Where(id => w.ContactVisible(s, id)).Select(id => $"{deal.Id}: contact {id}").Concat(company is null ? Array.Empty<string>() : [$"{deal.Id}: company {company}"]),
                        view.Contacts.Select(x => $"{deal.Id}: contact {x.Id}").Concat(view.Company is null ? Array.Empty<string>() : [$"{deal.Id}: company {view.Company.Id}"]));
                }

                var (entries, names) = await DealView.TimelineAsync(db, deal.Id, null, pipelines, db.Access.UserId, w.App.Clock, ct);
                audit.Status("UI DealView.TimelineAsync", readable, entries is null ? HttpStatusCode.NotFound : HttpStatusCode.OK, name);
                timeline.AddRange(entries?.Items.Where(i => i.RecordId is not null).Select(i => $"{i.Kind}:{i.RecordId}") ?? Enumerable.Empty<string>());
                audit.Same("UI DealView.TimelineAsync", [], names.Companies.Keys.Where(id => !w.CompanyVisible(s, id)).Select(id => $"the name of company {id}"));
                audit.Same("UI DealView.TimelineAsync", [], names.Contacts.Keys.Where(id => !w.ContactVisible(s, id)).Select(id => $"the name of contact {id}"));
            }

            // The page shows the first 20 entries; every entry shown belongs to a readable deal.
            audit.Same("UI DealView.TimelineAsync", [], timeline.Distinct().Except(visible.SelectMany(d => d.Records())));

            var companies = new List<CompanyResponse>();
            cursor = null;
            do
            {
                var (page, _) = await CustomerQueries.CompaniesAsync(db, new ListCompanies.Query { Limit = 3, Cursor = cursor }, ct);
                companies.AddRange(page!.Items);
                cursor = page.Next;
            }
            while (cursor is not null);

            audit.Same("UI CustomerQueries.CompaniesAsync", w.Companies.Where(c => w.Reads(s, c)).Select(c => $"{c.Id}"), companies.Select(c => $"{c.Id}"));

            var contacts = new List<ContactResponse>();
            do
            {
                var (page, _) = await CustomerQueries.ContactsAsync(db, new ListContacts.Query { Limit = 3, Cursor = cursor }, ct);
                contacts.AddRange(page!.Items);
                cursor = page.Next;
            }
            while (cursor is not null);

            audit.Same("UI CustomerQueries.ContactsAsync", w.Contacts.Where(c => w.Reads(s, c)).Select(c => $"{c.Id}"), contacts.Select(c => $"{c.Id}"));
            foreach (var company in w.Companies)
            {
                audit.Status("UI GetCompany.RunAsync", w.Reads(s, company), await GetCompany.RunAsync(db, company.Id, ct) is null ? HttpStatusCode.NotFound : HttpStatusCode.OK, w.Describe(company));

                // The delete dialog's "n contacts and m deals lose this company" counts only what the user may read.
                var (linkedContacts, linkedDeals) = await CustomerQueries.CompanyLinksAsync(db, company.Id, ct);
                audit.Equal("UI CustomerQueries.CompanyLinksAsync", w.ContactsOfCompany[company.Id].Count(id => w.ContactVisible(s, id)), linkedContacts, $"the contacts of {w.Describe(company)}");
                audit.Equal("UI CustomerQueries.CompanyLinksAsync", visible.Count(d => d.CompanyId == company.Id), linkedDeals, $"the deals of {w.Describe(company)}");
            }

            foreach (var contact in w.Contacts)
            {
                audit.Status("UI GetContact.RunAsync", w.Reads(s, contact), await GetContact.RunAsync(db, contact.Id, ct) is null ? HttpStatusCode.NotFound : HttpStatusCode.OK, w.Describe(contact));
                audit.Equal(
                    "UI CustomerQueries.ContactDealsAsync", visible.Count(d => d.ContactIds.Contains(contact.Id)), await CustomerQueries.ContactDealsAsync(db, contact.Id, ct),
                    $"the deals of {w.Describe(contact)}");
            }

            var activities = new List<ActivityResponse>();
            do
            {
                var (page, _) = await ListActivities.RunAsync(db, null, new ListActivities.Query { Limit = 50, Cursor = cursor }, s.Id, w.App.Clock, ct);
                activities.AddRange(page!.Items);
                cursor = page.Next;
            }
            while (cursor is not null);

            audit.Same("UI ListActivities.RunAsync", visible.SelectMany(d => d.Activities.Values).Select(a => $"{a}"), activities.Select(a => $"{a.Id}"));

            var (notifications, _) = await ListNotifications.RunAsync(db, s.Id, false, 200, null, ct);
            var expected = ExpectedNotifications(w, s);
            audit.Same("UI ListNotifications.RunAsync", expected, notifications!.Items.Select(n => NotificationKey(n.Kind, n.DealId, n.CompanyId, n.ContactId)));
            audit.Equal("UI ListNotifications.RunAsync", expected.Count, notifications.Unread, "the unread count");

            var ics = await CalendarFeeds.RenderAsync(db, s.Id, null, w.App.Clock.GetUtcNow().UtcDateTime, ct);
            audit.Same("UI CalendarFeeds.RenderAsync", visible.Select(d => $"{d.Activities[s.Id]}"), CalendarUids().Matches(ics).Select(m => m.Groups[1].Value));
            return 0;
        });
    }

    // ---- helpers ----

    private static List<string> ExpectedNotifications(AccessWorld w, Subject s) =>
    [
        .. w.VisibleDeals(s).SelectMany(d => new[] { $"mention:deal:{d.Id}", $"reminder:deal:{d.Id}" }),
        .. w.Companies.Where(c => w.Reads(s, c)).Select(c => $"mention:company:{c.Id}"),
        .. w.Contacts.Where(c => w.Reads(s, c)).Select(c => $"mention:contact:{c.Id}"),
    ];

    private static string NotificationKey(JsonNode n) => NotificationKey(
        n["kind"]!.GetValue<string>(), n["dealId"]?.GetValue<long>(), n["companyId"]?.GetValue<long>(), n["contactId"]?.GetValue<long>());

    private static string NotificationKey(string kind, long? deal, long? company, long? contact) =>
        deal is { } d ? $"{kind}:deal:{d}" : company is { } c ? $"{kind}:company:{c}" : $"{kind}:contact:{contact}";

    private static async Task<T> AsAsync<T>(AccessWorld w, Subject s, Func<KontorDb, Task<T>> work)
    {
        await using var scope = w.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KontorDb>();
        db.Access = await LoadAccess.ForUserAsync(db, s.Id, TestContext.Current.CancellationToken) ?? AccessScope.Nothing;
        return await work(db);
    }

    /// <summary>Runs the requests of a surface a few at a time, as several screens would.</summary>
    private static Task EachAsync<T>(IEnumerable<T> items, Func<T, Task> body) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, _) => await body(item));

    private static void AddAll(ConcurrentQueue<string> queue, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            queue.Enqueue(item);
        }
    }

    private static async Task<HttpResponseMessage> DeleteStaleAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        request.Headers.TryAddWithoutValidation("If-Match", "\"999999\"");
        return await client.SendAsync(request);
    }

    /// <summary>Every item of a keyset-paged list, following <c>next</c> to the end.</summary>
    public static async Task<List<JsonNode>> PagesAsync(HttpClient client, string url)
    {
        var items = new List<JsonNode>();
        string? next = null;
        do
        {
            var page = await client.GetJsonAsync(next is null ? url : $"{url}&cursor={Uri.EscapeDataString(next)}");
            items.AddRange(page["items"]!.AsArray().Select(i => i!));
            next = page["next"]?.GetValue<string>();
        }
        while (next is not null);

        return items;
    }


    private static string Id(JsonNode node) => $"{node["id"]!.GetValue<long>()}";

    private static IEnumerable<string> Ids(IEnumerable<WorldDeal> deals) => deals.Select(d => $"{d.Id}");

    private static Func<string, string> DealName(AccessWorld w) => id => w.Deals.FirstOrDefault(d => $"{d.Id}" == id) is { } d ? w.Describe(d) : $"deal {id}";

    [GeneratedRegex(@"UID:activity-(\d+)@kontor")]
    private static partial Regex CalendarUids();
}
