using System.Text.Json.Nodes;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.Access;

/// <summary>Roles, departments and users made through the API, the way an administrator sets up rights.</summary>
public static class Rights
{
    public const string Password = "rights-password-1";

    /// <summary>
    /// A role: <paramref name="permissions"/> as the API takes it, e.g. <c>new { deal = new { read = "department" } }</c>;
    /// <paramref name="pipelines"/> the per-pipeline and per-stage overrides.
    /// </summary>
    public static Task<JsonNode> RoleAsync(
        HttpClient admin, string name, object permissions, object? pipelines = null, bool managePipelines = false, bool manageCustomFields = false,
        bool manageAccess = false) =>
        admin.PostJsonAsync("/api/v1/roles", new { name, permissions, pipelines = pipelines ?? Array.Empty<object>(), managePipelines, manageCustomFields, manageAccess });

    public static async Task<long> DepartmentAsync(HttpClient admin, string name, long? parentId = null) =>
        (await admin.PostJsonAsync("/api/v1/departments", new { name, parentId })).Id();

    /// <summary>A user holding the given roles, and a client signed in as them through an API token.</summary>
    public static async Task<(long Id, HttpClient Client)> UserAsync(KontorAppFactory app, HttpClient admin, string email, long? departmentId, params long[] roleIds)
    {
        var user = await admin.PostJsonAsync("/api/v1/users", new { email, name = email.Split('@')[0], password = Password, departmentId, roleIds });
        return (user.Id(), await app.ClientForAsync(email, Password));
    }

    /// <summary>A user with no roles at all, who owns records for others to see or not.</summary>
    public static async Task<long> PersonAsync(HttpClient admin, string email, long? departmentId) =>
        (await admin.PostJsonAsync("/api/v1/users", new { email, name = email.Split('@')[0], password = Password, departmentId })).Id();

    /// <summary>The ids of every deal a client's list shows (all pages).</summary>
    public static async Task<List<long>> DealIdsAsync(HttpClient client, string query = "")
    {
        var items = await AccessMatrixTests.PagesAsync(client, $"/api/v1/deals?limit=200{query}");
        return [.. items.Select(i => i["id"]!.GetValue<long>()).Order()];
    }
}
