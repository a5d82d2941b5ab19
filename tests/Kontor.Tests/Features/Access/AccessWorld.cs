using System.Collections.Concurrent;
using Kontor.Features.Access;
using Kontor.Features.Activities;
using Kontor.Features.Customers;
using Kontor.Features.Notifications;
using Kontor.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Tests.Features.Access;

/// <summary>A user who holds one role granting one reach on deals, contacts, companies and products.</summary>
public sealed record Subject(Reach Reach, long Id, string Email, string Name, long RoleId, HttpClient Client);

/// <summary>A company or a contact of the data set.</summary>
public sealed record WorldCustomer(long Id, string Name, long? ResponsibleId, bool IsOpened);

/// <summary>A deal of the data set and everything hung on it.</summary>
public sealed record WorldDeal(
    long Id, string Title, long PipelineId, long StageId, bool IsFinal, long ResponsibleId, bool IsOpened, decimal Amount, long? CompanyId,
    IReadOnlyList<long> ContactIds, IReadOnlyList<long> ObserverIds)
{
    public long CommentId { get; set; }

    /// <summary>One planned activity per subject, keyed by the subject's user id.</summary>
    public Dictionary<long, long> Activities { get; } = [];

    public long PaymentId { get; set; }

    public long DeliveryId { get; set; }

    public long CallId { get; set; }

    public long EmailId { get; set; }

    /// <summary>The records of its timeline as <c>kind:id</c>.</summary>
    public IEnumerable<string> Records() =>
        Activities.Values.Select(a => $"activity:{a}")
            .Append($"comment:{CommentId}").Append($"payment:{PaymentId}").Append($"delivery:{DeliveryId}")
            .Append($"call:{CallId}").Append($"email:{EmailId}");
}

/// <summary>
/// One data set per database for the access matrix: a department tree (Vertrieb with Vertrieb Nord below it and
/// Hamburg below that) and an unrelated department (Service); users in each and one without a department; deals in two
/// pipelines on every kind of stage, with responsibles in each department, hidden and visible to everyone, with
/// companies and contacts alike; observers on one deal; and on every deal a comment that mentions the subjects, a
/// planned activity with a due reminder for each subject, a payment, a delivery, a call and an e-mail. For each reach a
/// role and a subject who holds it, in Vertrieb.
/// </summary>
public sealed class AccessWorld
{
    public const string Token = "Matrix";

    /// <summary>The data is written a few requests at a time.</summary>
    private static readonly ParallelOptions Few = new() { MaxDegreeOfParallelism = 3 };

    private AccessWorld(KontorAppFactory app, HttpClient admin) => (App, Admin) = (app, admin);

    public KontorAppFactory App { get; }

    public HttpClient Admin { get; }

    public long Parent { get; private set; }

    public long Sub { get; private set; }

    public long SubSub { get; private set; }

    public long Other { get; private set; }

    /// <summary>Every user of the data set with their department.</summary>
    public Dictionary<long, long?> DepartmentOf { get; } = [];

    public Dictionary<Reach, Subject> Subjects { get; } = [];

    public List<WorldDeal> Deals { get; } = [];

    public List<WorldCustomer> Companies { get; } = [];

    public List<WorldCustomer> Contacts { get; } = [];

    /// <summary>The contacts linked to each company.</summary>
    public Dictionary<long, List<long>> ContactsOfCompany { get; } = [];

    public ConcurrentDictionary<long, long> CompanyComments { get; } = new();

    public ConcurrentDictionary<long, long> ContactComments { get; } = new();

    public long ProductId { get; private set; }

    /// <summary>Pipeline id → its stages in board order (id, is final).</summary>
    public Dictionary<long, List<(long Id, bool IsFinal)>> Pipelines { get; } = [];

    public static async Task<AccessWorld> CreateAsync(Db db)
    {
        var app = await KontorAppFactory.CreateAsync(db);
        var world = new AccessWorld(app, await app.AdminClientAsync());
        await world.BuildAsync();
        return world;
    }

    // ---- what each subject must see, computed from the data set alone ----

    private bool InDepartment(Subject s, long? user) => user is { } u && DepartmentOf[u] == DepartmentOf[s.Id];

    private bool InTree(long? user) => user is { } u && DepartmentOf[u] is { } d && (d == Parent || d == Sub || d == SubSub);

    /// <summary>Whether the subject's reach covers a record with this responsible and "visible to everyone" flag.</summary>
    public bool Covers(Subject s, long? responsible, bool opened) => s.Reach switch
    {
        Reach.All => true,
        Reach.AllOpen => opened || InTree(responsible),
        Reach.DepartmentTree => InTree(responsible),
        Reach.Department => InDepartment(s, responsible),
        Reach.Own => responsible == s.Id,
        _ => false,
    };

    public bool Reads(Subject s, WorldDeal d) => Covers(s, d.ResponsibleId, d.IsOpened) || d.ObserverIds.Contains(s.Id);

    /// <summary>The subjects' roles grant change and delete with the same reach as read; observing gives no change.</summary>
    public bool Changes(Subject s, WorldDeal d) => Covers(s, d.ResponsibleId, d.IsOpened);

    public bool Reads(Subject s, WorldCustomer c) => Covers(s, c.ResponsibleId, c.IsOpened);

    public IEnumerable<WorldDeal> VisibleDeals(Subject s) => Deals.Where(d => Reads(s, d));

    public bool CompanyVisible(Subject s, long id) => Reads(s, Companies.Single(c => c.Id == id));

    public bool ContactVisible(Subject s, long id) => Reads(s, Contacts.Single(c => c.Id == id));

    /// <summary>The name a card shows for its customer: the company's if readable, else the first readable contact's.</summary>
    public string? CustomerName(Subject s, WorldDeal d) =>
        d.CompanyId is { } c && CompanyVisible(s, c)
            ? Companies.Single(x => x.Id == c).Name
            : d.ContactIds.Where(id => ContactVisible(s, id)).Select(id => Contacts.Single(x => x.Id == id).Name).FirstOrDefault();

    /// <summary>A readable name for a record in a leak report.</summary>
    public string Describe(WorldDeal d) =>
        $"deal {d.Id} \"{d.Title}\" (responsible {d.ResponsibleId} in {DepartmentName(DepartmentOf[d.ResponsibleId])}, " +
        $"{(d.IsOpened ? "visible to everyone" : "not opened")}{(d.ObserverIds.Count > 0 ? ", observed by " + string.Join("/", d.ObserverIds) : "")})";

    public string Describe(WorldCustomer c) =>
        $"{c.Id} \"{c.Name}\" (responsible {(c.ResponsibleId is { } r ? $"{r} in {DepartmentName(DepartmentOf[r])}" : "none")}, {(c.IsOpened ? "visible to everyone" : "not opened")})";

    private string DepartmentName(long? id) =>
        id == Parent ? "Vertrieb" : id == Sub ? "Vertrieb Nord" : id == SubSub ? "Hamburg" : id == Other ? "Service" : "no department";

    // ---- building the data set ----

    private async Task BuildAsync()
    {
        Parent = (await Admin.PostJsonAsync("/api/v1/departments", new { name = "Vertrieb" })).Id();
        Sub = (await Admin.PostJsonAsync("/api/v1/departments", new { name = "Vertrieb Nord", parentId = Parent })).Id();
        SubSub = (await Admin.PostJsonAsync("/api/v1/departments", new { name = "Hamburg", parentId = Sub })).Id();
        Other = (await Admin.PostJsonAsync("/api/v1/departments", new { name = "Service" })).Id();

        foreach (var reach in Enum.GetValues<Reach>())
        {
            var value = Json(reach);
            var grant = new Dictionary<string, string> { ["read"] = value, ["add"] = value, ["change"] = value, ["delete"] = value };
            var role = await Admin.PostJsonAsync("/api/v1/roles", new
            {
                name = $"{Token} {reach}",
                permissions = new Dictionary<string, object>
                {
                    ["deal"] = grant,
                    ["contact"] = grant,
                    ["company"] = grant,
                    ["product"] = new Dictionary<string, string> { ["read"] = value },
                },
            });
            var email = $"reach-{reach.ToString().ToLowerInvariant()}@kontor.test";
            var name = $"Reach {reach}";
            var user = await Admin.PostJsonAsync("/api/v1/users", new { email, name, password = Password, departmentId = Parent, roleIds = new[] { role.Id() } });
            DepartmentOf[user.Id()] = Parent;
            Subjects[reach] = new Subject(reach, user.Id(), email, name, role.Id(), await App.ClientForAsync(email, Password));
        }

        var colleague = await UserAsync("kollege@kontor.test", "Karl Kollege", Parent);
        var north = await UserAsync("nord@kontor.test", "Nora Nord", Sub);
        var hamburg = await UserAsync("hamburg@kontor.test", "Hanna Hamburg", SubSub);
        var service = await UserAsync("service@kontor.test", "Sven Service", Other);
        var loner = await UserAsync("allein@kontor.test", "Ali Allein", null);
        var own = Subjects[Reach.Own].Id;

        // Companies and contacts: each responsible (and none) twice, hidden and visible to everyone.
        long?[] customerOwners = [own, colleague, north, hamburg, service, null];
        var n = 0;
        foreach (var owner in customerOwners)
        {
            foreach (var opened in new[] { false, true })
            {
                n++;
                var company = await CompanyAsync($"{Token} Firma {n:00}", owner, opened);
                Companies.Add(company);
                // Each contact also works for the company made before its own, whose reach differs: a company's
                // contacts are then partly hidden from someone who reads the company.
                long[] companyIds = Companies.Count > 1 ? [company.Id, Companies[^2].Id] : [company.Id];
                var contact = await ContactAsync($"{Token}", $"Kontakt {n:00}", owner, opened, companyIds);
                Contacts.Add(contact);
                foreach (var companyId in companyIds)
                {
                    ContactsOfCompany.TryAdd(companyId, []);
                    ContactsOfCompany[companyId].Add(contact.Id);
                }
            }
        }

        ProductId = await App.ProductAsync($"{Token} Wartung", 100m);

        var a = await App.DefaultPipelineAsync();
        var b = await App.PipelineAsync("Service");
        foreach (var p in new[] { a, b })
        {
            Pipelines[p.Id] = [.. p.Stages.OrderBy(s => s.Sort).Select(s => (s.Id, s.Semantic != Kontor.Features.Pipelines.StageSemantic.InProgress))];
        }

        // Deals: every responsible outside the subjects in both pipelines, hidden and visible to everyone; each subject one of their own.
        var plan = new List<(long Responsible, bool Opened, long Pipeline, long[] Observers)>();
        foreach (var responsible in new[] { colleague, north, hamburg, service, loner })
        {
            foreach (var pipeline in new[] { a.Id, b.Id })
            {
                plan.Add((responsible, false, pipeline, []));
                plan.Add((responsible, true, pipeline, []));
            }
        }

        var i = 0;
        foreach (var subject in Subjects.Values)
        {
            plan.Add((subject.Id, i % 3 == 0, i % 2 == 0 ? a.Id : b.Id, []));
            i++;
        }

        plan.Add((service, false, b.Id, [Subjects[Reach.None].Id, Subjects[Reach.Own].Id, Subjects[Reach.Department].Id]));

        for (var k = 0; k < plan.Count; k++)
        {
            var (responsible, opened, pipeline, observers) = plan[k];
            var stages = Pipelines[pipeline];
            var stage = stages[k % stages.Count];
            long? companyId = k % 6 == 5 ? null : Companies[k % Companies.Count].Id;
            long[] contactIds = [Contacts[(k + 5) % Contacts.Count].Id, Contacts[(k + 8) % Contacts.Count].Id];
            var title = k == plan.Count - 2 ? $"Sonderauftrag {k:00}" : $"{Token} Auftrag {k:00}";
            var amount = 1000m + (k * 137.25m);
            var created = await Admin.PostJsonAsync("/api/v1/deals", new
            {
                title,
                pipelineId = pipeline,
                stageId = stage.Id,
                amount,
                currency = "EUR",
                companyId,
                contactIds,
                responsibleId = responsible,
                observerIds = observers,
                isOpened = opened,
            });
            Deals.Add(new WorldDeal(created.Id(), title, pipeline, stage.Id, stage.IsFinal, responsible, opened, amount, companyId, contactIds, observers));
        }

        var mentions = string.Join(" ", Subjects.Values.Select(s => $"@[{s.Name}](user:{s.Id})"));
        await Parallel.ForEachAsync(Deals, Few, async (deal, _) =>
        {
            deal.CommentId = (await Admin.PostJsonAsync($"/api/v1/deals/{deal.Id}/comments", new { text = $"{Token} Notiz {mentions}" })).Id();
            foreach (var subject in Subjects.Values)
            {
                // Due at 10:30 Berlin (09:30 UTC), reminded 30 minutes before: the reminder is due at the clock's start.
                deal.Activities[subject.Id] = (await Admin.PostJsonAsync($"/api/v1/deals/{deal.Id}/activities", new
                {
                    type = "call",
                    subject = $"{Token} Rückruf {deal.Id} für {subject.Name}",
                    deadline = "2026-03-02T10:30",
                    reminderMinutes = 30,
                    responsibleId = subject.Id,
                })).Id();
            }

            deal.PaymentId = (await Admin.PostJsonAsync($"/api/v1/deals/{deal.Id}/payments", new { amount = 10, state = "paid" })).Id();
            deal.DeliveryId = (await Admin.PostJsonAsync($"/api/v1/deals/{deal.Id}/deliveries", new { address = $"{Token} Lieferadresse {deal.Id}" })).Id();
            deal.CallId = (await Admin.PostJsonAsync($"/api/v1/deals/{deal.Id}/calls", new { direction = "incoming", outcome = "answered" })).Id();
            deal.EmailId = (await Admin.PostJsonAsync($"/api/v1/deals/{deal.Id}/emails", new { direction = "outgoing", outcome = "sent", subject = $"{Token} Angebot" })).Id();
        });

        await Parallel.ForEachAsync(Companies, Few, async (company, _) =>
            CompanyComments[company.Id] = (await Admin.PostJsonAsync($"/api/v1/companies/{company.Id}/comments", new { text = $"{Token} Firmennotiz {mentions}" })).Id());
        await Parallel.ForEachAsync(Contacts, Few, async (contact, _) =>
            ContactComments[contact.Id] = (await Admin.PostJsonAsync($"/api/v1/contacts/{contact.Id}/comments", new { text = $"{Token} Kontaktnotiz {mentions}" })).Id());

        await FireRemindersAsync();
    }

    /// <summary>Fires every due reminder now, as the reminder service does on its next sweep.</summary>
    private async Task FireRemindersAsync()
    {
        var expected = Deals.Sum(d => d.Activities.Count);
        var mailer = App.Services.GetRequiredService<Mailer>();
        await Eventually.WaitAsync(
            async () =>
            {
                await App.WithDbAsync(db => Reminders.FireDueAsync(db, mailer, App.Clock, null, CancellationToken.None));
                return await App.WithDbAsync(db => db.Set<Activity>().CountAsync(a => a.RemindedAt != null));
            },
            fired => fired >= expected);
    }

    public const string Password = "matrix-password-1";

    /// <summary>A reach as the API writes it.</summary>
    public static string Json(Reach reach) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reach.ToString());

    private async Task<long> UserAsync(string email, string name, long? departmentId)
    {
        var id = (await Admin.PostJsonAsync("/api/v1/users", new { email, name, password = Password, departmentId })).Id();
        DepartmentOf[id] = departmentId;
        return id;
    }

    private async Task<WorldCustomer> CompanyAsync(string name, long? responsible, bool opened)
    {
        if (responsible is null)
        {
            // The API makes the creator responsible when none is named; a company without one comes from an import.
            var id = await App.WithDbAsync(async db =>
            {
                var company = new Company { Name = name, IsOpened = opened, CreatedAt = App.Clock.GetUtcNow().UtcDateTime, UpdatedAt = App.Clock.GetUtcNow().UtcDateTime };
                db.Add(company);
                await db.SaveChangesAsync();
                return company.Id;
            });
            return new WorldCustomer(id, name, null, opened);
        }

        var created = await Admin.PostJsonAsync("/api/v1/companies", new { name, responsibleId = responsible, isOpened = opened });
        return new WorldCustomer(created.Id(), name, responsible, opened);
    }

    private async Task<WorldCustomer> ContactAsync(string first, string last, long? responsible, bool opened, long[] companyIds)
    {
        var name = $"{first} {last}";
        if (responsible is null)
        {
            var id = await App.WithDbAsync(async db =>
            {
                var contact = new Contact { FirstName = first, LastName = last, IsOpened = opened, CreatedAt = App.Clock.GetUtcNow().UtcDateTime, UpdatedAt = App.Clock.GetUtcNow().UtcDateTime };
                foreach (var companyId in companyIds)
                {
                    contact.Companies.Add(new ContactCompany { CompanyId = companyId });
                }

                db.Add(contact);
                await db.SaveChangesAsync();
                return contact.Id;
            });
            return new WorldCustomer(id, name, null, opened);
        }

        var created = await Admin.PostJsonAsync("/api/v1/contacts", new { firstName = first, lastName = last, responsibleId = responsible, isOpened = opened, companyIds });
        return new WorldCustomer(created.Id(), name, responsible, opened);
    }
}

/// <summary>The data sets of the access tests, one per database, built on first use and shared by a test class.</summary>
public sealed class AccessWorlds : IAsyncDisposable
{
    private readonly ConcurrentDictionary<Db, Lazy<Task<AccessWorld>>> _worlds = new();

    /// <summary>The data set of one database; the first call starts building both, so that they are built side by side.</summary>
    public Task<AccessWorld> GetAsync(Db db)
    {
        foreach (var other in Enum.GetValues<Db>().Where(d => d != db))
        {
            _ = Start(other);
        }

        return Start(db);
    }

    private Task<AccessWorld> Start(Db db) => _worlds.GetOrAdd(db, d => new(() => AccessWorld.CreateAsync(d))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var lazy in _worlds.Values.Where(l => l.IsValueCreated))
        {
            // A data set that failed to build has failed its tests already.
            await ((Task)lazy.Value).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!lazy.Value.IsCompletedSuccessfully)
            {
                continue;
            }

            var world = await lazy.Value;
            world.Admin.Dispose();
            foreach (var subject in world.Subjects.Values)
            {
                subject.Client.Dispose();
            }

            await world.App.DisposeAsync();
        }
    }
}
