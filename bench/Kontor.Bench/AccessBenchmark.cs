using System.Diagnostics;
using System.Net.Http.Json;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Deals;
using Kontor.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Kontor.Bench;

/// <summary>
/// What access rights cost: the board and the first page of the deal list, read through the slice cores the UI calls,
/// once with permissions off (the system's scope) and once as a user whose role reaches their department, and as one
/// whose role reaches only their own deals. Each "on" run resolves the user's rights first, as every UI action and API
/// request does.
/// </summary>
public static class AccessBenchmark
{
    public const int Departments = 10;
    public const int Users = 50;

    public static readonly string[] Queries = ["board (perStage=20)", "list page 1"];

    public sealed record Side(string Reach, long UserId, long DepartmentId, int DepartmentUsers);

    public sealed record Measured(string Query, Provider Provider, string Reach, Summary Off, Summary On, string Seen)
    {
        public double Ratio => On.Median / Off.Median;
    }

    public sealed record Result(Provider Provider, string Version, SeedResult Seed, IReadOnlyList<Measured> Queries, IReadOnlyList<(string Reach, Summary Time)> Resolve);

    public static async Task RunAsync(DealsOptions options, CancellationToken ct)
    {
        Console.WriteLine(Report.Invariant(
            $"Kontor access benchmark: {options.Deals:N0} deals, {Users} users in {Departments} departments, {options.Rounds} rounds per query, seed {options.Seed}"));
        Report.MachineLine();
        var results = await BenchDatabases.ForEachAsync(options.Providers, "kontor_access_bench", target => RunAsync(target, options, ct));
        Print(results);
    }

    private static async Task<Result> RunAsync(BenchDatabases.Target target, DealsOptions options, CancellationToken ct)
    {
        var (provider, version, connectionString) = target;
        var name = Report.Name(provider);
        var capture = options.Explain ? new SqlCapture() : null;
        await using var host = new KontorHost(provider, connectionString, options.ShowSql, capture);
        host.Start();
        var seed = await Seeder.RunAsync(host.Services, provider, options.Deals, options.Seed, ct, departments: Departments, users: Users);
        Console.WriteLine(Report.Invariant($"{name}: seeded {seed.Deals:N0} deals over {Users} users in {Departments} departments in {Report.Seconds(seed.LoadAll)}"));

        // A Sales user (the default role: reads their department) and one whose role reads only their own deals.
        using var admin = await host.AdminClientAsync();
        var ownRole = await admin.PostAsJsonAsync("/api/v1/roles", new { name = "Eigene Aufträge", permissions = new { deal = new { read = "own", add = "own", change = "own" } } }, ct);
        ownRole.EnsureSuccessStatusCode();
        var ownRoleId = (await ownRole.Content.ReadFromJsonAsync<IdOnly>(ct))!.Id;
        Side[] sides =
        [
            await GiveRoleAsync(host.Services, "department", seed.UserIds[3], DefaultRoles.Sales, null, ct),
            await GiveRoleAsync(host.Services, "own", seed.UserIds[27], null, ownRoleId, ct),
        ];

        var warmup = Math.Max(10, options.Rounds / 5);
        var probes = new List<(Side Side, string Query, Func<int, Task> On, Func<int, Task> Off, string Seen)>();
        foreach (var side in sides)
        {
            var seen = await CheckAsync(host.Services, seed, side, ct);
            Console.WriteLine($"{name}: {side.Reach} reach (user {side.UserId}, {side.DepartmentUsers} users in the department): {seen.Board} on the board, {seen.List} on the list's first page; both match the rows in SQL");
            probes.Add((side, Queries[0], _ => BoardAsync(host.Services, seed.PipelineId, side.UserId, ct), _ => BoardAsync(host.Services, seed.PipelineId, null, ct), seen.Board));
            probes.Add((side, Queries[1], _ => ListAsync(host.Services, seed.PipelineId, side.UserId, ct), _ => ListAsync(host.Services, seed.PipelineId, null, ct), seen.List));
        }

        // Every path is warmed up before any is timed, so that the first pair measured does not pay for the JIT.
        for (var i = 0; i < warmup; i++)
        {
            foreach (var probe in probes)
            {
                await probe.On(i);
                await probe.Off(i);
            }
        }

        var measured = new List<Measured>();
        foreach (var probe in probes)
        {
            if (capture is not null)
            {
                await Explainer.PrintAsync($"{name}: {probe.Query}, permissions off", capture, () => probe.Off(0), provider, connectionString, ct);
                await Explainer.PrintAsync($"{name}: {probe.Query}, {probe.Side.Reach} reach", capture, () => probe.On(0), provider, connectionString, ct);
            }

            var (withRights, without) = await Sampler.CompareAsync(probe.On, probe.Off, warmup: 5, options.Rounds);
            measured.Add(new Measured(probe.Query, provider, probe.Side.Reach, without, withRights, probe.Seen));
            Console.WriteLine(Report.Invariant($"{name}: {probe.Query}, {probe.Side.Reach} reach: {withRights.Median:0.000} ms, permissions off {without.Median:0.000} ms (medians)"));
        }

        var resolve = new List<(string, Summary)>();
        foreach (var side in sides)
        {
            resolve.Add((side.Reach, await TimeAsync(() => ResolveAsync(host.Services, side.UserId, ct), warmup, options.Rounds)));
        }

        return new Result(provider, version, seed, measured, resolve);
    }

    /// <summary>One unit of work as the UI runs it: a new context, the user's rights resolved (or none for "off"), the board.</summary>
    private static async Task BoardAsync(IServiceProvider services, long pipelineId, long? userId, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = await ContextAsync(scope, userId, ct);
        _ = await GetBoard.RunAsync(db, pipelineId, new GetBoard.Query { PerStage = 20 }, "de", ct) ?? throw new InvalidOperationException("No board.");
    }

    private static async Task ListAsync(IServiceProvider services, long pipelineId, long? userId, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = await ContextAsync(scope, userId, ct);
        var (page, error) = await ListDeals.RunAsync(db, new ListDeals.Query { PipelineId = pipelineId, Limit = 50 }, ct);
        _ = page ?? throw new InvalidOperationException(error!.Detail);
    }

    private static async Task ResolveAsync(IServiceProvider services, long userId, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        _ = await ContextAsync(scope, userId, ct);
    }

    private static async Task<KontorDb> ContextAsync(AsyncServiceScope scope, long? userId, CancellationToken ct)
    {
        var db = scope.ServiceProvider.GetRequiredService<KontorDb>();
        db.Access = userId is { } id ? await LoadAccess.ForUserAsync(db, id, ct) ?? throw new InvalidOperationException("No such user.") : AccessScope.Everything;
        return db;
    }

    private static async Task<Side> GiveRoleAsync(IServiceProvider services, string reach, long userId, string? roleName, long? roleId, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KontorDb>();
        var role = roleId ?? await db.Set<Role>().Where(r => r.Name == roleName).Select(r => r.Id).SingleAsync(ct);
        db.Add(new UserRole { UserId = userId, RoleId = role });
        await db.SaveChangesAsync(ct);
        var department = await db.Set<User>().Where(u => u.Id == userId).Select(u => u.DepartmentId!.Value).SingleAsync(ct);
        return new Side(reach, userId, department, await db.Set<User>().CountAsync(u => u.DepartmentId == department, ct));
    }

    /// <summary>
    /// Stops the run unless the user's board counts exactly the open deals their reach covers and the list's first page
    /// holds only such deals, counted here in SQL without the read filter; returns what they see, for the log.
    /// </summary>
    private static async Task<(string Board, string List)> CheckAsync(IServiceProvider services, SeedResult seed, Side side, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = await ContextAsync(scope, side.UserId, ct);
        var reach = side.Reach == "own"
            ? [side.UserId]
            : await db.Set<User>().Where(u => u.DepartmentId == side.DepartmentId).Select(u => u.Id).ToListAsync(ct);
        var all = db.Set<Deal>().IgnoreQueryFilters().Where(d => d.PipelineId == seed.PipelineId && !d.IsClosed);
        var (covered, open) = (await all.CountAsync(d => reach.Contains(d.ResponsibleId), ct), await all.CountAsync(ct));
        var board = await GetBoard.RunAsync(db, seed.PipelineId, new GetBoard.Query { PerStage = 20 }, "de", ct);
        var counted = board!.Columns.Sum(c => c.Count ?? 0);
        var (page, _) = await ListDeals.RunAsync(db, new ListDeals.Query { PipelineId = seed.PipelineId, Limit = 50 }, ct);
        if (counted != covered || page!.Items.Any(d => !reach.Contains(d.ResponsibleId)) || page.Items.Count == 0)
        {
            throw new InvalidOperationException($"The {side.Reach} user's board counts {counted} open deals; their reach covers {covered}.");
        }

        return (Report.Invariant($"{counted:N0} of {open:N0} open deals"), Report.Invariant($"{page.Items.Count} deals"));
    }

    private static async Task<Summary> TimeAsync(Func<Task> work, int warmup, int rounds)
    {
        for (var i = 0; i < warmup; i++)
        {
            await work();
        }

        var times = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await work();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return Summary.Of(times);
    }

    private static void Print(IReadOnlyList<Result> results)
    {
        Console.WriteLine();
        Console.WriteLine("| Query | Provider | Reach | The user sees | Off median | Off p95 | On median | On p95 | Ratio on/off |");
        Console.WriteLine("|---|---|---|---|---:|---:|---:|---:|---:|");
        foreach (var m in results.SelectMany(r => r.Queries).OrderBy(m => Array.IndexOf(Queries, m.Query)).ThenBy(m => m.Provider))
        {
            Console.WriteLine(Report.Invariant(
                $"| {m.Query} | {Report.Name(m.Provider)} | {m.Reach} | {m.Seen} | {Ms(m.Off.Median)} | {Ms(m.Off.P95)} | {Ms(m.On.Median)} | {Ms(m.On.P95)} | {m.Ratio:0.00}× |"));
        }

        Console.WriteLine();
        Console.WriteLine("| Resolving a user's rights (LoadAccess.ForUserAsync, in the on times) | Provider | Median | p95 |");
        Console.WriteLine("|---|---|---:|---:|");
        foreach (var r in results)
        {
            foreach (var (reach, time) in r.Resolve)
            {
                Console.WriteLine(Report.Invariant($"| {reach} reach | {Report.Name(r.Provider)} | {Ms(time.Median)} | {Ms(time.P95)} |"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("Times in ms, one unit of work each (a new context, the rights, the query). Ratio = on median / off median.");
    }

    private static string Ms(double value) => value.ToString(value < 1 ? "0.000" : value < 10 ? "0.00" : "0.0", System.Globalization.CultureInfo.InvariantCulture);

    private sealed record IdOnly(long Id);
}
