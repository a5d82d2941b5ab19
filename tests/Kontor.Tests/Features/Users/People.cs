using System.Text.Json.Nodes;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Users;

/// <summary>Creates users through the API, the way an administrator would.</summary>
public static class People
{
    public const string Password = "secret-pass-1";

    public static Task<JsonNode> CreateAsync(HttpClient admin, string email, string name = "Bert Berger", long? departmentId = null, bool isAdministrator = false) =>
        admin.PostJsonAsync("/api/v1/users", new { email, name, password = Password, departmentId, isAdministrator });

    /// <summary>A new ordinary user and a client signed in as them through an API token.</summary>
    public static async Task<(JsonNode User, HttpClient Client)> CreateWithClientAsync(KontorAppFactory app, HttpClient admin, string email, string name = "Bert Berger")
    {
        var user = await CreateAsync(admin, email, name);
        return (user, await app.ClientForAsync(email, Password));
    }
}
