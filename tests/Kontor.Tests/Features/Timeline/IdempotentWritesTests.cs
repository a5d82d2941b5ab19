using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Activities;
using Kontor.Features.Comments;
using Kontor.Features.Deliveries;
using Kontor.Features.Payments;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Timeline;

public sealed class IdempotentWritesTests
{
    private static async Task<(HttpResponseMessage First, HttpResponseMessage Second)> TwiceAsync(HttpClient http, string url, object body, string key)
    {
        async Task<HttpResponseMessage> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await http.SendAsync(request);
        }

        return (await Send(), await Send());
    }

    [Theory, AllDatabases]
    public async Task Retried_posts_with_the_same_key_create_each_record_once(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var http = await app.AdminClientAsync();
        var deal = (await http.PostJsonAsync("/api/v1/deals", new { title = "Wiederholt" })).Id();

        var comment = await TwiceAsync(http, $"/api/v1/deals/{deal}/comments", new { text = "einmal" }, "c-1");
        var activity = await TwiceAsync(http, $"/api/v1/deals/{deal}/activities", new { type = "call", subject = "einmal", deadline = "2026-03-03T10:00" }, "a-1");
        var call = await TwiceAsync(http, $"/api/v1/deals/{deal}/calls", new { direction = "outgoing", outcome = "answered" }, "k-1");
        var payment = await TwiceAsync(http, $"/api/v1/deals/{deal}/payments", new { amount = 10 }, "p-1");
        var delivery = await TwiceAsync(http, $"/api/v1/deals/{deal}/deliveries", new { carrier = "DHL" }, "d-1");
        var reused = await TwiceAsync(http, $"/api/v1/deals/{deal}/comments", new { text = "anders" }, "p-1");

        foreach (var (first, second) in new[] { comment, activity, call, payment, delivery })
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
            Assert.Equal("true", second.Headers.GetValues("Idempotency-Replayed").Single());
            Assert.Equal((await first.JsonAsync()).Id(), (await second.JsonAsync()).Id());
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.First.StatusCode);
        Assert.Equal("idempotency.key_reused", (await reused.First.JsonAsync()).Code());
        var counts = await app.WithDbAsync(async d => new[]
        {
            await d.Set<Comment>().CountAsync(), await d.Set<Activity>().CountAsync(), await d.Set<Communication>().CountAsync(),
            await d.Set<Payment>().CountAsync(), await d.Set<Delivery>().CountAsync(),
        });
        Assert.Equal([1, 1, 1, 1, 1], counts);
        var timeline = await http.GetJsonAsync($"/api/v1/deals/{deal}/timeline?kind=comment,activity,call,payment,delivery");
        Assert.Equal(5, timeline["items"]!.AsArray().Count);
    }
}
