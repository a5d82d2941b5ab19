using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kontor.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Kontor.Tests.Support;

public enum Db
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Kontor in-process on a fresh database of the given provider, migrated and seeded as on a first start.
/// The administrator is <see cref="AdminEmail"/>; <see cref="Clock"/> is a fake clock the app uses.
/// </summary>
public sealed class KontorAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@kontor.test";
    public const string AdminPassword = "admin-password-1";

    private readonly Dictionary<string, string?> _settings;
    private string? _sqliteFile;
    private readonly bool _realClock;
    private readonly TimeProvider? _appClock;

    private readonly string _connection;

    private KontorAppFactory(
        Db db, string connectionString, string? sqliteFile, bool kestrel, IReadOnlyDictionary<string, string?>? settings = null, DateTimeOffset? now = null,
        TimeProvider? appClock = null)
    {
        Db = db;
        _appClock = appClock;
        _connection = connectionString;
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        // A real socket means a real browser: the UI's timers (debounced refreshes) need time that moves.
        _realClock = kestrel;
        _sqliteFile = sqliteFile;
        _settings = new()
        {
            ["Database:Provider"] = db == Db.Postgres ? "postgres" : "sqlite",
            ["ConnectionStrings:Kontor"] = connectionString,
            ["Kontor:Admin:Email"] = AdminEmail,
            ["Kontor:Admin:Password"] = AdminPassword,
            ["Kontor:Admin:Name"] = "Anna Admin",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            // Noise that hides a failing test's own output: failed commands (a test sees the error in its own result),
            // keys kept unencrypted, SQLite's pragma outside a transaction, a node still unsubscribing after its test
            // stopped Redis, and Kestrel taking the test's port over the configured one.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Migrations"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.SignalR.StackExchangeRedis"] = "Critical",
            ["Logging:LogLevel:Microsoft.AspNetCore.Server.Kestrel"] = "Error",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }
    }

    public Db Db { get; }

    /// <summary>The app's clock, except for apps on a real socket (browser tests), which run on real time.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>
    /// Starts Kontor on a new database. By default the database is a copy of a template that was migrated and seeded
    /// once per run (fast); <paramref name="fromEmpty"/> migrates an empty database instead, as a first start does.
    /// <paramref name="settings"/> adds configuration, such as <c>Kontor:Smtp:Host</c> or <c>ConnectionStrings:Redis</c>.
    /// <paramref name="clock"/> replaces the app's clock (and <see cref="Clock"/> is then unused), for browser tests that
    /// need time which runs and can also jump.
    /// </summary>
    public static async Task<KontorAppFactory> CreateAsync(
        Db db, bool kestrel = false, bool fromEmpty = false, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var (connection, file) = fromEmpty ? await EmptyDatabaseAsync(db) : await Templates.CopyAsync(db);
        return Start(new KontorAppFactory(db, connection, file, kestrel, settings, appClock: clock), kestrel);
    }

    /// <summary>
    /// Stops this app and starts a new one on the same database and settings, as a restart of the server would; the new
    /// app's clock goes on from this one's time. The new app owns the database from then on.
    /// </summary>
    public async Task<KontorAppFactory> RestartAsync()
    {
        var file = _sqliteFile;
        _sqliteFile = null;
        await DisposeAsync();
        var settings = _settings.Where(s => s.Key.StartsWith("Kontor:", StringComparison.Ordinal) && !s.Key.StartsWith("Kontor:Admin:", StringComparison.Ordinal))
            .ToDictionary(s => s.Key, s => s.Value);
        return Start(new KontorAppFactory(Db, _connection, file, kestrel: false, settings, Clock.GetUtcNow()), kestrel: false);
    }

    /// <summary>
    /// Another node of the same installation: a second Kontor on this one's database with the same settings. The
    /// database stays with this app (it is removed when this app is disposed).
    /// </summary>
    public KontorAppFactory AnotherNode(bool kestrel = false) =>
        Start(new KontorAppFactory(Db, _connection, null, kestrel, _settings), kestrel);

    /// <summary>Starts Kontor on the given database; the SQLite file is not deleted on dispose (it becomes a template).</summary>
    internal static KontorAppFactory StartTemplate(Db db, string connection) => Start(new KontorAppFactory(db, connection, null, false), false);

    private static KontorAppFactory Start(KontorAppFactory factory, bool kestrel)
    {
        if (kestrel)
        {
            factory.StartServer();
        }
        else
        {
            _ = factory.Server;
        }

        return factory;
    }

    internal static async Task<(string Connection, string? File)> EmptyDatabaseAsync(Db db)
    {
        if (db == Db.Postgres)
        {
            var server = await PostgresServer.GetAsync();
            return (await server.CreateDatabaseAsync(), null);
        }

        var file = Path.Combine(Path.GetTempPath(), $"kontor-test-{Guid.NewGuid():N}.db");
        return ($"Data Source={file}", file);
    }

    public string Url => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The UI's package assets (MudBlazor, blazor.web.js) are served from their packages, as in development.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_appClock is not null || !_realClock)
        {
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_appClock ?? Clock)));
        }
    }

    /// <summary>A client that acts as the administrator through an API token.</summary>
    public Task<HttpClient> AdminClientAsync() => ClientForAsync(AdminEmail, AdminPassword);

    public async Task<HttpClient> ClientForAsync(string email, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/tokens", new { email, password, name = "tests" });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenAnswer>())!.Token;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs code against the app's database in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<KontorDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<KontorDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(f);
            }
        }
    }

    private sealed record TokenAnswer(string Token);
}
