using System.Text.Json;
using Kontor.Features.Currencies;
using Kontor.Features.Customers;
using Kontor.Features.CustomFields;
using Kontor.Features.Deals;
using Kontor.Features.Files;
using Kontor.Features.Users;
using Kontor.Ui.Deals;
using Kontor.Ui.Shared;
using Microsoft.AspNetCore.Components.Forms;

namespace Kontor.Ui.CustomFields;

/// <summary>
/// What the custom field editors of a page need, read through the slice cores: the definitions of the record type, the
/// users and currencies to pick from, and names for the users, records and files that values point at.
/// </summary>
public sealed class FieldSupport
{
    public IReadOnlyList<FieldResponse> Fields { get; private init; } = [];

    public IReadOnlyList<UserResponse> Users { get; private init; } = [];

    public IReadOnlyList<string> Currencies { get; private init; } = ["EUR"];

    /// <summary>The currency a new amount starts in: the base currency.</summary>
    public string BaseCurrency { get; private init; } = "EUR";

    public FieldNames Names { get; } = new();

    /// <summary>The fields a record of <paramref name="pipelineId"/> shows (deals: those of its pipeline).</summary>
    public IEnumerable<FieldResponse> Visible(long? pipelineId) =>
        Fields.Where(f => pipelineId is null || f.PipelineIds.Count == 0 || f.PipelineIds.Contains(pipelineId.Value));

    public static async Task<FieldSupport> LoadAsync(UiData data, CustomFieldEntity entity, CancellationToken ct = default) =>
        await data.RunAsync(async db =>
        {
            var fields = await ListFields.RunAsync(db, entity, ct);
            var users = fields.Any(f => f.Type == CustomFieldType.User) ? await ActiveUsersAsync(db, ct) : [];
            var currencies = fields.Any(f => f.Type == CustomFieldType.Money) ? (await ListCurrencies.Handle(db, ct)).Value ?? [] : [];
            var support = new FieldSupport
            {
                Fields = fields,
                Users = users,
                Currencies = currencies.Count > 0 ? [.. currencies.Select(c => c.Code)] : ["EUR"],
                BaseCurrency = currencies.FirstOrDefault(c => c.IsBase)?.Code ?? (currencies.Count > 0 ? currencies[0].Code : "EUR"),
            };
            foreach (var user in users)
            {
                support.Names.Users[user.Id] = user.Name;
            }

            return support;
        });

    private static async Task<List<UserResponse>> ActiveUsersAsync(Data.KontorDb db, CancellationToken ct)
    {
        var users = new List<UserResponse>();
        string? cursor = null;
        do
        {
            var page = SliceResults.ValueOf<Common.Page<UserResponse>>(await ListUsers.Handle(new ListUsers.Query { Limit = 200, Cursor = cursor }, db, ct));
            users.AddRange(page?.Items ?? []);
            cursor = page?.Next;
        }
        while (cursor is not null);

        return users;
    }

    /// <summary>Looks up the names of users, linked records and files that <paramref name="values"/> hold.</summary>
    public Task NameAsync(UiData data, IReadOnlyDictionary<string, JsonElement> values, CancellationToken ct = default) =>
        NameAsync(data, Fields, [values], Names, ct);

    /// <summary>Adds to <paramref name="names"/> the users, linked records and files that the records' values of <paramref name="fields"/> point at.</summary>
    public static async Task NameAsync(
        UiData data, IEnumerable<FieldResponse> fields, IEnumerable<IReadOnlyDictionary<string, JsonElement>> records, FieldNames names, CancellationToken ct = default)
    {
        var links = new List<(string Entity, long Id)>();
        var files = new List<long>();
        var users = new List<long>();
        var named = fields.Where(f => f.Type is CustomFieldType.Crm or CustomFieldType.File or CustomFieldType.User).ToList();
        foreach (var values in named.Count == 0 ? [] : records)
        {
            foreach (var field in named)
            {
                if (!values.TryGetValue(field.Code, out var value))
                {
                    continue;
                }

                var elements = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
                if (field.Type == CustomFieldType.Crm)
                {
                    links.AddRange(elements.Where(e => e.ValueKind == JsonValueKind.Object).Select(e => (e.GetProperty("entity").GetString() ?? "", e.GetProperty("id").GetInt64())));
                }
                else if (field.Type == CustomFieldType.File)
                {
                    files.AddRange(elements.Where(e => e.ValueKind == JsonValueKind.Number).Select(e => e.GetInt64()));
                }
                else
                {
                    users.AddRange(elements.Where(e => e.ValueKind == JsonValueKind.Number).Select(e => e.GetInt64()));
                }
            }
        }

        links = links.Where(l => !names.Records.ContainsKey(l)).Distinct().ToList();
        files = files.Where(f => !names.Files.ContainsKey(f)).Distinct().ToList();
        users = users.Where(u => !names.Users.ContainsKey(u)).Distinct().ToList();
        if (links.Count == 0 && files.Count == 0 && users.Count == 0)
        {
            return;
        }

        await data.RunAsync(async db =>
        {
            foreach (var (entity, id) in links)
            {
                names.Records[(entity, id)] = await RecordNameAsync(db, entity, id, ct) ?? "#" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            foreach (var (id, name) in await DownloadFile.NamesAsync(db, files, ct))
            {
                names.Files[id] = name;
            }

            // Users who left keep their name on the records that point at them.
            foreach (var (id, user) in await DealView.UsersAsync(db, users, ct))
            {
                names.Users[id] = user.Name;
            }

            return 0;
        });
    }

    /// <summary>The title of a deal or the name of a contact or company; null when it does not exist.</summary>
    public static Task<string?> RecordNameAsync(UiData data, string entity, long id) =>
        data.RunAsync(db => RecordNameAsync(db, entity, id, CancellationToken.None));

    private static async Task<string?> RecordNameAsync(Data.KontorDb db, string entity, long id, CancellationToken ct) => entity switch
    {
        "deal" => (await GetDeal.RunAsync(db, id, ct))?.Title,
        "contact" => (await GetContact.RunAsync(db, id, ct)) is { } c ? CustomerOption.ContactName(c) : null,
        "company" => (await GetCompany.RunAsync(db, id, ct))?.Name,
        _ => null,
    };

    /// <summary>Deals, contacts and companies whose title or name contains <paramref name="text"/>, a few of each.</summary>
    public static Task<IEnumerable<FieldRecord>> SearchAsync(UiData data, string text, CancellationToken ct) =>
        data.RunAsync<IEnumerable<FieldRecord>>(async db =>
        {
            var deals = (await ListDeals.RunAsync(db, new ListDeals.Query { Q = text, Limit = 5 }, ct)).Page?.Items ?? [];
            var companies = SliceResults.ValueOf<Common.Page<CompanyResponse>>(await ListCompanies.Handle(new ListCompanies.Query { Q = text, Limit = 5 }, db, ct))?.Items ?? [];
            var contacts = SliceResults.ValueOf<Common.Page<ContactResponse>>(await ListContacts.Handle(new ListContacts.Query { Q = text, Limit = 5 }, db, ct))?.Items ?? [];
            return
            [
                .. companies.Select(c => new FieldRecord("company", c.Id, c.Name)),
                .. contacts.Select(c => new FieldRecord("contact", c.Id, CustomerOption.ContactName(c))),
                .. deals.Select(d => new FieldRecord("deal", d.Id, d.Title)),
            ];
        });

    /// <summary>Stores a file picked in the browser with the upload rules of the API.</summary>
    public static async Task<(long? Id, string? Problem)> UploadAsync(
        UiData data, IConfiguration cfg, IBrowserFile file, long userId, TimeProvider clock, CancellationToken ct = default)
    {
        var storage = FileStorage.From(cfg);
        if (file.Size > storage.MaxBytes)
        {
            return (null, FileErrors.TooLarge(storage.MaxBytes).Detail);
        }

        using var buffer = new MemoryStream();
        await using (var stream = file.OpenReadStream(storage.MaxBytes, ct))
        {
            await stream.CopyToAsync(buffer, ct);
        }

        var (stored, error) = await data.RunAsync(db => UploadFile.RunAsync(db, storage, file.Name, buffer.ToArray(), userId, clock, ct));
        return error is null ? (stored!.Id, null) : (null, error.Detail);
    }
}
