using System.Text;
using System.Text.Json;

namespace Kontor.Bench;

/// <summary>The measured requests, sent through the app's whole HTTP pipeline on the in-memory transport.</summary>
public sealed class KontorApi(HttpClient client)
{
    /// <summary>Sends a GET and reads the whole body; anything but a success is an error.</summary>
    public async Task<byte[]> GetAsync(Uri uri, CancellationToken ct)
    {
        using var response = await client.GetAsync(uri, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {uri} answered {(int)response.StatusCode}: {Encoding.UTF8.GetString(body)}");
        }

        return body;
    }

    public async Task<JsonElement> GetJsonAsync(Uri uri, CancellationToken ct)
    {
        using var document = JsonDocument.Parse(await GetAsync(uri, ct));
        return document.RootElement.Clone();
    }
}
