using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Kontor.Realtime;
using Kontor.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Realtime;

/// <summary>Two nodes of one installation: one database, one Redis.</summary>
public sealed class MultiNodeTests
{
    [Theory, AllDatabases]
    public async Task A_deal_saved_on_one_node_reaches_the_screens_and_hub_clients_of_the_other_and_its_own_only_once(Db db)
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = await KontorAppFactory.CreateAsync(db, settings: new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        await using var b = a.AnotherNode();
        var onA = await a.AdminClientAsync();
        var onB = await b.AdminClientAsync();
        var deal = await onA.PostJsonAsync("/api/v1/deals", new { title = "Über zwei Knoten" });
        // The creation's own notice may still be on its way; the test follows the edit (version 2).
        var seenOnB = Watch(b, deal.Id(), version: 2);
        var seenOnA = new List<Change>();
        using var watchingA = a.Services.GetRequiredService<ChangeFeed>().Subscribe(changes =>
        {
            lock (seenOnA)
            {
                seenOnA.AddRange(changes.Where(c => c.Id == deal.Id() && c.Version == 2));
            }

            return Task.CompletedTask;
        });
        await using var hub = await Hubs.ConnectAsync(b, onB);
        var overHub = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("changed", changes =>
        {
            foreach (var change in changes.EnumerateArray().Where(c => c.GetProperty("version").GetInt32() == 2))
            {
                overHub.TrySetResult(change);
            }
        });

        await onA.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { title = "Geändert auf A" });
        // Generous waits: on a loaded machine long polling through two Redis hops takes its time; a lost notice still fails.
        var screen = await seenOnB.WaitAsync(TimeSpan.FromSeconds(30));
        var client = await overHub.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(500);

        Assert.Equal(new Change("deal", deal.Id(), 2, deal["pipelineId"]!.GetValue<long>()), screen);
        Assert.Equal(deal.Id(), client.GetProperty("id").GetInt64());
        Assert.Equal(2, client.GetProperty("version").GetInt32());
        lock (seenOnA)
        {
            Assert.Single(seenOnA);
        }
    }

    [Theory, AllDatabases]
    public async Task A_sign_in_cookie_from_one_node_is_accepted_by_the_other(Db db)
    {
        await using var a = await KontorAppFactory.CreateAsync(db);
        await using var b = a.AnotherNode();
        var login = await a.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = KontorAppFactory.AdminEmail, password = KontorAppFactory.AdminPassword });
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("kontor.auth=", StringComparison.Ordinal)).Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/users/me");
        request.Headers.Add("Cookie", cookie);
        var me = await b.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(KontorAppFactory.AdminEmail, (await me.JsonAsync())["email"]!.GetValue<string>());
    }

    private static Task<Change> Watch(KontorAppFactory node, long dealId, int version)
    {
        var seen = new TaskCompletionSource<Change>(TaskCreationOptions.RunContinuationsAsynchronously);
        node.Services.GetRequiredService<ChangeFeed>().Subscribe(changes =>
        {
            if (changes.FirstOrDefault(c => c.Id == dealId && c.Version == version) is { } change)
            {
                seen.TrySetResult(change);
            }

            return Task.CompletedTask;
        });
        return seen.Task;
    }

}
