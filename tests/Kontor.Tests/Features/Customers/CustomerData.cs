using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kontor.Features.Customers;
using Kontor.Features.Users;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Customers;

/// <summary>Small factories for customer tests.</summary>
public static class CustomerData
{
    public static Task<JsonNode> CompanyAsync(this HttpClient api, string name = "Muster GmbH", long? responsibleId = null) =>
        api.PostJsonAsync("/api/v1/companies", new { name, responsibleId });

    public static Task<JsonNode> ContactAsync(
        this HttpClient api, string firstName = "Anna", string lastName = "Schmidt", long[]? companyIds = null,
        string? email = null, string? phone = null, long? responsibleId = null) =>
        api.PostJsonAsync("/api/v1/contacts", new
        {
            firstName,
            lastName,
            companyIds = companyIds ?? [],
            emails = email is null ? Array.Empty<object>() : [new { type = "work", value = email }],
            phones = phone is null ? Array.Empty<object>() : [new { type = "work", value = phone }],
            responsibleId,
        });

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient api, string url, string json) =>
        api.PostAsync(url, Api.Raw(json));

    public static async Task<HttpResponseMessage> PatchRawAsync(this HttpClient api, string url, string json, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = Api.Raw(json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await api.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> DeleteAsync(this HttpClient api, string url, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, url);
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await api.SendAsync(request);
    }

    public static Task<long> AdminIdAsync(this KontorAppFactory app) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == KontorAppFactory.AdminEmail).Select(u => u.Id).SingleAsync());

    /// <summary>A user written straight into the database; the API has no user management of its own here.</summary>
    public static Task<long> UserAsync(this KontorAppFactory app, string name, bool active = true) =>
        app.WithDbAsync(async db =>
        {
            var email = $"{name.ToLowerInvariant()}@kontor.test";
            var user = new User { UserName = email, Email = email, Name = name, IsActive = active };
            db.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });

    public static Task<int> CompanyCountAsync(this KontorAppFactory app) => app.WithDbAsync(db => db.Set<Company>().CountAsync());

    public static Task<int> ContactCountAsync(this KontorAppFactory app) => app.WithDbAsync(db => db.Set<Contact>().CountAsync());

    public static IReadOnlyList<string> Names(this JsonNode page, string field = "name") =>
        page["items"]!.AsArray().Select(i => i![field]!.GetValue<string>()).ToList();

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The node as compact JSON, with <c>+</c> and umlauts left as they are so that expectations stay readable.</summary>
    public static string Json(this JsonNode? node) => node?.ToJsonString(Readable) ?? "null";
}
