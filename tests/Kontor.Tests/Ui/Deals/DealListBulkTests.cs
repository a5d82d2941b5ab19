using Kontor.Common;
using Kontor.Features.Deals;
using Kontor.Tests.Support;
using Kontor.Ui.Deals;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Ui.Deals;

public sealed class DealListBulkTests
{
    [Fact]
    public async Task Every_deal_is_tried_and_each_refusal_is_reported_with_its_deal()
    {
        var tried = new List<long>();

        var outcome = await DealListBulk.RunAsync(
            [(1, "Eins"), (2, "Zwei"), (3, "Drei")],
            id =>
            {
                tried.Add(id);
                return Task.FromResult(id == 2 ? DealErrors.NotFound : null);
            });

        Assert.Equal([1L, 2L, 3L], tried);
        Assert.Equal(2, outcome.Succeeded);
        var failure = Assert.Single(outcome.Failures);
        Assert.Equal((2L, "Zwei", "deals.not_found"), (failure.Id, failure.Title, failure.Error.Code));
    }

    [Fact]
    public async Task A_concurrent_change_of_one_deal_is_reported_as_a_conflict()
    {
        var outcome = await DealListBulk.RunAsync(
            [(5, "Fünf"), (6, "Sechs")],
            id => id == 5 ? throw new DbUpdateConcurrencyException() : Task.FromResult<Error?>(null));

        Assert.Equal(1, outcome.Succeeded);
        Assert.Equal("concurrency.conflict", Assert.Single(outcome.Failures).Error.Code);
    }

    [Theory, AllDatabases]
    public async Task Moving_deals_to_a_stage_moves_deals_of_another_pipeline_too(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var service = await app.PipelineAsync();
        var first = (await http.PostJsonAsync("/api/v1/deals", new { title = "Auf der Hauptpipeline" })).Id();
        var second = (await http.PostJsonAsync("/api/v1/deals", new { title = "Schon im Service", pipelineId = service.Id })).Id();
        var admin = await app.WithDbAsync(d => d.Users.Where(u => u.Email == KontorAppFactory.AdminEmail).Select(u => u.Id).SingleAsync());
        var target = service.StageId("EXECUTING");

        var outcome = await DealListBulk.RunAsync(
            [(first, "1"), (second, "2")],
            id => app.WithDbAsync(d => DealListBulk.MoveAsync(d, id, service.Id, target, admin, app.Clock, CancellationToken.None)));

        Assert.Equal(2, outcome.Succeeded);
        var stages = await app.WithDbAsync(d => d.Set<Deal>().OrderBy(x => x.Id).Select(x => new { x.PipelineId, x.StageId }).ToListAsync());
        Assert.All(stages, s => Assert.Equal((service.Id, target), (s.PipelineId, s.StageId)));
    }

    [Theory, AllDatabases]
    public async Task Changing_the_responsible_to_a_deactivated_user_is_refused_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Wartung" })).Id();
        var bernd = await app.UserAsync("bernd@kontor.test");
        await app.WithDbAsync(async d =>
        {
            var user = await d.Users.SingleAsync(u => u.Id == bernd);
            user.IsActive = false;
            return await d.SaveChangesAsync();
        });
        var before = await app.WithDbAsync(d => d.Set<Deal>().Where(x => x.Id == deal).Select(x => x.ResponsibleId).SingleAsync());

        var error = await app.WithDbAsync(d => DealListBulk.ChangeResponsibleAsync(d, deal, bernd, before, app.Clock, CancellationToken.None));

        Assert.Equal("deals.user_not_found", error?.Code);
        Assert.Equal(before, await app.WithDbAsync(d => d.Set<Deal>().Where(x => x.Id == deal).Select(x => x.ResponsibleId).SingleAsync()));
    }

    [Theory, AllDatabases]
    public async Task Deleting_a_deal_that_is_already_gone_reports_not_found(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Weg damit" })).Id();

        var first = await app.WithDbAsync(d => DealListBulk.DeleteAsync(d, deal, CancellationToken.None));
        var second = await app.WithDbAsync(d => DealListBulk.DeleteAsync(d, deal, CancellationToken.None));

        Assert.Null(first);
        Assert.Equal("deals.not_found", second?.Code);
        Assert.False(await app.WithDbAsync(d => d.Set<Deal>().AnyAsync(x => x.Id == deal)));
    }
}
