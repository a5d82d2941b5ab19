using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Kontor.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster started from Debian's binaries (initdb + pg_ctl) on a free loopback port, once per
/// test run. Each test gets its own database. A missing installation is a failure that names the install step.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? _instance;

    private readonly string _bin;
    private readonly string _dir;
    private readonly bool _asRoot;

    private PostgresServer(string bin, string dir, int port, bool asRoot)
    {
        (_bin, _dir, Port, _asRoot) = (bin, dir, port, asRoot);
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Maximum Pool Size=20;Include Error Detail=true";

    public static async Task<PostgresServer> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _instance ??= await StartAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "kontor_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d).LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                "PostgreSQL is not installed, so the PostgreSQL half of the data tests cannot run. " +
                "Install it with `apt-get install -y postgresql` (eng/test does this when run as root).");
        }

        var asRoot = Environment.UserName == "root";
        var dir = Directory.CreateTempSubdirectory("kontor-pg-").FullName;
        var port = FreePort();
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", dir]);
        }

        var server = new PostgresServer(bin, dir, port, asRoot);
        await server.PgAsync("initdb", ["-D", Path.Combine(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await server.PgAsync("pg_ctl", [
            "-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "log"), "-w", "-t", "60", "start",
            "-o", $"-p {port} -c listen_addresses=127.0.0.1 -k {dir} -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=300",
        ]);
        return server;
    }

    /// <summary>Stops the cluster of this run, if one was started; called once when the test assembly finishes.</summary>
    public static async Task StopAsync()
    {
        if (_instance is { } server)
        {
            _instance = null;
            await server.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await PgAsync("pg_ctl", ["-D", Path.Combine(_dir, "data"), "-m", "immediate", "-w", "stop"]);
            Directory.Delete(_dir, recursive: true);
        }
        catch (InvalidOperationException)
        {
            // The cluster lives in a temporary folder; a failed stop leaves only that behind.
        }
    }

    private Task PgAsync(string tool, string[] args) => _asRoot
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
        : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed with exit code {process.ExitCode}:\n{output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
