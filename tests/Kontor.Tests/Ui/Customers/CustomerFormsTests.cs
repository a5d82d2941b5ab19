using Kontor.Features.Customers;
using Kontor.Tests.Support;
using Kontor.Ui.Customers;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Tests.Ui.Customers;

public sealed class CustomerFormsTests
{
    private static CompanyForm Company(params (ChannelType Type, string Value)[] phones)
    {
        var form = new CompanyForm { Name = "Braun Elektro KG" };
        form.Phones.AddRange(phones.Select(p => new ChannelRow { Type = p.Type, Value = p.Value }));
        return form;
    }

    [Fact]
    public void The_patch_leaves_out_blank_rows_and_names_channel_types_like_the_api()
    {
        var form = Company((ChannelType.Mobile, "+49 171 555"), (ChannelType.Work, "  "));
        form.Emails.Add(new ChannelRow { Type = ChannelType.Home, Value = "info@braun.example" });
        form.Address.City = "Berlin";

        var json = form.ToJson();

        var phone = Assert.Single(json["phones"]!.AsArray())!;
        var email = Assert.Single(json["emails"]!.AsArray())!;
        Assert.Equal(("mobile", "+49 171 555"), (phone["type"]!.GetValue<string>(), phone["value"]!.GetValue<string>()));
        Assert.Equal(("home", "info@braun.example"), (email["type"]!.GetValue<string>(), email["value"]!.GetValue<string>()));
        Assert.Equal("Berlin", json["address"]!["city"]!.GetValue<string>());
    }

    [Fact]
    public void Validation_uses_the_slices_reader_and_names_the_row_among_the_filled_ones()
    {
        var form = Company((ChannelType.Work, ""), (ChannelType.Work, "030 1234"), (ChannelType.Mobile, "0171 CALL-ME"));
        var bad = form.Phones[2];

        var error = form.Validate();

        Assert.Equal("phones[1].value", form.FieldOf(ChannelKind.Phone, bad));
        Assert.Equal([ChannelRules.PhoneMessage], error!.Fields!["phones[1].value"]);
    }

    [Fact]
    public void A_company_without_a_name_is_refused_before_anything_is_written()
    {
        var error = new CompanyForm { Name = "  " }.Validate();

        Assert.True(error?.Fields?.ContainsKey("name"));
    }

    [Fact]
    public void The_create_request_trims_and_drops_blank_values()
    {
        var form = Company((ChannelType.Work, "030 1"), (ChannelType.Home, ""));
        form.Name = "  Braun  ";
        form.Industry = " ";

        var request = form.ToCreateRequest();

        Assert.Equal("Braun", request.Name);
        Assert.Null(request.Industry);
        Assert.Equal("030 1", Assert.Single(request.Phones!).Value);
    }

    [Fact]
    public void A_form_read_from_a_record_is_unchanged_until_a_field_changes()
    {
        var company = new CompanyResponse(
            3, "Braun", null, null, null, new PostalAddress { City = "Berlin" }, [new(ChannelType.Work, "030 1")], [], null, true,
            DateTime.UnixEpoch, null, DateTime.UnixEpoch, null, 1);
        var original = CompanyForm.From(company).Snapshot();
        var form = CompanyForm.From(company);

        Assert.Equal(original, form.Snapshot());
        form.Phones[0].Type = ChannelType.Mobile;
        Assert.NotEqual(original, form.Snapshot());
    }

    [Fact]
    public void A_contact_keeps_its_companies_in_order_and_links_each_only_once()
    {
        var form = new ContactForm { LastName = "Braun", Birthdate = new DateOnly(1980, 2, 29) };
        form.Link(new CompanyLink(7, "Braun"));
        form.Link(new CompanyLink(3, "Adler"));
        form.Link(new CompanyLink(7, "Braun"));

        var json = form.ToJson().ToJsonString();

        Assert.Contains("\"companyIds\":[7,3]", json, StringComparison.Ordinal);
        Assert.Contains("\"birthdate\":\"1980-02-29\"", json, StringComparison.Ordinal);
        Assert.Equal([7L, 3L], form.ToCreateRequest().CompanyIds!);
        Assert.Null(form.Validate());
    }

    [Theory]
    [InlineData(ChannelKind.Phone, "+49 (30) 123-45 / 6", "tel:+4930123456")]
    [InlineData(ChannelKind.Email, " ada@braun.example ", "mailto:ada@braun.example")]
    public void Links_call_the_digits_or_write_to_the_address(ChannelKind kind, string value, string link) =>
        Assert.Equal(link, ChannelRow.Link(kind, value));

    [Fact]
    public void One_line_addresses_show_only_the_parts_there_are()
    {
        Assert.Equal("Hauptstraße 5, 10115 Berlin", AddressForm.OneLine(new PostalAddress { Street = "Hauptstraße 5", PostalCode = "10115", City = "Berlin" }));
        Assert.Equal("Berlin", AddressForm.OneLine(new PostalAddress { City = "Berlin" }));
        Assert.Equal("", AddressForm.OneLine(new PostalAddress()));
    }

    [Theory, AllDatabases]
    public async Task A_contact_forms_patch_is_saved_by_the_contact_slice_and_reads_back_the_same(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var company = await app.CompanyAsync("Adler GmbH");
        var contact = await app.ContactAsync("Ada", "Braun");
        var loaded = await app.WithDbAsync(d => GetContact.RunAsync(d, contact, CancellationToken.None));
        var form = ContactForm.From(loaded!, new Dictionary<long, string>());
        form.Position = "Einkauf";
        form.Phones.Add(new ChannelRow { Type = ChannelType.Mobile, Value = "0171 5550" });
        form.Link(new CompanyLink(company, "Adler GmbH"));

        var (saved, error) = await app.WithDbAsync(d =>
            UpdateContact.RunAsync(d, contact, form.ToPatch(), v => v == loaded!.Version, userId: 1, app.Clock, CancellationToken.None));

        Assert.Null(error);
        Assert.Equal(form.Snapshot(), ContactForm.From(saved!, new Dictionary<long, string> { [company] = "Adler GmbH" }).Snapshot());
        Assert.Equal(loaded!.Version + 1, saved!.Version);
    }

    [Theory, AllDatabases]
    public async Task Saving_a_company_over_a_newer_version_is_refused_and_changes_nothing(Db db)
    {
        await using var app = await KontorAppFactory.CreateAsync(db);
        var id = await app.CompanyAsync("Braun KG");
        var form = new CompanyForm { Name = "Braun & Söhne KG" };

        var (saved, error) = await app.WithDbAsync(d => UpdateCompany.RunAsync(d, id, form.ToPatch(), v => v == 0, userId: 1, app.Clock, CancellationToken.None));

        Assert.Null(saved);
        Assert.Equal("concurrency.precondition_failed", error?.Code);
        Assert.Equal("Braun KG", await app.WithDbAsync(d => d.Set<Company>().Where(c => c.Id == id).Select(c => c.Name).SingleAsync()));
    }
}
