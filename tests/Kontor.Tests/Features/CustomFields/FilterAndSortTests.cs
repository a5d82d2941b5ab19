using System.Data.Common;
using System.Net;
using Kontor.Features.CustomFields;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.CustomFields;

/// <summary>Lists filtered and sorted by custom fields, translated to each database's JSON functions.</summary>
public sealed class FilterAndSortTests
{
    [Theory, AllDatabases]
    public async Task The_deal_list_filters_by_equality_and_ranges_of_every_comparable_type(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var number = (await http.DefineAsync("integer")).CodeOf();
        var amount = (await http.DefineAsync("decimal")).CodeOf();
        var date = (await http.DefineAsync("date")).CodeOf();
        var moment = (await http.DefineAsync("datetime")).CodeOf();
        var flag = (await http.DefineAsync("boolean")).CodeOf();
        var text = (await http.DefineAsync("string")).CodeOf();
        var money = (await http.DefineAsync("money")).CodeOf();
        var a = await http.DealAsync(Values(number, 5, amount, 10.5m, date, "2026-01-15", moment, "2026-01-15T08:00:00Z", flag, true, text, "Messe", money, new { amount = 100m, currency = "EUR" }), "A");
        var b = await http.DealAsync(Values(number, 50, amount, 99.99m, date, "2026-02-01", moment, "2026-02-01T23:30:00+01:00", flag, false, text, "Web", money, new { amount = 2000m, currency = "USD" }), "B");
        var c = await http.DealAsync(new { }, "C");

        Assert.Equal([a.Id()], await IdsAsync(http, $"cf.{number}=5"));
        Assert.Equal([b.Id()], await IdsAsync(http, $"cf.{number}.from=6"));
        Assert.Equal([b.Id(), a.Id()], await IdsAsync(http, $"cf.{number}=5&cf.{number}=50"));
        Assert.Equal([a.Id()], await IdsAsync(http, $"cf.{amount}.to=10.5"));
        Assert.Equal([b.Id()], await IdsAsync(http, $"cf.{amount}.from=10.51"));
        Assert.Equal([b.Id()], await IdsAsync(http, $"cf.{date}.from=2026-01-16&cf.{date}.to=2026-12-31"));
        Assert.Equal([b.Id()], await IdsAsync(http, $"cf.{moment}=2026-02-01T22:30:00Z"));
        Assert.Equal([a.Id()], await IdsAsync(http, $"cf.{moment}.to=2026-01-15"));
        Assert.Equal([b.Id()], await IdsAsync(http, $"cf.{flag}=false"));
        Assert.Equal([a.Id()], await IdsAsync(http, $"cf.{text}=Messe"));
        Assert.Equal([b.Id()], await IdsAsync(http, $"cf.{money}.from=1000&cf.{money}.currency=USD"));
        Assert.Equal([c.Id()], await IdsAsync(http, $"cf.{text}.empty=true"));
        Assert.Equal([b.Id(), a.Id()], await IdsAsync(http, $"cf.{text}.empty=false"));
    }

    [Theory, AllDatabases]
    public async Task A_field_with_several_values_matches_when_it_holds_the_value(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var list = await http.DefineAsync("list", multiple: true, items: [Fields.Item("A", "A"), Fields.Item("B", "B"), Fields.Item("C", "C")]);
        var tags = (await http.DefineAsync("string", multiple: true)).CodeOf();
        var ab = await http.DealAsync(new Dictionary<string, object> { [list.CodeOf()] = new[] { list.ItemId(0), list.ItemId(1) }, [tags] = new List<string> { "Grüße, \"Partner\"", "b" } });
        var c = await http.DealAsync(new Dictionary<string, object> { [list.CodeOf()] = new[] { list.ItemId(2) }, [tags] = new List<string> { "Grüße" } });

        Assert.Equal([ab.Id()], await IdsAsync(http, $"cf.{list.CodeOf()}={list.ItemId(1)}"));
        Assert.Equal([c.Id()], await IdsAsync(http, $"cf.{list.CodeOf()}={list.ItemId(2)}"));
        Assert.Equal([ab.Id()], await IdsAsync(http, $"cf.{tags}={Uri.EscapeDataString("Grüße, \"Partner\"")}"));
        Assert.Equal([c.Id()], await IdsAsync(http, $"cf.{tags}=Gr%C3%BC%C3%9Fe"));
    }

    [Theory, AllDatabases]
    public async Task Text_fields_are_searched_for_a_part_in_any_case_with_wildcards_taken_literally(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var text = (await http.DefineAsync("string")).CodeOf();
        var tags = (await http.DefineAsync("email", multiple: true)).CodeOf();
        var a = await http.DealAsync(new Dictionary<string, object> { [text] = "Messe Hannover", [tags] = new List<string> { "ada@braun.example", "info@web.example" } }, "A");
        var b = await http.DealAsync(new Dictionary<string, object> { [text] = "100% Web_Kampagne" }, "B");
        await http.DealAsync(new { }, "C");

        Assert.Equal([a.Id()], await IdsAsync(http, $"cf.{text}.contains=hannover"));
        Assert.Equal([b.Id(), a.Id()], await IdsAsync(http, $"cf.{text}.contains=e"));
        Assert.Equal([b.Id()], await IdsAsync(http, $"cf.{text}.contains={Uri.EscapeDataString("0% Web_")}"));
        Assert.Empty(await IdsAsync(http, $"cf.{text}.contains={Uri.EscapeDataString("e_H")}"));
        Assert.Equal([a.Id()], await IdsAsync(http, $"cf.{tags}.contains=WEB.EXAMPLE"));
        Assert.Equal([b.Id(), a.Id()], await IdsAsync(http, $"cf.{text}.contains=messe&cf.{text}.contains=kampagne"));
    }

    [Theory, AllDatabases]
    public async Task Bad_filters_are_400_naming_the_parameter(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var number = (await http.DefineAsync("integer")).CodeOf();

        foreach (var query in new[] { "cf.UF_CRM_UNBEKANNT=1", $"cf.{number}=viel", $"cf.{number}.bis=3", $"cf.{number}.currency=EUR", $"cf.{number}.contains=5", "sort=cf.UF_CRM_UNBEKANNT" })
        {
            var response = await http.GetAsync("/api/v1/deals?" + query);
            var problem = await response.JsonAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull(problem["errors"]);
        }
    }

    [Theory, AllDatabases]
    public async Task The_deal_list_sorts_by_a_custom_field_across_keyset_pages(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var amount = (await http.DefineAsync("decimal")).CodeOf();
        var name = (await http.DefineAsync("string")).CodeOf();
        var ids = new Dictionary<string, long>();
        foreach (var (title, value, text) in new (string, decimal?, string?)[] { ("d1", 5m, "b"), ("d2", null, null), ("d3", 2.5m, "a"), ("d4", 100m, "c"), ("d5", 5m, "b"), ("d6", -1m, "d") })
        {
            var values = new Dictionary<string, object>();
            if (value is { } v)
            {
                values[amount] = v;
                values[name] = text!;
            }

            ids[title] = (await http.DealAsync(values, title)).Id();
        }

        var ascending = await AllPagesAsync(http, $"sort=cf.{amount}");
        var descending = await AllPagesAsync(http, $"sort=-cf.{amount}");
        var byText = await AllPagesAsync(http, $"sort=cf.{name}");

        Assert.Equal(Order(ids, "d2 d6 d3 d1 d5 d4"), ascending);
        Assert.Equal(Order(ids, "d4 d5 d1 d3 d6 d2"), descending);
        Assert.Equal(Order(ids, "d2 d3 d1 d5 d4 d6"), byText);
    }

    [Theory, AllDatabases]
    public async Task Contacts_and_companies_filter_by_their_custom_fields(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var contactField = (await http.DefineAsync("integer", entity: "contact")).CodeOf();
        var companyField = (await http.DefineAsync("string", entity: "company")).CodeOf();
        var ada = await http.PostJsonAsync("/api/v1/contacts", new { lastName = "Ada", customFields = new Dictionary<string, object> { [contactField] = 3 } });
        await http.PostJsonAsync("/api/v1/contacts", new { lastName = "Bert", customFields = new Dictionary<string, object> { [contactField] = 9 } });
        var braun = await http.PostJsonAsync("/api/v1/companies", new { name = "Braun", customFields = new Dictionary<string, object> { [companyField] = "A" } });
        await http.PostJsonAsync("/api/v1/companies", new { name = "Hofmann", customFields = new Dictionary<string, object> { [companyField] = "B" } });

        var contacts = await http.GetJsonAsync($"/api/v1/contacts?cf.{contactField}.to=5");
        var companies = await http.GetJsonAsync($"/api/v1/companies?cf.{companyField}=A");

        Assert.Equal([ada.Id()], contacts["items"]!.AsArray().Select(i => i!.Id()));
        Assert.Equal([braun.Id()], companies["items"]!.AsArray().Select(i => i!.Id()));
    }

    [Theory, AllDatabases]
    public async Task A_filterable_field_gets_an_index_that_its_filter_uses_and_loses_it_when_unmarked(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var field = await http.DefineAsync("integer", filterable: true);
        var index = "ix_kontor_cf_" + field.Id();
        var code = field.CodeOf();

        var created = await IndexDefinitionAsync(app, index);
        var plan = await PlanAsync(app, db == Db.Postgres
            ? $"SELECT k.id FROM kontor_deals AS k WHERE CAST(jsonb_extract_path_text(k.custom_fields, '{code}') AS bigint) = 5"
            : $"SELECT k.id FROM kontor_deals AS k WHERE json_extract(k.custom_fields, '$.{code}') = 5");
        await http.PatchJsonAsync($"/api/v1/custom-fields/{field.Id()}", new { filterable = false });
        var unmarked = await IndexDefinitionAsync(app, index);
        await http.PatchJsonAsync($"/api/v1/custom-fields/{field.Id()}", new { filterable = true });
        var remarked = await IndexDefinitionAsync(app, index);
        await http.DeleteAsync($"/api/v1/custom-fields/{field.Id()}?confirm=true");
        var deleted = await IndexDefinitionAsync(app, index);

        Assert.NotNull(created);
        Assert.Contains(code, created);
        Assert.Contains(index, plan);
        Assert.Null(unmarked);
        Assert.NotNull(remarked);
        Assert.Null(deleted);
    }

    [Theory, AllDatabases]
    public async Task A_missing_index_of_a_filterable_field_is_created_again_at_startup(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var field = await http.DefineAsync("date", filterable: true);
        var index = "ix_kontor_cf_" + field.Id();
        var drop = "DROP INDEX " + index;
        await app.WithDbAsync(d => d.Database.ExecuteSqlRawAsync(drop));

        await app.WithDbAsync(async d =>
        {
            await CustomFieldIndexes.EnsureAsync(d, CancellationToken.None);
            return 0;
        });

        Assert.NotNull(await IndexDefinitionAsync(app, index));
    }

    private static IEnumerable<long> Order(Dictionary<string, long> ids, string titles) => titles.Split(' ').Select(t => ids[t]);

    private static Dictionary<string, object> Values(params object[] pairs) =>
        Enumerable.Range(0, pairs.Length / 2).ToDictionary(i => (string)pairs[2 * i], i => pairs[(2 * i) + 1]);

    private static async Task<List<long>> IdsAsync(HttpClient http, string query) =>
        (await http.GetJsonAsync("/api/v1/deals?" + query))["items"]!.AsArray().Select(i => i!.Id()).ToList();

    private static async Task<List<long>> AllPagesAsync(HttpClient http, string query)
    {
        var ids = new List<long>();
        string? cursor = null;
        do
        {
            var page = await http.GetJsonAsync($"/api/v1/deals?{query}&limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            ids.AddRange(page["items"]!.AsArray().Select(i => i!.Id()));
            cursor = page["next"]?.GetValue<string>();
        }
        while (cursor is not null);
        return ids;
    }

    private static Task<string?> IndexDefinitionAsync(KontorAppFactory app, string name) => app.WithDbAsync(d => d.IsPostgres
        ? d.Database.SqlQueryRaw<string>("SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = {0}", name).SingleOrDefaultAsync()
        : d.Database.SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'index' AND name = {0}", name).SingleOrDefaultAsync());

    /// <summary>The plan of a statement written as the list query writes it (on PostgreSQL with sequential scans off, as the table is tiny).</summary>
    private static Task<string> PlanAsync(KontorAppFactory app, string sql) => app.WithDbAsync(async d =>
    {
        var connection = d.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = new List<string>();
        if (d.IsPostgres)
        {
            await Run(connection, "SET enable_seqscan = off");
        }

        await using var command = connection.CreateCommand();
        command.CommandText = (d.IsPostgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString() ?? "");
        }

        return string.Join('\n', lines);

        static async Task Run(DbConnection connection, string text)
        {
            await using var c = connection.CreateCommand();
            c.CommandText = text;
            await c.ExecuteNonQueryAsync();
        }
    });
}
