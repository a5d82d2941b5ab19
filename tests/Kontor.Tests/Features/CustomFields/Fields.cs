using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kontor.Tests.Support;

namespace Kontor.Tests.Features.CustomFields;

/// <summary>Defines custom fields through the API for tests.</summary>
internal static class Fields
{
    private static int _next;

    /// <summary>A code no other test of the run uses.</summary>
    public static string Code(string name) => $"UF_CRM_{name.ToUpperInvariant()}_{Interlocked.Increment(ref _next)}";

    public static async Task<JsonNode> DefineAsync(
        this HttpClient http, string type, string? code = null, string entity = "deal", bool mandatory = false, bool multiple = false,
        object? defaultValue = null, object[]? items = null, long[]? pipelineIds = null, bool filterable = false)
    {
        var body = new Dictionary<string, object?>
        {
            ["entity"] = entity,
            ["code"] = code ?? Code(type),
            ["type"] = type,
            ["labels"] = new { de = "Feld " + type, en = "Field " + type },
            ["mandatory"] = mandatory,
            ["multiple"] = multiple,
            ["filterable"] = filterable,
        };
        if (defaultValue is not null)
        {
            body["defaultValue"] = defaultValue;
        }

        if (items is not null)
        {
            body["items"] = items;
        }

        if (pipelineIds is not null)
        {
            body["pipelineIds"] = pipelineIds;
        }

        return await http.PostJsonAsync("/api/v1/custom-fields", body);
    }

    public static object Item(string de, string en) => new { labels = new { de, en } };

    public static long ItemId(this JsonNode field, int index) => field["items"]![index]!["id"]!.GetValue<long>();

    public static string CodeOf(this JsonNode field) => field["code"]!.GetValue<string>();

    public static async Task<JsonNode> DealAsync(this HttpClient http, object customFields, string title = "Auftrag") =>
        await http.PostJsonAsync("/api/v1/deals", new { title, customFields });

    public static async Task<HttpResponseMessage> PostDealAsync(this HttpClient http, object customFields) =>
        await http.PostAsJsonAsync("/api/v1/deals", new { title = "Auftrag", customFields });
}
