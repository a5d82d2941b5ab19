using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Kontor.Features.Customers;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Features.Customers;

public sealed class ContactsTests
{
    private static readonly long[] UnknownCompany = [4711];

    private static List<long> CompanyIds(JsonNode contact) =>
        contact["companyIds"]!.AsArray().Select(c => c!.GetValue<long>()).ToList();

    [Theory, AllDatabases]
    public async Task Creating_a_contact_with_channels_address_and_two_companies_keeps_the_company_order(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var main = (await api.CompanyAsync("Muster GmbH")).Id();
        var second = (await api.CompanyAsync("Beispiel AG")).Id();

        var response = await api.PostAsJsonAsync("/api/v1/contacts", new
        {
            honorific = "Frau",
            firstName = "Anna",
            lastName = "Schmidt",
            position = "Einkauf",
            birthdate = "1980-05-17",
            address = new { street = "Hauptstr. 1", postalCode = "10115", city = "Berlin" },
            phones = new object[] { new { type = "mobile", value = "+49 171 555" } },
            emails = new object[] { new { type = "work", value = "anna@muster.de" }, new { type = "home", value = "anna@example.org" } },
            companyIds = new[] { second, main },
        });
        var created = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal([second, main], CompanyIds(created));
        Assert.Equal("1980-05-17", created["birthdate"]!.GetValue<string>());
        Assert.Null(created["secondName"]);
        Assert.Equal("""[{"type":"mobile","value":"+49 171 555"}]""", created["phones"].Json());
        Assert.Equal("""[{"type":"work","value":"anna@muster.de"},{"type":"home","value":"anna@example.org"}]""", created["emails"].Json());
        Assert.Equal("Berlin", created["address"]!["city"]!.GetValue<string>());
        Assert.Equal(await app.AdminIdAsync(), created["responsibleId"]!.GetValue<long>());
        var get = await api.GetAsync($"/api/v1/contacts/{created.Id()}");
        Assert.Equal("\"1\"", get.Headers.ETag?.Tag);
        Assert.Equal(created.Json(), (await get.JsonAsync()).Json());
    }

    [Theory, AllDatabases]
    public async Task A_contact_with_only_a_last_name_is_accepted(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();

        var created = await api.PostJsonAsync("/api/v1/contacts", new { lastName = "Schmidt" });

        Assert.Null(created["firstName"]);
        Assert.Equal("Schmidt", created["lastName"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Patching_the_companies_of_a_contact_reorders_adds_and_removes_links(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var a = (await api.CompanyAsync("A")).Id();
        var b = (await api.CompanyAsync("B")).Id();
        var c = (await api.CompanyAsync("C")).Id();
        var contact = await api.ContactAsync(companyIds: [a, b], email: "anna@muster.de");
        var url = $"/api/v1/contacts/{contact.Id()}";
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var response = await api.PatchJsonAsync(url, new { companyIds = new[] { c, a }, position = "Leitung", birthdate = "1975-01-31" }, ifMatch: "\"1\"");
        var patched = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal([c, a], CompanyIds(patched));
        Assert.Equal("Leitung", patched["position"]!.GetValue<string>());
        Assert.Equal("anna@muster.de", patched["emails"]![0]!["value"]!.GetValue<string>());
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, patched["updatedAt"]!.GetValue<DateTime>());
        Assert.Equal(patched.Json(), (await api.GetJsonAsync(url)).Json());
        var links = await app.WithDbAsync(d => d.Set<ContactCompany>().OrderBy(l => l.Sort).Select(l => l.CompanyId).ToListAsync());
        Assert.Equal([c, a], links);
    }

    [Theory, AllDatabases]
    public async Task Changing_only_the_company_order_moves_the_version(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var a = (await api.CompanyAsync("A")).Id();
        var b = (await api.CompanyAsync("B")).Id();
        var url = $"/api/v1/contacts/{(await api.ContactAsync(companyIds: [a, b])).Id()}";

        var response = await api.PatchJsonAsync(url, new { companyIds = new[] { b, a } });

        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        Assert.Equal([b, a], CompanyIds(await api.GetJsonAsync(url)));
    }

    [Theory, AllDatabases]
    public async Task Clearing_both_names_of_a_contact_is_refused_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var url = $"/api/v1/contacts/{(await api.ContactAsync("Anna", "Schmidt")).Id()}";

        var response = await api.PatchRawAsync(url, """{ "firstName": null, "lastName": "  ", "position": "Einkauf" }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("request.invalid", (await response.JsonAsync()).Code());
        var current = await api.GetJsonAsync(url);
        Assert.Equal("Anna", current["firstName"]!.GetValue<string>());
        Assert.Null(current["position"]);
        Assert.Equal(1, current["version"]!.GetValue<int>());
    }

    [Theory, AllDatabases]
    public async Task Patching_a_contact_with_an_unknown_company_is_refused_with_422_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var a = (await api.CompanyAsync("A")).Id();
        var url = $"/api/v1/contacts/{(await api.ContactAsync(companyIds: [a])).Id()}";

        var response = await api.PatchJsonAsync(url, new { companyIds = UnknownCompany, lastName = "Meier" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("contacts.company_not_found", (await response.JsonAsync()).Code());
        var current = await api.GetJsonAsync(url);
        Assert.Equal([a], CompanyIds(current));
        Assert.Equal("Schmidt", current["lastName"]!.GetValue<string>());
        Assert.Equal(1, await app.WithDbAsync(d => d.Set<ContactCompany>().CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task Patching_a_contact_with_a_stale_if_match_is_refused_with_412_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var url = $"/api/v1/contacts/{(await api.ContactAsync("Anna", "Schmidt")).Id()}";
        await api.PatchJsonAsync(url, new { position = "Einkauf" });

        var response = await api.PatchJsonAsync(url, new { lastName = "Meier" }, ifMatch: "\"1\"");

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("concurrency.precondition_failed", (await response.JsonAsync()).Code());
        Assert.Equal("Schmidt", (await api.GetJsonAsync(url))["lastName"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Patching_a_contact_with_unknown_or_wrong_typed_fields_is_refused(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var url = $"/api/v1/contacts/{(await api.ContactAsync()).Id()}";

        var response = await api.PatchRawAsync(url, """
            { "lastName": "Meier", "fullName": "x", "createdAt": "2020-01-01", "birthdate": "17.05.1980", "companyIds": [1, 1], "secondName": 3 }
            """);
        var problem = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["birthdate", "companyIds", "createdAt", "fullName", "secondName"],
            problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("Schmidt", (await api.GetJsonAsync(url))["lastName"]!.GetValue<string>());
    }

    [Theory, AllDatabases]
    public async Task Creating_a_contact_from_bad_input_is_refused_and_stores_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var company = (await api.CompanyAsync("Muster GmbH")).Id();
        var inactive = await app.UserAsync("Ines", active: false);
        (string Body, HttpStatusCode Status, string Code)[] cases =
        [
            ("""{ "position": "Einkauf" }""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{ "firstName": " ", "lastName": "" }""", HttpStatusCode.BadRequest, "request.invalid"),
            ($$"""{ "lastName": "{{new string('x', 300)}}" }""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{ "lastName": "Schmidt", "emails": [{ "value": "anna@" }] }""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{ "lastName": "Schmidt", "phones": [{ "value": "+49 30 12#34" }] }""", HttpStatusCode.BadRequest, "request.invalid"),
            ("""{ "lastName": "Schmidt", "nickname": "Anni" }""", HttpStatusCode.BadRequest, "request.malformed_json"),
            ("""{ "lastName": "Schmidt", "birthdate": "yesterday" }""", HttpStatusCode.BadRequest, "request.malformed_json"),
            ("""{ "lastName": "Schmidt", "companyIds": "1" }""", HttpStatusCode.BadRequest, "request.malformed_json"),
            ($$"""{ "lastName": "Schmidt", "companyIds": [{{company}}, {{company}}] }""", HttpStatusCode.BadRequest, "request.invalid"),
            ($$"""{ "lastName": "Schmidt", "companyIds": [{{company}}, 4711] }""", HttpStatusCode.UnprocessableEntity, "contacts.company_not_found"),
            ($$"""{ "lastName": "Schmidt", "responsibleId": {{inactive}} }""", HttpStatusCode.UnprocessableEntity, "contacts.user_not_found"),
        ];

        foreach (var (body, status, code) in cases)
        {
            var response = await api.PostRawAsync("/api/v1/contacts", body);

            Assert.True(response.StatusCode == status, $"{body[..Math.Min(body.Length, 80)]} answered {(int)response.StatusCode}");
            Assert.Equal(code, (await response.JsonAsync()).Code());
        }

        Assert.Equal(0, await app.ContactCountAsync());
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<ContactCompany>().CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task Deleting_a_contact_keeps_its_deals_and_its_companies(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var company = (await api.CompanyAsync("Muster GmbH")).Id();
        var contact = (await api.ContactAsync(companyIds: [company], phone: "030 1234")).Id();
        var deal = (await api.PostJsonAsync("/api/v1/deals", new { title = "Auftrag 1", companyId = company, contactIds = new[] { contact } })).Id();

        var response = await api.DeleteAsync($"/api/v1/contacts/{contact}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/contacts/{contact}")).StatusCode);
        var dealAfter = await api.GetJsonAsync($"/api/v1/deals/{deal}");
        Assert.Empty(dealAfter["contactIds"]!.AsArray());
        Assert.Equal(company, dealAfter["companyId"]!.GetValue<long>());
        Assert.Empty((await api.GetJsonAsync($"/api/v1/companies/{company}/contacts"))["items"]!.AsArray());
        Assert.Equal(0, await app.WithDbAsync(d => d.Set<ContactCompany>().CountAsync()));
    }

    [Theory, AllDatabases]
    public async Task Unknown_contact_ids_answer_404(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();

        HttpResponseMessage[] responses =
        [
            await api.GetAsync("/api/v1/contacts/4711"),
            await api.PatchJsonAsync("/api/v1/contacts/4711", new { lastName = "Meier" }),
            await api.DeleteAsync("/api/v1/contacts/4711"),
        ];

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("contacts.not_found", (await response.JsonAsync()).Code());
        }
    }

    [Theory, AllDatabases]
    public async Task Listing_contacts_finds_them_by_name_email_or_phone_digits(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        await api.ContactAsync("Anna", "Schmidt", email: "Anna.S@Firma.de", phone: "+49 30 1234-567");
        await api.ContactAsync("Bernd", "Meier", email: "b.meier@example.org", phone: "0171 9876");
        await api.ContactAsync("Clara", "Annaberg");

        async Task<IReadOnlyList<string>> Search(string q) =>
            (await api.GetJsonAsync($"/api/v1/contacts?q={Uri.EscapeDataString(q)}")).Names("lastName");

        Assert.Equal(["Schmidt"], await Search("SCHMI"));
        Assert.Equal(["Annaberg", "Schmidt"], await Search("anna"));
        Assert.Equal(["Schmidt"], await Search("anna schmidt"));
        Assert.Equal(["Schmidt"], await Search("anna.s@firma"));
        Assert.Equal(["Meier"], await Search("example.org"));
        Assert.Equal(["Schmidt"], await Search("30 1234"));
        Assert.Equal(["Meier"], await Search("9876"));
        Assert.Empty(await Search("1234 9876"));
    }

    [Theory, AllDatabases]
    public async Task Listing_contacts_filters_by_company_and_responsible(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        var bernd = await app.UserAsync("Bernd");
        var company = (await api.CompanyAsync("Muster GmbH")).Id();
        await api.ContactAsync("Anna", "Schmidt", companyIds: [company]);
        await api.ContactAsync("Bernd", "Meier", companyIds: [company], responsibleId: bernd);
        await api.ContactAsync("Clara", "Vogel", responsibleId: bernd);

        var byCompany = await api.GetJsonAsync($"/api/v1/contacts?companyId={company}");
        var byResponsible = await api.GetJsonAsync($"/api/v1/contacts?responsibleId={bernd}");
        var both = await api.GetJsonAsync($"/api/v1/contacts?companyId={company}&responsibleId={bernd}");

        Assert.Equal(["Meier", "Schmidt"], byCompany.Names("lastName"));
        Assert.Equal(["Meier", "Vogel"], byResponsible.Names("lastName"));
        Assert.Equal(["Meier"], both.Names("lastName"));
    }

    [Theory, AllDatabases]
    public async Task Listing_contacts_pages_by_last_name_first_name_and_id_across_two_pages(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var api = await app.AdminClientAsync();
        await api.ContactAsync("Clara", "Meier");
        await api.ContactAsync("Anna", "Schmidt");
        await api.ContactAsync("Anna", "Meier");
        await api.ContactAsync("Anna", "Meier");
        await api.PostJsonAsync("/api/v1/contacts", new { firstName = "Bernd" });

        var first = await api.GetJsonAsync("/api/v1/contacts?limit=3");
        var second = await api.GetJsonAsync($"/api/v1/contacts?limit=3&cursor={first["next"]!.GetValue<string>()}");

        static IEnumerable<string> Full(JsonNode page) =>
            page["items"]!.AsArray().Select(i => $"{i!["firstName"]} {i["lastName"]}".Trim());
        Assert.Equal(["Bernd", "Anna Meier", "Anna Meier"], Full(first));
        Assert.Equal(["Clara Meier", "Anna Schmidt"], Full(second));
        Assert.Null(second["next"]);
        Assert.True(first["items"]![1]!.Id() < first["items"]![2]!.Id());
    }
}
