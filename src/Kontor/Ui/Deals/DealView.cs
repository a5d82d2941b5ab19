using Kontor.Data;
using Kontor.Features.Currencies;
using Kontor.Features.Customers;
using Kontor.Features.CustomFields;
using Kontor.Features.Deals;
using Kontor.Features.Pipelines;
using Kontor.Features.Timeline;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kontor.Ui.Deals;

/// <summary>Everything the deal page shows, read in one unit of work through the slice cores.</summary>
public sealed record DealView(
    DealResponse Deal,
    IReadOnlyList<DealProducts.RowResponse> Rows,
    PipelineResponse Pipeline,
    IReadOnlyList<PipelineResponse> Pipelines,
    CompanyResponse? Company,
    IReadOnlyList<ContactResponse> Contacts,
    IReadOnlyDictionary<long, UserResponse> Users,
    IReadOnlyList<CurrencyResponse> Currencies)
{
    /// <summary>The custom fields of deals, to name and format values in the timeline.</summary>
    public IReadOnlyList<FieldResponse> CustomFields { get; init; } = [];

    public int MinorUnits => Currencies.FirstOrDefault(c => c.Code == Deal.Currency)?.MinorUnits ?? 2;

    public string UserName(long id) => Users.TryGetValue(id, out var u) ? u.Name : "#" + id;

    public static async Task<DealView?> LoadAsync(KontorDb db, long id, string language, CancellationToken ct)
    {
        var deal = await db.LoadDealAsync(id, ct, withRows: true);
        if (deal is null)
        {
            return null;
        }

        var products = DealProducts.Respond(deal);
        var d = await products.Deal.WithIncompleteAsync(db, ct);
        var pipelines = (await ListPipelines.RunAsync(db, language, ct)).Items;
        var pipeline = pipelines.First(p => p.Id == d.PipelineId);
        var company = d.CompanyId is { } companyId ? await GetCompany.RunAsync(db, companyId, ct) : null;
        var contacts = new List<ContactResponse>();
        foreach (var contactId in d.ContactIds)
        {
            if (await GetContact.RunAsync(db, contactId, ct) is { } contact)
            {
                contacts.Add(contact);
            }
        }

        var users = await UsersAsync(db, d.ObserverIds.Append(d.ResponsibleId).Append(d.UpdatedById), ct);
        var currencies = (await ListCurrencies.Handle(db, ct)).Value ?? [];
        return new DealView(d, products.Rows, pipeline, pipelines, company, contacts, users, currencies)
        {
            CustomFields = await ListFields.RunAsync(db, CustomFieldEntity.Deal, ct),
        };
    }

    public static async Task<Dictionary<long, UserResponse>> UsersAsync(KontorDb db, IEnumerable<long> ids, CancellationToken ct)
    {
        var users = new Dictionary<long, UserResponse>();
        foreach (var id in ids.Distinct())
        {
            if ((await GetUser.Handle(id, db, ct)).Result is Ok<UserResponse> { Value: { } user })
            {
                users[id] = user;
            }
        }

        return users;
    }

    /// <summary>One page of the timeline (the first one with the pinned comments) with the names its entries refer to.</summary>
    public static async Task<(GetTimeline.TimelinePage? Page, TimelineNames Names)> TimelineAsync(
        KontorDb db, long id, string? cursor, IReadOnlyList<PipelineResponse> pipelines, long userId, TimeProvider clock, CancellationToken ct,
        IReadOnlyList<FieldResponse>? customFields = null)
    {
        var (page, _) = await GetTimeline.RunAsync(db, Owner.Deal(id), new GetTimeline.Query { Limit = 20, Cursor = cursor }, userId, clock, ct);
        var names = new TimelineNames { Pipelines = pipelines.ToDictionary(p => p.Id, p => p.Name) };
        if (page is null)
        {
            return (null, names);
        }

        var refs = TimelineText.ReferencedIds(page.Items, customFields);
        foreach (var (referenced, user) in await UsersAsync(db, refs.Users, ct))
        {
            names.Users[referenced] = user.Name;
        }

        foreach (var companyId in refs.Companies)
        {
            if (await GetCompany.RunAsync(db, companyId, ct) is { } company)
            {
                names.Companies[companyId] = company.Name;
            }
        }

        foreach (var contactId in refs.Contacts)
        {
            if (await GetContact.RunAsync(db, contactId, ct) is { } contact)
            {
                names.Contacts[contactId] = CustomerOption.ContactName(contact);
            }
        }

        foreach (var dealId in refs.Deals)
        {
            if (await GetDeal.RunAsync(db, dealId, ct) is { } deal)
            {
                names.Deals[dealId] = deal.Title;
            }
        }

        foreach (var (fileId, name) in await Features.Files.DownloadFile.NamesAsync(db, refs.Files.ToList(), ct))
        {
            names.Files[fileId] = name;
        }

        return (page, names);
    }
}
