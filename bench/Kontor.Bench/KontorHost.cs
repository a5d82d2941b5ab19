using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kontor.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kontor.Bench;

/// <summary>
/// Kontor in this process on the given database, configured as an operator would (production environment, warnings
/// only in the log). Starting it migrates the database and seeds the default pipeline and the administrator.
/// </summary>
public sealed class KontorHost(Provider provider, string connectionString, bool showSql, SqlCapture? capture) : WebApplicationFactory<Program>
{
    private static readonly string AdminEmail = "admin@kontor.example";
    private static readonly string AdminPassword = "bench-password-1";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("Database:Provider", provider == Provider.Postgres ? "postgres" : "sqlite");
        builder.UseSetting("ConnectionStrings:Kontor", connectionString);
        builder.UseSetting("Kontor:Admin:Email", AdminEmail);
        builder.UseSetting("Kontor:Admin:Password", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        if (showSql)
        {
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "Information");
        }

        builder.ConfigureTestServices(services =>
        {
            // The benchmark owns the console: Ctrl+C must end the run, not just stop the app inside it.
            services.AddSingleton<IHostLifetime, NoSignalsLifetime>();
            if (capture is not null)
            {
                services.ConfigureDbContext<SqliteKontorDb>(o => o.AddInterceptors(capture));
                services.ConfigureDbContext<PostgresKontorDb>(o => o.AddInterceptors(capture));
            }
        });
    }

    /// <summary>Starts the app (migrations and first-start seed included).</summary>
    public void Start() => _ = Server;

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
