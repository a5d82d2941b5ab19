using Kontor.Common;
using Kontor.Features.Deals;
using Kontor.Realtime;
using Kontor.Tests.Support;
using Kontor.Ui.Deals;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Ui.Deals;

/// <summary>What the deal page reads and how it saves, on a real database.</summary>
public sealed class DealPageDataTests
{
    [Theory, AllDatabases]
    public async Task The_page_reads_a_deal_with_its_customers_people_rows_and_pipeline(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var bernd = await app.UserAsync("bernd@kontor.test", "Bernd Vertrieb");
        var company = await app.CompanyAsync("Braun Elektro KG");
        var ada = await app.ContactAsync("Ada", "Braun");
        var jonas = await app.ContactAsync("Jonas", "Keller");
        var product = await app.ProductAsync("Wartungsvertrag", 1200m);
        var deal = await http.PostJsonAsync("/api/v1/deals", new
        {
            title = "Auftrag 2026-0042",
            companyId = company,
            contactIds = new[] { jonas, ada },
            observerIds = new[] { bernd },
            products = new object[] { new { productId = product }, new { name = "Anfahrt", price = 50, quantity = 2 } },
        });

        var view = await app.WithDbAsync(d => DealView.LoadAsync(d, deal.Id(), "en", default));

        Assert.NotNull(view);
        Assert.Equal("Braun Elektro KG", view.Company?.Name);
        Assert.Equal(["Jonas Keller", "Ada Braun"], view.Contacts.Select(CustomerOption.ContactName));
        Assert.Equal(["Wartungsvertrag", "Anfahrt"], view.Rows.Select(r => r.Name));
        Assert.Equal("Bernd Vertrieb", view.UserName(bernd));
        Assert.Equal("Anna Admin", view.UserName(view.Deal.ResponsibleId));
        Assert.Equal("New", view.Pipeline.Stages[0].Name);
        Assert.Equal(2, view.MinorUnits);
    }

    [Theory, AllDatabases]
    public async Task An_unknown_deal_reads_as_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);

        var view = await app.WithDbAsync(d => DealView.LoadAsync(d, 999_999, "de", default));

        Assert.Null(view);
    }

    [Theory, AllDatabases]
    public async Task A_timeline_page_brings_the_names_its_entries_refer_to_and_pages_on(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var bernd = await app.UserAsync("bernd@kontor.test", "Bernd Vertrieb");
        var company = await app.CompanyAsync("Braun Elektro KG");
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag" })).Id();
        await http.PatchJsonAsync($"/api/v1/deals/{deal}", new { responsibleId = bernd, companyId = company });
        for (var i = 1; i <= 21; i++)
        {
            await http.PatchJsonAsync($"/api/v1/deals/{deal}", new { probability = i });
        }

        var pipelines = (await app.WithDbAsync(d => DealView.LoadAsync(d, deal, "de", default)))!.Pipelines;
        var (first, names) = await app.WithDbAsync(d => DealView.TimelineAsync(d, deal, null, pipelines, 1, app.Clock, default));
        var (second, moreNames) = await app.WithDbAsync(d => DealView.TimelineAsync(d, deal, first!.Next, pipelines, 1, app.Clock, default));

        Assert.Equal(20, first!.Items.Count);
        Assert.NotNull(first.Next);
        Assert.Equal(3, second!.Items.Count);
        Assert.Null(second.Next);
        Assert.Equal("Bernd Vertrieb", moreNames.Users[bernd]);
        Assert.Equal("Braun Elektro KG", moreNames.Companies[company]);
        Assert.Empty(names.Companies);
    }

    [Theory, AllDatabases]
    public async Task A_save_over_a_version_the_user_has_not_seen_is_refused_and_names_who_changed_it(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag" });
        var shown = deal["version"]!.GetValue<int>();
        await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { title = "Von jemand anderem" });
        var bernd = await app.UserAsync("bernd@kontor.test", "Bernd Vertrieb");

        var outcome = await app.WithDbAsync(d => DealSaving.SaveAsync(d, deal.Id(), shown, (d2, loaded) =>
            UpdateDeal.RunAsync(d2, loaded, new DealChanges { Title = Optional.Of("Meins") }, null, null, bernd, app.Clock, default), default));
        var stored = await http.GetJsonAsync($"/api/v1/deals/{deal.Id()}");

        Assert.False(outcome.Saved);
        Assert.Equal(deal["responsibleId"]!.GetValue<long>(), outcome.ChangedBy);
        Assert.Equal("Von jemand anderem", stored["title"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task A_change_saved_by_someone_else_between_reading_and_writing_is_not_overwritten(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var bernd = await app.UserAsync("bernd@kontor.test", "Bernd Vertrieb");
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag" });
        var id = deal.Id();

        var outcome = await app.WithDbAsync(d => DealSaving.SaveAsync(d, id, deal["version"]!.GetValue<int>(), async (d2, loaded) =>
        {
            await app.WithDbAsync(async other =>
            {
                var same = await other.LoadDealAsync(id, default);
                await UpdateDeal.RunAsync(other, same!, new DealChanges { Title = Optional.Of("Bernds Titel") }, null, null, bernd, app.Clock, default);
                return await other.SaveChangesAsync();
            });
            return await UpdateDeal.RunAsync(d2, loaded, new DealChanges { Title = Optional.Of("Meins") }, null, null, 1, app.Clock, default);
        }, default));
        var stored = await http.GetJsonAsync($"/api/v1/deals/{id}");

        Assert.Equal(bernd, outcome.ChangedBy);
        Assert.Equal("Bernds Titel", stored["title"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task A_save_through_the_page_changes_the_deal_and_a_rule_refusal_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag" });
        var version = deal["version"]!.GetValue<int>();

        var saved = await app.WithDbAsync(d => DealSaving.SaveAsync(d, deal.Id(), version, (d2, loaded) =>
            UpdateDeal.RunAsync(d2, loaded, new DealChanges { Probability = Optional.Of<int?>(60) }, null, null, 1, app.Clock, default), default));
        var refused = await app.WithDbAsync(d => DealSaving.SaveAsync(d, deal.Id(), version + 1, (d2, loaded) =>
            UpdateDeal.RunAsync(d2, loaded, new DealChanges { CompanyId = Optional.Of<long?>(999_999) }, null, null, 1, app.Clock, default), default));
        var stored = await http.GetJsonAsync($"/api/v1/deals/{deal.Id()}");

        Assert.True(saved.Saved);
        Assert.Equal(version + 1, saved.Version);
        Assert.Equal("deals.company_not_found", refused.Error?.Code);
        Assert.Equal(60, stored["probability"]!.GetValue<int>());
        Assert.Null(stored["companyId"]);
        Assert.Equal(version + 1, stored["version"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task A_deal_saved_anywhere_reaches_open_pages_through_the_change_feed_with_its_new_version(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = await http.PostJsonAsync("/api/v1/deals", new { title = "Auftrag" });
        var notices = new List<Change>();
        var feed = app.Services.GetRequiredService<ChangeFeed>();
        Task Collect(IReadOnlyList<Change> changes)
        {
            lock (notices)
            {
                notices.AddRange(changes);
            }

            return Task.CompletedTask;
        }

        using (feed.Subscribe(Collect))
        {
            var patched = await (await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { title = "Neu" })).JsonAsync();

            lock (notices)
            {
                Assert.Contains(new Change("deal", deal.Id(), patched["version"]!.GetValue<int>(), patched["pipelineId"]!.GetValue<long>()), notices);
            }
        }
    }
}
