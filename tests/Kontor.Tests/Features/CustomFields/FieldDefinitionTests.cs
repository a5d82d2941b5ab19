using System.Net;
using System.Net.Http.Json;
using Kontor.Features.CustomFields;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.CustomFields;

/// <summary>Defining and changing fields: codes and types are fixed, labels and list items change freely.</summary>
public sealed class FieldDefinitionTests(SharedApps apps) : IClassFixture<SharedApps>
{
    [Theory, AllDatabases]
    public async Task A_field_is_listed_per_record_type_in_its_order(Db db)
    {
        var (_, http) = await apps.GetAsync(db);
        var code = Fields.Code("liste");
        await http.DefineAsync("string", code, entity: "company");

        var companies = await http.GetJsonAsync("/api/v1/custom-fields?entity=company");
        var deals = await http.GetJsonAsync("/api/v1/custom-fields?entity=deal");
        var bad = await http.GetAsync("/api/v1/custom-fields?entity=lead");

        Assert.Contains(companies["items"]!.AsArray(), f => f!["code"]!.GetValue<string>() == code);
        Assert.DoesNotContain(deals["items"]!.AsArray(), f => f!["code"]!.GetValue<string>() == code);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task A_code_is_unique_per_record_type_and_must_look_like_UF_CRM(Db db)
    {
        var (_, http) = await apps.GetAsync(db);
        var code = Fields.Code("doppelt");
        await http.DefineAsync("string", code);

        var twice = await http.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "deal", code, type = "string", labels = new { de = "A", en = "A" } });
        var otherRecord = await http.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "contact", code, type = "string", labels = new { de = "A", en = "A" } });
        var lowerCase = await http.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "deal", code = "UF_CRM_klein", type = "string", labels = new { de = "A", en = "A" } });
        var sqlInCode = await http.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "deal", code = "UF_CRM_X');DROP", type = "string", labels = new { de = "A", en = "A" } });

        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Equal("custom_fields.code_taken", (await twice.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.Created, otherRecord.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, lowerCase.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, sqlInCode.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task Changing_the_type_or_code_is_refused_while_labels_change_freely(Db db)
    {
        var (_, http) = await apps.GetAsync(db);
        var field = await http.DefineAsync("integer");

        var type = await http.PatchJsonAsync($"/api/v1/custom-fields/{field.Id()}", new { type = "string" });
        var code = await http.PatchJsonAsync($"/api/v1/custom-fields/{field.Id()}", new { code = "UF_CRM_ANDERS" });
        var sameType = await http.PatchJsonAsync($"/api/v1/custom-fields/{field.Id()}", new { type = "integer", labels = new { de = "Anzahl" } });
        var renamed = await sameType.JsonAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, type.StatusCode);
        Assert.Equal("custom_fields.immutable", (await type.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sameType.StatusCode);
        Assert.Equal("Anzahl", renamed["labels"]!["de"]!.GetValue<string>());
        Assert.Equal("Field integer", renamed["labels"]!["en"]!.GetValue<string>());
        Assert.Equal(field["version"]!.GetValue<int>() + 1, renamed["version"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task List_items_are_added_renamed_reordered_and_retired_never_removed(Db db)
    {
        var (_, http) = await apps.GetAsync(db);
        var field = await http.DefineAsync("list", items: [Fields.Item("Rot", "Red"), Fields.Item("Grün", "Green")]);
        var (red, green) = (field.ItemId(0), field.ItemId(1));
        var deal = await http.DealAsync(new Dictionary<string, object> { [field.CodeOf()] = red });

        var changed = await (await http.PatchJsonAsync($"/api/v1/custom-fields/{field.Id()}", new
        {
            items = new object[]
            {
                new { id = green, labels = new { de = "Grün (hell)", en = "Light green" } },
                new { labels = new { de = "Blau", en = "Blue" } },
                new { id = red, retired = true },
            },
        })).JsonAsync();
        var leftOut = await http.PatchJsonAsync($"/api/v1/custom-fields/{field.Id()}", new { items = new object[] { new { id = green } } });
        var retiredOnNew = await http.PostDealAsync(new Dictionary<string, object> { [field.CodeOf()] = red });
        var keptOnOld = await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { title = "Umbenannt", customFields = new Dictionary<string, object> { [field.CodeOf()] = red } });

        var items = changed["items"]!.AsArray();
        Assert.Equal([green, items[1]!["id"]!.GetValue<long>(), red], items.Select(i => i!["id"]!.GetValue<long>()));
        Assert.Equal("Light green", items[0]!["labels"]!["en"]!.GetValue<string>());
        Assert.True(items[2]!["retired"]!.GetValue<bool>());
        Assert.True(items[1]!["id"]!.GetValue<long>() > red && items[1]!["id"]!.GetValue<long>() > green);
        Assert.Equal(HttpStatusCode.BadRequest, leftOut.StatusCode);
        Assert.Equal("custom_fields.item_not_found", (await retiredOnNew.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.OK, keptOnOld.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task Only_administrators_change_fields(Db db)
    {
        var (app, _) = await apps.GetAsync(db);
        var email = $"vertrieb{Guid.NewGuid():N}@kontor.test";
        await app.UserAsync(email, password: "user-password-1");
        using var user = await app.ClientForAsync(email, "user-password-1");

        var create = await user.PostAsJsonAsync("/api/v1/custom-fields", new { entity = "deal", code = Fields.Code("x"), type = "string", labels = new { de = "A", en = "A" } });
        var read = await user.GetAsync("/api/v1/custom-fields?entity=deal");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.Equal("custom_fields.admin_required", (await create.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Theory, AllDatabases]
    public async Task A_mandatory_field_needs_a_value_on_create_and_may_not_be_cleared(Db db)
    {
        var (_, http) = await apps.GetAsync(db);
        var code = (await http.DefineAsync("string", entity: "contact", mandatory: true)).CodeOf();

        var without = await http.PostAsJsonAsync("/api/v1/contacts", new { lastName = "Ohne" });
        var with = await http.PostJsonAsync("/api/v1/contacts", new { lastName = "Mit", customFields = new Dictionary<string, object> { [code] = "da" } });
        var cleared = await http.PatchJsonAsync($"/api/v1/contacts/{with.Id()}", new { customFields = new Dictionary<string, object?> { [code] = null } });
        var problem = await without.JsonAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, without.StatusCode);
        Assert.Equal("custom_fields.mandatory_missing", problem.Code());
        Assert.NotNull(problem["errors"]![$"customFields.{code}"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, cleared.StatusCode);

        await http.PatchJsonAsync($"/api/v1/custom-fields/{(await FieldIdAsync(http, "contact", code))}", new { mandatory = false });
    }

    [Theory, AllDatabases]
    public async Task A_record_older_than_a_mandatory_field_stays_editable_and_is_reported_incomplete(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var deal = await http.DealAsync(new { });
        var code = (await http.DefineAsync("integer", mandatory: true)).CodeOf();

        var edited = await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { title = "Neuer Titel" });
        var json = await edited.JsonAsync();
        var completed = await (await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { customFields = new Dictionary<string, object> { [code] = 3 } })).JsonAsync();

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal([code], json["incompleteFields"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Empty(completed["incompleteFields"]!.AsArray());
    }

    [Theory, AllDatabases]
    public async Task Defaults_apply_on_create_unless_a_value_is_sent(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var code = (await http.DefineAsync("string", defaultValue: "Messe")).CodeOf();
        var list = await http.DefineAsync("list", items: [Fields.Item("A", "A"), Fields.Item("B", "B")]);
        await http.PatchJsonAsync($"/api/v1/custom-fields/{list.Id()}", new { defaultValue = list.ItemId(1) });

        var plain = await http.DealAsync(new { });
        var sent = await http.DealAsync(new Dictionary<string, object> { [code] = "Web" });
        var cleared = await http.DealAsync(new Dictionary<string, object?> { [code] = null });

        Assert.Equal("Messe", plain["customFields"]![code]!.GetValue<string>());
        Assert.Equal(list.ItemId(1), plain["customFields"]![list.CodeOf()]!.GetValue<long>());
        Assert.Equal("Web", sent["customFields"]![code]!.GetValue<string>());
        Assert.Null(cleared["customFields"]![code]);
    }

    [Theory, AllDatabases]
    public async Task A_multiple_field_holds_a_list_and_refuses_a_single_value_or_repeats(Db db)
    {
        var (_, http) = await apps.GetAsync(db);
        var field = await http.DefineAsync("list", multiple: true, items: [Fields.Item("A", "A"), Fields.Item("B", "B")]);
        var code = field.CodeOf();

        var deal = await http.DealAsync(new Dictionary<string, object> { [code] = new[] { field.ItemId(1), field.ItemId(0) } });
        var single = await http.PostDealAsync(new Dictionary<string, object> { [code] = field.ItemId(0) });
        var twice = await http.PostDealAsync(new Dictionary<string, object> { [code] = new[] { field.ItemId(0), field.ItemId(0) } });
        var empty = await (await http.PatchJsonAsync($"/api/v1/deals/{deal.Id()}", new { customFields = new Dictionary<string, object> { [code] = Array.Empty<long>() } })).JsonAsync();

        Assert.Equal([field.ItemId(1), field.ItemId(0)], deal["customFields"]![code]!.AsArray().Select(v => v!.GetValue<long>()));
        Assert.Equal(HttpStatusCode.BadRequest, single.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Null(empty["customFields"]![code]);
    }

    [Theory, AllDatabases]
    public async Task A_deal_field_limited_to_a_pipeline_is_refused_on_deals_of_other_pipelines(Db db)
    {
        var (app, http) = await apps.GetAsync(db);
        var service = await app.PipelineAsync();
        var code = (await http.DefineAsync("string", pipelineIds: [service.Id], mandatory: true)).CodeOf();

        var inDefault = await http.PostDealAsync(new Dictionary<string, object> { [code] = "x" });
        var withoutInDefault = await http.PostAsJsonAsync("/api/v1/deals", new { title = "Ohne" });
        var inService = await http.PostAsJsonAsync("/api/v1/deals", new { title = "Service", pipelineId = service.Id, customFields = new Dictionary<string, object> { [code] = "x" } });

        Assert.Equal("custom_fields.not_in_pipeline", (await inDefault.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.Created, withoutInDefault.StatusCode);
        Assert.Equal(HttpStatusCode.Created, inService.StatusCode);

        await http.PatchJsonAsync($"/api/v1/custom-fields/{await FieldIdAsync(http, "deal", code)}", new { mandatory = false });
    }

    [Theory, AllDatabases]
    public async Task Deleting_a_field_with_values_asks_for_confirmation_with_the_count_then_removes_them(Db db)
    {
        var (app, http) = await apps.GetAsync(db);
        var field = await http.DefineAsync("integer");
        var code = field.CodeOf();
        var one = await http.DealAsync(new Dictionary<string, object> { [code] = 1 });
        await http.DealAsync(new Dictionary<string, object> { [code] = 2 });
        await http.DealAsync(new { });

        var unconfirmed = await http.DeleteAsync($"/api/v1/custom-fields/{field.Id()}");
        var problem = await unconfirmed.JsonAsync();
        var wrongCount = await http.DeleteAsync($"/api/v1/custom-fields/{field.Id()}?confirm=5");
        var confirmed = await http.DeleteAsync($"/api/v1/custom-fields/{field.Id()}?confirm=2");
        var holding = (await app.WithDbAsync(d => d.Set<Kontor.Features.Deals.Deal>().Select(x => x.CustomFields).ToListAsync())).Count(v => v.Contains(code, StringComparison.Ordinal));
        var after = await http.GetJsonAsync($"/api/v1/deals/{one.Id()}");

        Assert.Equal(HttpStatusCode.Conflict, unconfirmed.StatusCode);
        Assert.Equal("custom_fields.has_values", problem.Code());
        Assert.Equal(2, problem["records"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Conflict, wrongCount.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, confirmed.StatusCode);
        Assert.Equal(0, holding);
        Assert.Null(after["customFields"]![code]);
        Assert.True(after["version"]!.GetValue<int>() > one["version"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/custom-fields/{field.Id()}")).StatusCode);
    }

    [Theory, AllDatabases]
    public async Task Five_hundred_fields_on_deals_need_no_schema_change(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        using var http = await app.AdminClientAsync();
        var columnsBefore = await ColumnCountAsync(app);
        await app.WithDbAsync(async d =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            d.AddRange(Enumerable.Range(1, 500).Select(i => new FieldDefinition
            {
                Entity = CustomFieldEntity.Deal,
                Code = $"UF_CRM_F{i:000}",
                Type = i % 2 == 0 ? CustomFieldType.Integer : CustomFieldType.String,
                LabelDe = $"Feld {i}",
                LabelEn = $"Field {i}",
                Sort = i,
                CreatedAt = now,
                UpdatedAt = now,
            }));
            return await d.SaveChangesAsync();
        });
        var values = Enumerable.Range(1, 500).ToDictionary(i => $"UF_CRM_F{i:000}", i => i % 2 == 0 ? (object)i : $"Wert {i}");

        var deal = await http.DealAsync(values);
        var found = await http.GetJsonAsync("/api/v1/deals?cf.UF_CRM_F250=250");
        var columnsAfter = await ColumnCountAsync(app);

        Assert.Equal(500, deal["customFields"]!.AsObject().Count);
        Assert.Equal("Wert 499", deal["customFields"]!["UF_CRM_F499"]!.GetValue<string>());
        Assert.Equal([deal.Id()], found["items"]!.AsArray().Select(i => i!.Id()));
        Assert.Equal(columnsBefore, columnsAfter);
    }

    private static Task<int> ColumnCountAsync(KontorAppFactory app) => app.WithDbAsync(d => d.IsPostgres
        ? d.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM information_schema.columns WHERE table_name = 'kontor_deals'").SingleAsync()
        : d.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM pragma_table_info('kontor_deals')").SingleAsync());

    private static async Task<long> FieldIdAsync(HttpClient http, string entity, string code) =>
        (await http.GetJsonAsync($"/api/v1/custom-fields?entity={entity}"))["items"]!.AsArray().Single(f => f!["code"]!.GetValue<string>() == code)!.Id();
}
