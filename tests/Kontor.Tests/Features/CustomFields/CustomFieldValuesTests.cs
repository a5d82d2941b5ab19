using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kontor.Features.Deals;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.CustomFields;

/// <summary>Every type of custom field through the API: good values come back as stored, bad ones are refused and change nothing.</summary>
public sealed class CustomFieldValuesTests(SharedApps apps) : IClassFixture<SharedApps>
{
    public static readonly TheoryData<Db, string> Types = AllTypes();

    [Theory, MemberData(nameof(Types))]
    public async Task A_value_of_each_type_round_trips_through_create_read_and_patch(Db db, string type)
    {
        var (app, http) = await apps.GetAsync(db);
        var field = await http.DefineAsync(type, items: type == "list" ? [Fields.Item("Rot", "Red"), Fields.Item("Grün", "Green")] : null);
        var code = field.CodeOf();
        var (first, second, expectedFirst) = await ValuesAsync(app, http, type, field);

        var created = await http.DealAsync(new Dictionary<string, object> { [code] = first });
        var read = await http.GetJsonAsync($"/api/v1/deals/{created.Id()}");
        var patched = await http.PatchJsonAsync($"/api/v1/deals/{created.Id()}", new { customFields = new Dictionary<string, object> { [code] = second } });
        var patchedJson = await patched.JsonAsync();

        Assert.True(JsonNode.DeepEquals(expectedFirst, created["customFields"]![code]), created["customFields"]!.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expectedFirst, read["customFields"]![code]));
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonSerializerNode(second), patchedJson["customFields"]![code]), patchedJson["customFields"]!.ToJsonString());
    }

    public static readonly TheoryData<Db, string, string, int, string> BadValues = Cases(
        ("string", "5", 400, "custom_fields.invalid_value"),
        ("string", "\"zwei\\nZeilen\"", 400, "custom_fields.invalid_value"),
        ("text", "true", 400, "custom_fields.invalid_value"),
        ("integer", "1.5", 400, "custom_fields.invalid_value"),
        ("integer", "\"7\"", 400, "custom_fields.invalid_value"),
        ("decimal", "1.23456", 400, "custom_fields.invalid_value"),
        ("decimal", "1000000000000000", 400, "custom_fields.invalid_value"),
        ("boolean", "\"ja\"", 400, "custom_fields.invalid_value"),
        ("date", "\"02.03.2026\"", 400, "custom_fields.invalid_value"),
        ("datetime", "\"2026-03-02T10:30:00\"", 400, "custom_fields.invalid_value"),
        ("datetime", "\"2026-03-02T10:30:00.5Z\"", 400, "custom_fields.invalid_value"),
        ("list", "999999", 422, "custom_fields.item_not_found"),
        ("list", "\"Rot\"", 400, "custom_fields.invalid_value"),
        ("money", "{\"amount\":\"5\",\"currency\":\"EUR\"}", 400, "custom_fields.invalid_value"),
        ("money", "{\"amount\":5}", 400, "custom_fields.invalid_value"),
        ("money", "{\"amount\":5,\"currency\":\"XYZ\"}", 422, "custom_fields.reference_not_found"),
        ("url", "\"javascript:alert(1)\"", 400, "custom_fields.invalid_value"),
        ("url", "\"kontor.example\"", 400, "custom_fields.invalid_value"),
        ("email", "\"keine-adresse\"", 400, "custom_fields.invalid_value"),
        ("phone", "\"ruf mich an\"", 400, "custom_fields.invalid_value"),
        ("user", "999999", 422, "custom_fields.reference_not_found"),
        ("user", "\"anna\"", 400, "custom_fields.invalid_value"),
        ("crm", "{\"entity\":\"deal\",\"id\":999999}", 422, "custom_fields.reference_not_found"),
        ("crm", "{\"entity\":\"lead\",\"id\":1}", 400, "custom_fields.invalid_value"),
        ("file", "999999", 422, "custom_fields.reference_not_found"),
        ("file", "[1]", 400, "custom_fields.invalid_value"));

    [Theory, MemberData(nameof(BadValues))]
    public async Task A_bad_value_is_refused_naming_the_field_and_nothing_is_stored(Db db, string type, string value, int status, string problemCode)
    {
        var (app, http) = await apps.GetAsync(db);
        var field = await http.DefineAsync(type, items: type == "list" ? [Fields.Item("Rot", "Red")] : null);
        var code = field.CodeOf();
        var existing = await http.DealAsync(new { });
        var before = await app.WithDbAsync(d => d.Set<Deal>().CountAsync());

        var create = await http.PostAsync("/api/v1/deals", Api.Raw($"{{\"title\":\"A\",\"customFields\":{{\"{code}\":{value}}}}}"));
        var createProblem = await create.JsonAsync();
        var patch = await http.PatchAsync($"/api/v1/deals/{existing.Id()}", Api.Raw($"{{\"customFields\":{{\"{code}\":{value}}}}}"));
        var patchProblem = await patch.JsonAsync();
        var after = await app.WithDbAsync(d => d.Set<Deal>().CountAsync());
        var stored = await http.GetJsonAsync($"/api/v1/deals/{existing.Id()}");

        Assert.Equal(status, (int)create.StatusCode);
        Assert.Equal(problemCode, createProblem.Code());
        Assert.NotNull(createProblem["errors"]![$"customFields.{code}"]);
        Assert.Equal(status, (int)patch.StatusCode);
        Assert.Equal(problemCode, patchProblem.Code());
        Assert.Equal(before, after);
        Assert.Null(stored["customFields"]![code]);
        Assert.Equal(existing["version"]!.GetValue<int>(), stored["version"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task An_unknown_code_is_refused_with_400(Db db)
    {
        var (_, http) = await apps.GetAsync(db);

        var response = await http.PostDealAsync(new Dictionary<string, object> { ["UF_CRM_NIEMALS_DEFINIERT"] = 1 });
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("custom_fields.unknown_field", problem.Code());
        Assert.NotNull(problem["errors"]!["customFields.UF_CRM_NIEMALS_DEFINIERT"]);
    }

    [Theory, AllDatabases]
    public async Task A_patch_merges_per_key_and_null_removes_a_value(Db db)
    {
        var (_, http) = await apps.GetAsync(db);
        var a = (await http.DefineAsync("string")).CodeOf();
        var b = (await http.DefineAsync("integer")).CodeOf();
        var deal = await http.DealAsync(new Dictionary<string, object> { [a] = "eins", [b] = 1 });

        var first = await (await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { customFields = new Dictionary<string, object> { [b] = 2 } })).JsonAsync();
        var second = await (await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { customFields = new Dictionary<string, object?> { [a] = null } })).JsonAsync();

        Assert.Equal("eins", first["customFields"]![a]!.GetValue<string>());
        Assert.Equal(2, first["customFields"]![b]!.GetValue<int>());
        Assert.Null(second["customFields"]![a]);
        Assert.Equal(2, second["customFields"]![b]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task A_change_of_a_custom_field_is_in_the_timeline_with_culture_free_values(Db db)
    {
        var (_, http) = await apps.GetAsync(db);
        var code = (await http.DefineAsync("decimal")).CodeOf();
        var deal = await http.DealAsync(new Dictionary<string, object> { [code] = 1.5m });

        await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { customFields = new Dictionary<string, object> { [code] = 2.25m } });
        var timeline = await http.GetJsonAsync($"/api/v1/deals/{deal.Id()}/timeline");

        var change = timeline["items"]!.AsArray().Where(i => i!["kind"]!.GetValue<string>() == "fieldsChanged")
            .SelectMany(i => i!["data"]!["changes"]!.AsArray()).Single(c => c!["field"]!.GetValue<string>() == $"customFields.{code}")!;
        Assert.Equal("1.5", change["from"]!.GetValue<string>());
        Assert.Equal("2.25", change["to"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Contacts_and_companies_carry_their_own_custom_fields(Db db)
    {
        var (_, http) = await apps.GetAsync(db);
        var contactField = (await http.DefineAsync("string", entity: "contact")).CodeOf();
        var companyField = (await http.DefineAsync("integer", entity: "company")).CodeOf();

        var contact = await http.PostJsonAsync("/api/v1/contacts", new { lastName = "Braun", customFields = new Dictionary<string, object> { [contactField] = "Einkauf" } });
        var company = await http.PostJsonAsync("/api/v1/companies", new { name = "Braun KG", customFields = new Dictionary<string, object> { [companyField] = 250 } });
        var patched = await (await http.PatchJsonAsync($"/api/v1/companies/{company.Id()}", new { customFields = new Dictionary<string, object> { [companyField] = 300 } })).JsonAsync();
        var wrongRecord = await http.PostAsJsonAsync("/api/v1/companies", new { name = "X", customFields = new Dictionary<string, object> { [contactField] = "Einkauf" } });

        Assert.Equal("Einkauf", contact["customFields"]![contactField]!.GetValue<string>());
        Assert.Equal(250, company["customFields"]![companyField]!.GetValue<int>());
        Assert.Equal(300, patched["customFields"]![companyField]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.BadRequest, wrongRecord.StatusCode);
    }

    private static JsonNode? JsonSerializerNode(object value) => System.Text.Json.JsonSerializer.SerializeToNode(value, Api.Web);

    /// <summary>Two valid values for the type, and how the first reads back (normalised).</summary>
    private static async Task<(object First, object Second, JsonNode? ExpectedFirst)> ValuesAsync(KontorAppFactory app, HttpClient http, string type, JsonNode field)
    {
        switch (type)
        {
            case "string": return ("Hallo Welt", "Grüße", "Hallo Welt");
            case "text": return ("Zeile 1\nZeile 2", "Neu", "Zeile 1\nZeile 2");
            case "integer": return (42, -7, 42);
            case "decimal": return (1234.5678m, 0.1m, 1234.5678m);
            case "boolean": return (true, false, true);
            case "date": return ("2026-03-02", "2027-12-31", "2026-03-02");
            case "datetime": return ("2026-03-02T10:30:00+01:00", "2026-04-01T08:00:00Z", "2026-03-02T09:30:00Z");
            case "list": return (field.ItemId(0), field.ItemId(1), field.ItemId(0));
            case "money":
                return (new { amount = 99.95m, currency = "EUR" }, new { amount = 10m, currency = "USD" }, JsonNode.Parse("{\"amount\":99.95,\"currency\":\"EUR\"}"));
            case "url": return ("https://kontor.example/a?b=c", "http://braun.example", "https://kontor.example/a?b=c");
            case "email": return ("ada@braun.example", "info@braun.example", "ada@braun.example");
            case "phone": return ("+49 30 1234567", "030 987", "+49 30 1234567");
            case "user":
                var admin = (await http.GetJsonAsync("/api/v1/users/me")).Id();
                var other = await app.UserAsync($"u{Guid.NewGuid():N}@kontor.test");
                return (admin, other, admin);
            case "crm":
                var company = await app.CompanyAsync();
                var contact = await app.ContactAsync();
                return (new { entity = "company", id = company }, new { entity = "contact", id = contact }, JsonNode.Parse($"{{\"entity\":\"company\",\"id\":{company}}}"));
            case "file":
                var one = await Uploads.UploadAsync(http, "a.pdf", Uploads.Pdf);
                var two = await Uploads.UploadAsync(http, "b.png", Uploads.Png);
                return (one, two, one);
            default:
                throw new ArgumentOutOfRangeException(nameof(type));
        }
    }

    private static TheoryData<Db, string> AllTypes()
    {
        var data = new TheoryData<Db, string>();
        foreach (var db in new[] { Db.Sqlite, Db.Postgres })
        {
            foreach (var type in new[] { "string", "text", "integer", "decimal", "boolean", "date", "datetime", "list", "money", "url", "email", "phone", "user", "crm", "file" })
            {
                data.Add(db, type);
            }
        }

        return data;
    }

    private static TheoryData<Db, string, string, int, string> Cases(params (string Type, string Value, int Status, string Code)[] cases)
    {
        var data = new TheoryData<Db, string, string, int, string>();
        foreach (var db in new[] { Db.Sqlite, Db.Postgres })
        {
            foreach (var c in cases)
            {
                data.Add(db, c.Type, c.Value, c.Status, c.Code);
            }
        }

        return data;
    }
}
