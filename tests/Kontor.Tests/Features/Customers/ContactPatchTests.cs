using System.Text.Json;
using Kontor.Common;
using Kontor.Features.Customers;

namespace Kontor.Tests.Features.Customers;

public sealed class ContactPatchTests
{
    private static PatchReader<Contact> Read(string json) => UpdateContact.Read(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void The_read_only_fields_of_a_contact_are_refused_as_read_only()
    {
        var error = Read("""{ "lastName": "Meier", "nickname": "x", "version": 3, "createdAt": "2026-01-01T00:00:00Z" }""").Finish();

        Assert.NotNull(error);
        Assert.Equal(["This field is unknown."], error.Fields!["nickname"]);
        Assert.Equal(["This field is read-only."], error.Fields!["version"]);
        Assert.Equal(["This field is read-only."], error.Fields!["createdAt"]);
        Assert.DoesNotContain("lastName", error.Fields!.Keys);
    }

    [Fact]
    public void Null_clears_an_optional_field_and_leaves_the_others_as_they_were()
    {
        var contact = new Contact { FirstName = "Anna", LastName = "Schmidt", Position = "Einkauf", Birthdate = new(1980, 5, 17) };
        var patch = Read("""{ "position": null, "birthdate": null, "secondName": "  Maria " }""");

        Assert.Null(patch.Finish());
        patch.ApplyTo(contact);

        Assert.Null(contact.Position);
        Assert.Null(contact.Birthdate);
        Assert.Equal("Maria", contact.SecondName);
        Assert.Equal("Anna", contact.FirstName);
    }

    [Fact]
    public void An_address_merges_part_by_part_and_null_clears_it()
    {
        var contact = new Contact { Address = new() { Street = "Hauptstr. 1", City = "Berlin" } };

        var merge = Read("""{ "address": { "city": "Hamburg", "street": null } }""");
        Assert.Null(merge.Finish());
        merge.ApplyTo(contact);
        Assert.Equal((null, "Hamburg"), (contact.Address.Street, contact.Address.City));

        var clear = Read("""{ "address": null }""");
        Assert.Null(clear.Finish());
        clear.ApplyTo(contact);
        Assert.Null(contact.Address.City);
    }

    [Fact]
    public void Nothing_is_applied_until_apply_is_called()
    {
        var contact = new Contact { LastName = "Schmidt" };
        var patch = Read("""{ "lastName": "Meier", "phones": [{ "value": "030 1" }] }""");

        Assert.Null(patch.Finish());

        Assert.Equal("Schmidt", contact.LastName);
        Assert.Empty(contact.Channels);
    }

    [Fact]
    public void A_phone_entry_without_a_value_is_refused_with_its_position()
    {
        var error = Read("""{ "phones": [{ "value": "030 1" }, { "type": "mobile" }] }""").Finish();

        Assert.Equal(["phones[1].value"], error!.Fields!.Keys);
    }

    [Fact]
    public void Phones_and_emails_replace_the_lists_and_a_wrong_entry_is_named_by_its_position()
    {
        var contact = new Contact { LastName = "Schmidt" };
        var patch = Read("""{ "phones": [{ "type": "mobile", "value": " 0171 1 " }], "emails": [{ "value": "a@b.de" }] }""");
        var wrong = Read("""{ "phones": [{ "type": "fax", "value": "030 1" }, 7], "emails": [{ "value": "kein-at" }] }""").Finish();

        Assert.Null(patch.Finish());
        patch.ApplyTo(contact);

        Assert.Equal([new ChannelValue(ChannelType.Mobile, "0171 1")], ChannelRules.Of(contact.Channels, ChannelKind.Phone));
        Assert.Equal([new ChannelValue(ChannelType.Work, "a@b.de")], ChannelRules.Of(contact.Channels, ChannelKind.Email));
        Assert.Equal(["Expected one of: work, mobile, home, other."], wrong!.Fields!["phones[0].type"]);
        Assert.Equal(["Expected a JSON object."], wrong.Fields!["phones[1]"]);
        Assert.Equal([ChannelRules.EmailMessage], wrong.Fields!["emails[0].value"]);
    }
}
