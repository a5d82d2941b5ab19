namespace Kontor.Features.Customers;

public sealed class Contact : ICustomer
{
    public long Id { get; private set; }

    public string? Honorific { get; set; }

    public string FirstName { get; set; } = "";

    public string? SecondName { get; set; }

    public string LastName { get; set; } = "";

    public string? Position { get; set; }

    public DateOnly? Birthdate { get; set; }

    public string? Comments { get; set; }

    public Address Address { get; set; } = new();

    public List<Channel> Channels { get; private set; } = [];

    /// <summary>The companies this contact works for, in order; the first is the main one.</summary>
    public List<ContactCompany> Companies { get; private set; } = [];

    /// <summary>Custom field values: a JSON object keyed by field code (see Features/CustomFields).</summary>
    public string CustomFields { get; set; } = "{}";

    public long? ResponsibleId { get; set; }

    public bool IsOpened { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public long? CreatedById { get; set; }

    public DateTime UpdatedAt { get; set; }

    public long? UpdatedById { get; set; }

    public int Version { get; private set; } = 1;

    public void BumpVersion() => Version++;

    public string FullName => string.Join(' ', new[] { FirstName, SecondName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));
}

public sealed class ContactCompany
{
    public long ContactId { get; set; }

    public long CompanyId { get; set; }

    public int Sort { get; set; }
}
