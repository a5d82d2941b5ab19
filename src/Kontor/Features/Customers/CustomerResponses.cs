using System.Text.Json;
using Kontor.Common;
using Kontor.Data;
using Kontor.Features.CustomFields;

namespace Kontor.Features.Customers;

public sealed record CompanyResponse(
    long Id,
    string Name,
    string? Industry,
    string? Website,
    string? Comments,
    PostalAddress Address,
    IReadOnlyList<ChannelValue> Phones,
    IReadOnlyList<ChannelValue> Emails,
    long? ResponsibleId,
    bool IsOpened,
    DateTime CreatedAt,
    long? CreatedById,
    DateTime UpdatedAt,
    long? UpdatedById,
    int Version)
{
    /// <summary>Custom field values by code (see <c>/api/v1/custom-fields?entity=company</c>).</summary>
    public IReadOnlyDictionary<string, JsonElement> CustomFields { get; init; } = CustomValues.None;

    /// <summary>Mandatory custom fields the company lacks (defined after it was created).</summary>
    public IReadOnlyList<string> IncompleteFields { get; init; } = [];

    public static CompanyResponse From(Company c) => new(
        c.Id, c.Name, c.Industry, c.Website, c.Comments, PostalAddress.From(c.Address),
        ChannelRules.Of(c.Channels, ChannelKind.Phone), ChannelRules.Of(c.Channels, ChannelKind.Email), c.ResponsibleId,
        c.IsOpened, c.CreatedAt, c.CreatedById, c.UpdatedAt, c.UpdatedById, c.Version)
    {
        CustomFields = CustomValues.Read(c.CustomFields),
    };

    public async Task<CompanyResponse> WithIncompleteAsync(KontorDb db, CancellationToken ct) =>
        this with { IncompleteFields = await CustomFieldValidator.IncompleteAsync(db, CustomFieldEntity.Company, CustomFields, null, ct) };
}

public sealed record ContactResponse(
    long Id,
    string? Honorific,
    string? FirstName,
    string? SecondName,
    string? LastName,
    string? Position,
    DateOnly? Birthdate,
    string? Comments,
    PostalAddress Address,
    IReadOnlyList<ChannelValue> Phones,
    IReadOnlyList<ChannelValue> Emails,
    IReadOnlyList<long> CompanyIds,
    long? ResponsibleId,
    bool IsOpened,
    DateTime CreatedAt,
    long? CreatedById,
    DateTime UpdatedAt,
    long? UpdatedById,
    int Version)
{
    /// <summary>Custom field values by code (see <c>/api/v1/custom-fields?entity=contact</c>).</summary>
    public IReadOnlyDictionary<string, JsonElement> CustomFields { get; init; } = CustomValues.None;

    /// <summary>Mandatory custom fields the contact lacks (defined after it was created).</summary>
    public IReadOnlyList<string> IncompleteFields { get; init; } = [];

    public async Task<ContactResponse> WithIncompleteAsync(KontorDb db, CancellationToken ct) =>
        this with { IncompleteFields = await CustomFieldValidator.IncompleteAsync(db, CustomFieldEntity.Contact, CustomFields, null, ct) };

    // The model keeps a missing first or last name as an empty string; the API shows it as null, like the other names.
    public static ContactResponse From(Contact c) => new(
        c.Id, c.Honorific, InputText.OrNull(c.FirstName), c.SecondName, InputText.OrNull(c.LastName), c.Position, c.Birthdate,
        c.Comments, PostalAddress.From(c.Address), ChannelRules.Of(c.Channels, ChannelKind.Phone),
        ChannelRules.Of(c.Channels, ChannelKind.Email), c.Companies.OrderBy(l => l.Sort).Select(l => l.CompanyId).ToList(),
        c.ResponsibleId, c.IsOpened, c.CreatedAt, c.CreatedById, c.UpdatedAt, c.UpdatedById, c.Version)
    {
        CustomFields = CustomValues.Read(c.CustomFields),
    };
}
