using System.Net.Http.Headers;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.CustomFields;

internal static class Uploads
{
    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string name, byte[] content, string claimedType = "application/octet-stream")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        form.Add(file, "file", name);
        return await http.PostAsync("/api/v1/files", form);
    }

    public static async Task<long> UploadAsync(HttpClient http, string name, byte[] content)
    {
        var response = await PostAsync(http, name, content);
        var json = await response.JsonAsync();
        Assert.True(response.IsSuccessStatusCode, json.ToJsonString());
        return json.Id();
    }
}
