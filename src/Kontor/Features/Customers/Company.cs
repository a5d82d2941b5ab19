namespace Kontor.Features.Customers;

public sealed class Company : ICustomer
{
    public long Id { get; private set; }

    public string Name { get; set; } = "";

    public string? Industry { get; set; }

    public string? Website { get; set; }

    public string? Comments { get; set; }

    public Address Address { get; set; } = new();

    public List<Channel> Channels { get; private set; } = [];

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
}
