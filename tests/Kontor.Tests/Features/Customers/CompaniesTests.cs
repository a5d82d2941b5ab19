using System.Net;
using System.Net.Http.Json;
using Kontor.Features.Customers;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Customers;

public sealed class CompaniesTests
{
    [Theory, AllDatabases]
    public async Task Creating_a_company_with_phones_emails_and_address_returns_it_with_its_etag(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var adminId = await app.AdminIdAsync();

        var response = await api.PostAsJsonAsync("/api/v1/companies", new
        {
            name = "  Muster GmbH ",
            industry = "Maschinenbau",
            website = "https://muster.de",
            address = new { street = "Hauptstr. 1", postalCode = "10115", city = "Berlin", country = "DE" },
            phones = new object[] { new { type = "work", value = " +49 30 1234-56 " }, new { type = "mobile", value = "0171 555 (0)" } },
            emails = new object[] { new { value = "Info@Muster.DE" } },
        });
        var created = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal($"/api/v1/companies/{created.Id()}", response.Headers.Location?.AbsolutePath);
        Assert.Equal("Muster GmbH", created["name"]!.GetValue<string>());
        Assert.Equal("""[{"type":"work","value":"+49 30 1234-56"},{"type":"mobile","value":"0171 555 (0)"}]""", created["phones"].Json());
        Assert.Equal("""[{"type":"work","value":"Info@Muster.DE"}]""", created["emails"].Json());
        Assert.Equal("""{"street":"Hauptstr. 1","postalCode":"10115","city":"Berlin","region":null,"country":"DE"}""", created["address"].Json());
        Assert.Equal(adminId, created["responsibleId"]!.GetValue<long>());
        Assert.Equal(adminId, created["createdById"]!.GetValue<long>());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, created["createdAt"]!.GetValue<DateTime>());
        Assert.True(created["isOpened"]!.GetValue<bool>());

        var get = await api.GetAsync($"/api/v1/companies/{created.Id()}");
        Assert.Equal("\"1\"", get.Headers.ETag?.Tag);
        Assert.Equal(created.Json(), (await get.JsonAsync()).Json());

        var normalized = await app.WithDbAsync(d => d.Set<Company>().SelectMany(c => c.Channels).OrderBy(c => c.Id).Select(c => c.Normalized).ToListAsync());
        Assert.Equal(["+4930123456", "01715550", "info@muster.de"], normalized);
    }

    [Theory, AllDatabases]
    public async Task Patching_a_company_changes_only_the_given_fields(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var created = await api.PostJsonAsync("/api/v1/companies", new
        {
            name = "Muster GmbH",
            industry = "Handel",
            website = "https://muster.de",
            address = new { street = "Hauptstr. 1", city = "Berlin" },
            phones = new object[] { new { value = "030 1234" } },
            emails = new object[] { new { value = "info@muster.de" } },
        });
        var url = $"/api/v1/companies/{created.Id()}";
        app.Clock.Advance(TimeSpan.FromHours(1));

        var response = await api.PatchJsonAsync(url, new
        {
            name = "Muster AG",
            industry = (string?)null,
            address = new { city = "Hamburg", region = "HH" },
            phones = new object[] { new { type = "home", value = "040 999" }, new { type = "other", value = "040 998" } },
        }, ifMatch: "\"1\"");
        var patched = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal(2, patched["version"]!.GetValue<int>());
        Assert.Equal("Muster AG", patched["name"]!.GetValue<string>());
        Assert.Null(patched["industry"]);
        Assert.Equal("https://muster.de", patched["website"]!.GetValue<string>());
        Assert.Equal("""{"street":"Hauptstr. 1","postalCode":null,"city":"Hamburg","region":"HH","country":null}""", patched["address"].Json());
        Assert.Equal("""[{"type":"home","value":"040 999"},{"type":"other","value":"040 998"}]""", patched["phones"].Json());
        Assert.Equal("""[{"type":"work","value":"info@muster.de"}]""", patched["emails"].Json());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, patched["updatedAt"]!.GetValue<DateTime>());
        Assert.Equal(created["createdAt"]!.GetValue<DateTime>(), patched["createdAt"]!.GetValue<DateTime>());
        Assert.Equal(patched.Json(), (await api.GetJsonAsync(url)).Json());
        Assert.Equal(3, await app.WithDbAsync(d => d.Set<Company>().SelectMany(c => c.Channels).CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task Patching_only_the_emails_moves_the_version_and_patching_the_same_values_does_not(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var created = await api.PostJsonAsync("/api/v1/companies", new { name = "Muster GmbH", emails = new object[] { new { value = "a@muster.de" } } });
        var url = $"/api/v1/companies/{created.Id()}";

        var same = await api.PatchJsonAsync(url, new { name = "Muster GmbH", emails = new object[] { new { type = "work", value = "a@muster.de" } } });
        var other = await api.PatchJsonAsync(url, new { emails = new object[] { new { value = "b@muster.de" } } });

        Assert.Equal("\"1\"", same.Headers.ETag?.Tag);
        Assert.Equal("\"2\"", other.Headers.ETag?.Tag);
        Assert.Equal("b@muster.de", (await api.GetJsonAsync(url))["emails"]![0]!["value"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Patching_with_a_stale_if_match_is_refused_with_412_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var url = $"/api/v1/companies/{(await api.CompanyAsync("Muster GmbH")).Id()}";
        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync(url, new { industry = "Handel" }, ifMatch: "\"1\"")).StatusCode);

        var response = await api.PatchJsonAsync(url, new { name = "Muster AG" }, ifMatch: "\"1\"");
        var deleted = await api.DeleteAsync(url, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("concurrency.precondition_failed", (await response.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.PreconditionFailed, deleted.StatusCode);
        var current = await api.GetJsonAsync(url);
        Assert.Equal("Muster GmbH", current["name"]!.GetValue<string>());
        Assert.Equal(2, current["version"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task Patching_with_unknown_read_only_or_wrong_typed_fields_names_each_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var url = $"/api/v1/companies/{(await api.CompanyAsync("Muster GmbH")).Id()}";

        var response = await api.PatchRawAsync(url, """
            {
              "name": "Muster AG",
              "nmae": "typo",
              "version": 7,
              "isOpened": "yes",
              "responsibleId": "1",
              "phones": [{ "value": "call me" }, { "type": "fax", "value": "030 1" }, { "value": "030 2", "ext": "1" }],
              "emails": [{ "value": "not-an-address" }],
              "address": { "town": "Berlin", "city": 5 },
              "website": "x"
            }
            """);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.invalid", problem.Code());
        Assert.Equal(
            ["address.city", "address.town", "emails[0].value", "isOpened", "nmae", "phones[0].value", "phones[1].type", "phones[2].ext", "responsibleId", "version"],
            problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("This field is read-only.", problem["errors"]!["version"]![0]!.GetValue<string>());
        Assert.Equal("This field is unknown.", problem["errors"]!["nmae"]![0]!.GetValue<string>());
        var current = await api.GetJsonAsync(url);
        Assert.Equal("Muster GmbH", current["name"]!.GetValue<string>());
        Assert.Null(current["website"]);
        Assert.Equal(1, current["version"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task Creating_a_company_from_bad_input_is_refused_and_stores_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var inactive = await app.UserAsync("Ines", active: false);
        var tooManyPhones = string.Join(",", Enumerable.Range(0, 21).Select(i => $$"""{"value":"030 {{i}}"}"""));
        (string Body, HttpStatusCode Status, string Code)[] cases =
        [
            ("""{ "industry": "Handel" }""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{ "name": "   " }""", HttpStatusCode.BadRequest, "request.invalid"),
            ($$"""{ "name": "{{new string('x', 300)}}" }""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{ "name": "Muster", "emails": [{ "value": "info(at)muster.de" }] }""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{ "name": "Muster", "phones": [{ "value": "030 CALL-NOW" }] }""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{ "name": "Muster", "phones": [{ "type": "fax", "value": "030 1" }] }""", HttpStatusCode.BadRequest, "request.malformed_json"),
            ($$"""{ "name": "Muster", "phones": [{{tooManyPhones}}] }""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{ "name": "Muster", "colour": "red" }""", HttpStatusCode.BadRequest, "request.malformed_json"),
            ("""{ "name": 42 }""", HttpStatusCode.BadRequest, "request.malformed_json"),
            ("""{ "name": "Muster", "responsibleId": 999999 }""", HttpStatusCode.UnprocessableEntity, "companies.user_not_found"),
            ($$"""{ "name": "Muster", "responsibleId": {{inactive}} }""", HttpStatusCode.UnprocessableEntity, "companies.user_not_found"),
        ];

        foreach (var (body, status, code) in cases)
        {
            var response = await api.PostRawAsync("/api/v1/companies", body);

            Assert.True(response.StatusCode == status, $"{body[..Math.Min(body.Length, 80)]} answered {(int)response.StatusCode}");
            Assert.Equal(code, (await response.JsonAsync()).Code());
        }

        Assert.Equal(0, await app.CompanyCountAsync());
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<Company>().SelectMany(c => c.Channels).CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task Deleting_a_company_keeps_its_deals_and_contacts_and_unlinks_them(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var company = (await api.CompanyAsync("Muster GmbH")).Id();
        var other = (await api.CompanyAsync("Beispiel AG")).Id();
        var contact = (await api.ContactAsync(companyIds: [company, other])).Id();
        var deal = (await api.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 1", companyId = company, contactIds = new[] { contact } })).Id();

        var response = await api.DeleteAsync($"/api/v1/companies/{company}", ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/companies/{company}")).StatusCode);
        var dealAfter = await api.GetJsonAsync($"/api/v1/deals/{deal}");
        Assert.Null(dealAfter["companyId"]);
        Assert.Equal([contact], dealAfter["contactIds"]!.AsArray().Select(c => c!.GetValue<long>()));
        Assert.Equal([other], (await api.GetJsonAsync($"/api/v1/contacts/{contact}"))["companyIds"]!.AsArray().Select(c => c!.GetValue<long>()));
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<Company>().Where(c => c.Id == company).SelectMany(c => c.Channels).CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task Unknown_company_ids_answer_404(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();

        HttpResponseMessage[] responses =
        [
            await api.GetAsync("/api/v1/companies/4711"),
            await api.PatchJsonAsync("/api/v1/companies/4711", new { name = "Muster" }),
            await api.DeleteAsync("/api/v1/companies/4711"),
            await api.GetAsync("/api/v1/companies/4711/contacts"),
        ];

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("companies.not_found", (await response.JsonAsync()).Code());
        }
    }

    [Theory, AllDatabases]
    public async Task Listing_companies_finds_names_case_insensitively_and_filters_by_responsible(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var bernd = await app.UserAsync("Bernd");
        await api.CompanyAsync("Muster GmbH");
        await api.CompanyAsync("Mustermann & Söhne", responsibleId: bernd);
        await api.CompanyAsync("Beispiel AG");
        await api.CompanyAsync("50% Rabatt KG");
        await api.CompanyAsync("5000 Teile GmbH");

        var byName = await api.GetJsonAsync("/api/v1/companies?q=MUSTER");
        var byResponsible = await api.GetJsonAsync($"/api/v1/companies?responsibleId={bernd}");
        var both = await api.GetJsonAsync($"/api/v1/companies?q=gmbh&responsibleId={bernd}");
        var literalPercent = await api.GetJsonAsync("/api/v1/companies?q=50%25");

        Assert.Equal(["Muster GmbH", "Mustermann & Söhne"], byName.Names());
        Assert.Equal(["Mustermann & Söhne"], byResponsible.Names());
        Assert.Empty(both.Names());
        Assert.Equal(["50% Rabatt KG"], literalPercent.Names());
        Assert.Null(byName["next"]);
    }

    [Theory, AllDatabases]
    public async Task Listing_companies_pages_by_name_then_id_across_two_pages(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var ids = new Dictionary<string, List<long>>();
        foreach (var name in new[] { "Delta", "Alpha", "Charlie", "Bravo", "Bravo" })
        {
            var id = (await api.CompanyAsync(name)).Id();
            ids[name] = [.. ids.GetValueOrDefault(name) ?? [], id];
        }

        var first = await api.GetJsonAsync("/api/v1/companies?limit=2");
        var second = await api.GetJsonAsync($"/api/v1/companies?limit=2&cursor={first["next"]!.GetValue<string>()}");
        var third = await api.GetJsonAsync($"/api/v1/companies?limit=2&cursor={second["next"]!.GetValue<string>()}");

        Assert.Equal(["Alpha", "Bravo"], first.Names());
        Assert.Equal(["Bravo", "Charlie"], second.Names());
        Assert.Equal(["Delta"], third.Names());
        Assert.Null(third["next"]);
        Assert.Equal(ids["Bravo"], [first["items"]![1]!.Id(), second["items"]![0]!.Id()]);
    }

    [Theory, AllDatabases]
    public async Task A_bad_cursor_or_limit_is_refused_with_400(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();

        var cursor = await api.GetAsync("/api/v1/companies?cursor=not-a-cursor");
        var limit = await api.GetAsync("/api/v1/companies?limit=201");

        Assert.Equal(HttpStatusCode.BadRequest, cursor.StatusCode);
        Assert.Equal("paging.invalid_cursor", (await cursor.JsonAsync()).Code());
        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
        Assert.Equal("request.invalid", (await limit.JsonAsync()).Code());
    }

    [Theory, AllDatabases]
    public async Task Listing_the_contacts_of_a_company_returns_only_those_linked_to_it(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var company = (await api.CompanyAsync("Muster GmbH")).Id();
        var other = (await api.CompanyAsync("Beispiel AG")).Id();
        await api.ContactAsync("Anna", "Schmidt", companyIds: [other, company]);
        await api.ContactAsync("Bernd", "Meier", companyIds: [company]);
        await api.ContactAsync("Clara", "Vogel", companyIds: [other]);
        await api.ContactAsync("Dora", "Zander");

        var page = await api.GetJsonAsync($"/api/v1/companies/{company}/contacts");

        Assert.Equal(["Meier", "Schmidt"], page.Names("lastName"));
    }
}
