using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kontor.Features.Pipelines;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Pipelines;

/// <summary>Small steps the pipeline tests share: create a pipeline, read one, count what is stored.</summary>
internal static class PipelineApi
{
    public static Task<JsonNode> CreatePipelineAsync(this HttpClient client, string name = "Projekte", int? sort = null) =>
        client.PostJsonAsync("/api/v1/pipelines", sort is null ? new { name } : new { name, sort });

    public static Task<JsonNode> PipelineAsync(this HttpClient client, long id) => client.GetJsonAsync($"/api/v1/pipelines/{id}");

    public static async Task<JsonNode> DefaultPipelineAsync(this HttpClient client)
    {
        var list = await client.GetJsonAsync("/api/v1/pipelines");
        return list["items"]!.AsArray().Single(p => p!["isDefault"]!.GetValue<bool>())!;
    }

    public static JsonNode Stage(this JsonNode pipeline, string code) =>
        pipeline["stages"]!.AsArray().Single(s => s!["code"]!.GetValue<string>() == code)!;

    public static IReadOnlyList<string> Codes(this JsonNode pipeline) =>
        pipeline["stages"]!.AsArray().Select(s => s!["code"]!.GetValue<string>()).ToList();

    public static int Version(this JsonNode pipeline) => pipeline["version"]!.GetValue<int>();

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object? body = null, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = body as HttpContent ?? JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    /// <summary>A deal on a given stage, created as a user would.</summary>
    public static Task<JsonNode> CreateDealAsync(this HttpClient client, long pipelineId, long stageId) =>
        client.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 1", pipelineId, stageId });

    /// <summary>Everything stored about pipelines and stages, to show that a refused request changed nothing.</summary>
    public static Task<string> SnapshotAsync(this KontorAppFactory app) => app.WithDbAsync(async db =>
    {
        var pipelines = await db.Set<Pipeline>().AsNoTracking().OrderBy(p => p.Id)
            .Select(p => $"{p.Id}|{p.Name}|{p.Sort}|{p.Version}").ToListAsync();
        var stages = await db.Set<Stage>().AsNoTracking().OrderBy(s => s.Id)
            .Select(s => $"{s.Id}|{s.PipelineId}|{s.Code}|{s.NameDe}|{s.NameEn}|{s.Color}|{s.Sort}").ToListAsync();
        return string.Join("\n", pipelines.Concat(stages));
    });
}
