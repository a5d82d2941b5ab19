using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kontor.Common;
using Kontor.Features.Customers;
using Kontor.Features.Users;

namespace Kontor.Ui.Customers;

/// <summary>One phone number or e-mail address while it is edited.</summary>
public sealed class ChannelRow
{
    public ChannelType Type { get; set; } = ChannelType.Work;

    public string Value { get; set; } = "";

    public bool IsBlank => string.IsNullOrWhiteSpace(Value);

    /// <summary>The link that calls the number or writes to the address.</summary>
    public static string Link(ChannelKind kind, string value) => kind switch
    {
        ChannelKind.Phone => "tel:" + new string(value.Where(c => char.IsAsciiDigit(c) || c == '+').ToArray()),
        ChannelKind.Email => "mailto:" + value.Trim(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}

/// <summary>A postal address while it is edited.</summary>
public sealed class AddressForm
{
    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Region { get; set; }

    public string? Country { get; set; }

    public static AddressForm From(PostalAddress a) =>
        new() { Street = a.Street, PostalCode = a.PostalCode, City = a.City, Region = a.Region, Country = a.Country };

    public PostalAddress ToInput() =>
        new() { Street = Street, PostalCode = PostalCode, City = City, Region = Region, Country = Country };

    public JsonObject ToJson() => new()
    {
        ["street"] = Street,
        ["postalCode"] = PostalCode,
        ["city"] = City,
        ["region"] = Region,
        ["country"] = Country,
    };

    /// <summary>"Hauptstraße 5, 10115 Berlin" — the parts there are, for lists.</summary>
    public static string OneLine(PostalAddress a) =>
        string.Join(", ", new[] { a.Street, string.Join(' ', new[] { a.PostalCode, a.City }.Where(p => !string.IsNullOrWhiteSpace(p))) }
            .Where(p => !string.IsNullOrWhiteSpace(p)));
}

/// <summary>
/// The editable fields of a company or contact. The form writes the same merge-patch body the API takes, so the slice's
/// own reader checks it (<see cref="Validate"/>) before anything is written, and its field errors name the same fields.
/// Blank phone and e-mail rows are left out.
/// </summary>
public abstract class CustomerForm
{
    public List<ChannelRow> Phones { get; } = [];

    public List<ChannelRow> Emails { get; } = [];

    public AddressForm Address { get; protected set; } = new();

    public string? Comments { get; set; }

    /// <summary>The user who looks after the record; null on a new one means the person creating it.</summary>
    public long? ResponsibleId { get; private set; }

    /// <summary>The responsible as the picker shows them, when known.</summary>
    public UserResponse? Responsible { get; private set; }

    public void SetResponsible(UserResponse? user, long? id = null)
    {
        Responsible = user;
        ResponsibleId = user?.Id ?? id;
    }

    public abstract JsonObject ToJson();

    public JsonElement ToPatch() => JsonSerializer.SerializeToElement(ToJson());

    /// <summary>The form's state as text, to tell whether it changed since it was loaded.</summary>
    public string Snapshot() => ToJson().ToJsonString();

    public abstract Error? Validate();

    /// <summary>The field name the API uses for a row, e.g. <c>phones[1].value</c>; blank rows before it do not count.</summary>
    public string FieldOf(ChannelKind kind, ChannelRow row)
    {
        var rows = kind == ChannelKind.Phone ? Phones : Emails;
        var index = rows.Where(r => !r.IsBlank).ToList().IndexOf(row);
        return string.Create(CultureInfo.InvariantCulture, $"{(kind == ChannelKind.Phone ? "phones" : "emails")}[{index}].value");
    }

    protected void FillChannels(IEnumerable<ChannelValue> phones, IEnumerable<ChannelValue> emails)
    {
        Phones.AddRange(phones.Select(p => new ChannelRow { Type = p.Type, Value = p.Value }));
        Emails.AddRange(emails.Select(e => new ChannelRow { Type = e.Type, Value = e.Value }));
    }

    protected void WriteCommon(JsonObject json)
    {
        json["phones"] = Channels(Phones);
        json["emails"] = Channels(Emails);
        json["address"] = Address.ToJson();
        json["comments"] = Comments;
        if (ResponsibleId is { } responsible)
        {
            json["responsibleId"] = responsible;
        }
    }

    protected IReadOnlyList<PhoneInput> PhoneInputs() => Phones.Where(r => !r.IsBlank).Select(r => new PhoneInput { Type = r.Type, Value = r.Value }).ToList();

    protected IReadOnlyList<EmailInput> EmailInputs() => Emails.Where(r => !r.IsBlank).Select(r => new EmailInput { Type = r.Type, Value = r.Value }).ToList();

    protected static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static JsonArray Channels(IEnumerable<ChannelRow> rows) =>
        [.. rows.Where(r => !r.IsBlank).Select(r => (JsonNode)new JsonObject
        {
            ["type"] = JsonNamingPolicy.CamelCase.ConvertName(r.Type.ToString()),
            ["value"] = r.Value,
        })];
}

public sealed class CompanyForm : CustomerForm
{
    public string Name { get; set; } = "";

    public string? Industry { get; set; }

    public string? Website { get; set; }

    public static CompanyForm From(CompanyResponse c)
    {
        var form = new CompanyForm { Name = c.Name, Industry = c.Industry, Website = c.Website, Comments = c.Comments, Address = AddressForm.From(c.Address) };
        form.FillChannels(c.Phones, c.Emails);
        form.SetResponsible(null, c.ResponsibleId);
        return form;
    }

    public override JsonObject ToJson()
    {
        var json = new JsonObject { ["name"] = Name, ["industry"] = Industry, ["website"] = Website };
        WriteCommon(json);
        return json;
    }

    public override Error? Validate() => UpdateCompany.Read(ToPatch()).Finish();

    public CreateCompany.Request ToCreateRequest() => new()
    {
        Name = Name.Trim(),
        Industry = Blank(Industry),
        Website = Blank(Website),
        Comments = Blank(Comments),
        Address = Address.ToInput(),
        Phones = PhoneInputs(),
        Emails = EmailInputs(),
        ResponsibleId = ResponsibleId,
    };
}

public sealed class ContactForm : CustomerForm
{
    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Position { get; set; }

    public DateOnly? Birthdate { get; set; }

    /// <summary>The companies the contact works for, in order; the first is the main one.</summary>
    public List<CompanyLink> Companies { get; } = [];

    public static ContactForm From(ContactResponse c, IReadOnlyDictionary<long, string> companyNames)
    {
        var form = new ContactForm
        {
            FirstName = c.FirstName,
            LastName = c.LastName,
            Position = c.Position,
            Birthdate = c.Birthdate,
            Comments = c.Comments,
            Address = AddressForm.From(c.Address),
        };
        form.FillChannels(c.Phones, c.Emails);
        form.SetResponsible(null, c.ResponsibleId);
        form.Companies.AddRange(c.CompanyIds.Select(id => new CompanyLink(id, companyNames.GetValueOrDefault(id, "#" + id.ToString(CultureInfo.InvariantCulture)))));
        return form;
    }

    public void Link(CompanyLink company)
    {
        if (Companies.TrueForAll(c => c.Id != company.Id))
        {
            Companies.Add(company);
        }
    }

    public override JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["firstName"] = FirstName,
            ["lastName"] = LastName,
            ["position"] = Position,
            ["birthdate"] = Birthdate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["companyIds"] = new JsonArray([.. Companies.Select(c => (JsonNode)c.Id)]),
        };
        WriteCommon(json);
        return json;
    }

    public override Error? Validate() => UpdateContact.Read(ToPatch()).Finish();

    public CreateContact.Request ToCreateRequest() => new()
    {
        FirstName = Blank(FirstName),
        LastName = Blank(LastName),
        Position = Blank(Position),
        Birthdate = Birthdate,
        Comments = Blank(Comments),
        Address = Address.ToInput(),
        Phones = PhoneInputs(),
        Emails = EmailInputs(),
        CompanyIds = Companies.Select(c => c.Id).ToList(),
        ResponsibleId = ResponsibleId,
    };
}

public sealed record CompanyLink(long Id, string Name);
