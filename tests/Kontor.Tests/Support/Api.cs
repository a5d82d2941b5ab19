using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kontor.Tests.Support;

/// <summary>Small helpers for reading JSON answers in tests.</summary>
public static class Api
{
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty body.");
    }

    public static async Task<JsonNode> PostJsonAsync(this HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body);
        var json = await response.JsonAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {url} answered {(int)response.StatusCode}: {json.ToJsonString()}");
        }

        return json;
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var json = await response.JsonAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}: {json.ToJsonString()}");
        }

        return json;
    }

    public static HttpContent Raw(string json) => new StringContent(json, System.Text.Encoding.UTF8, "application/json");

    public static async Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string url, object body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static string? Code(this JsonNode problem) => problem["code"]?.GetValue<string>();

    public static long Id(this JsonNode node) => node["id"]!.GetValue<long>();

    public static decimal Dec(this JsonNode node, string name) => node[name]!.GetValue<decimal>();

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
