using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kontor.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kontor.Bench;

/// <summary>
/// Kontor in this process on the given database, configured as an operator would (production environment, warnings
/// only in the log). Starting it migrates the database and seeds the default pipeline and the administrator.
/// </summary>
public sealed class KontorHost : WebApplicationFactory<Program>
{
    private readonly Provider _provider;
    private readonly string _connectionString;
    private readonly bool _showSql;
    private readonly SqlCapture? _capture;
    private readonly bool _kestrel;

    /// <summary>Kontor on the given database; with <paramref name="kestrel"/> on a real loopback socket (for a browser) instead of in memory.</summary>
    public KontorHost(Provider provider, string connectionString, bool showSql, SqlCapture? capture, bool kestrel = false)
    {
        (_provider, _connectionString, _showSql, _capture, _kestrel) = (provider, connectionString, showSql, capture, kestrel);
        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }
    }

    /// <summary>The address the app listens on, once started.</summary>
    public string Url => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static readonly string AdminEmail = "admin@kontor.example";
    public static readonly string AdminPassword = "bench-password-1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        // Run from the build output, not a published folder: the UI's package assets are served from their packages.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", _provider == Provider.Postgres ? "postgres" : "sqlite");
        builder.UseSetting("ConnectionStrings:Kontor", _connectionString);
        builder.UseSetting("Kontor:Admin:Email", AdminEmail);
        builder.UseSetting("Kontor:Admin:Password", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (_showSql)
        {
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        }

        builder.ConfigureTestServices(services =>
        {
            // The benchmark owns the console: Ctrl+C must end the run, not just stop the app inside it.
            services.AddSingleton<IHostLifetime, NoSignalsLifetime>();
            if (_capture is not null)
            {
                services.ConfigureDbContext<SqliteKontorDb>(o => o.AddInterceptors(_capture));
                services.ConfigureDbContext<PostgresKontorDb>(o => o.AddInterceptors(_capture));
            }
        });
    }

    /// <summary>Starts the app (migrations and first-start seed included).</summary>
    public void Start()
    {
        if (_kestrel)
        {
            StartServer();
        }
        else
        {
            _ = Server;
        }
    }

    /// <summary>An in-memory client that acts as the administrator through an API token.</summary>
    public async Task<HttpClient> AdminClientAsync()
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/tokens", new { email = AdminEmail, password = AdminPassword, name = "bench" });
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>() ?? throw new InvalidOperationException("No token in the answer.");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", answer.Token);
        return client;
    }

    private sealed record TokenAnswer(string Token);

    private sealed class NoSignalsLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
