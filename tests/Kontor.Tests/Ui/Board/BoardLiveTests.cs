using System.Collections.Concurrent;
using Kontor.Features.Deals;
using Kontor.Realtime;
using Kontor.Tests.Support;
using Kontor.Ui.Board;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Ui.Board;

public sealed class BoardLiveTests
{
    [Theory, AllDatabases]
    public async Task A_colleagues_move_through_the_api_reaches_an_open_board(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var created = await http.PostJsonAsync("/api/v1/deals", new { title = "Wartungsvertrag", amount = 1200 });
        var deal = created.Id();
        var pipelineId = created["pipelineId"]!.GetValue<long>();
        var board = new BoardModel();
        board.Load((await app.WithDbAsync(d => GetBoard.RunAsync(d, pipelineId, new GetBoard.Query(), "de", default)))!, board.BeginRead());
        var received = new ConcurrentQueue<Change>();
        var feed = app.Services.GetRequiredService<ChangeFeed>();
        Task OnChanged(IReadOnlyList<Change> changes)
        {
            foreach (var change in changes)
            {
                received.Enqueue(change);
            }

            return Task.CompletedTask;
        }

        using (feed.Subscribe(OnChanged))
        {
            var stages = await http.GetJsonAsync($"/api/v1/pipelines/{pipelineId}");
            var second = stages["stages"]![1]!.Id();
            (await http.PatchJsonAsync($"/api/v1/deals/{deal}", new { stageId = second })).EnsureSuccessStatusCode();
        }

        var notice = Assert.Single(received, c => c.Id == deal);
        Assert.Equal(("deal", (long?)pipelineId), (notice.Type, notice.PipelineId));
        Assert.True(board.Concerns(received.ToList()));
    }
}
