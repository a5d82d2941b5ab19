using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Kontor.Bench;

/// <summary>
/// A throwaway PostgreSQL cluster started from Debian's binaries (initdb + pg_ctl) in a temporary folder on a free
/// loopback port. Memory settings follow the raw-SQL reference measurements; durability is off because only reads
/// are timed. Commits stay synchronous (free without fsync): VACUUM cannot mark a page all-visible while the commit
/// record of its rows is not yet flushed. Autovacuum is off, so that the tables are measured in the state the
/// benchmark's own VACUUM left them in, not in whatever state a background worker has reached.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _dir;
    private readonly bool _asRoot;

    private PostgresCluster(string bin, string dir, int port, bool asRoot) => (_bin, _dir, Port, _asRoot) = (bin, dir, port, asRoot);

    public int Port { get; }

    public string Version { get; private set; } = "";

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

    public static async Task<PostgresCluster> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException("PostgreSQL is not installed. Install it with `apt-get install -y postgresql`.");
        }

        var asRoot = Environment.UserName == "root";
        var dir = Directory.CreateTempSubdirectory("kontor-bench-pg-").FullName;
        if (asRoot)
        {
            // initdb refuses to run as root; the cluster belongs to the postgres user.
            await RunAsync("chown", ["postgres:postgres", dir]);
        }

        var cluster = new PostgresCluster(bin, dir, FreePort(), asRoot);
        await cluster.PgAsync("initdb", ["-D", cluster.DataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        await cluster.PgAsync("pg_ctl", [
            "-D", cluster.DataDir, "-l", Path.Combine(dir, "log"), "-w", "-t", "60", "start", "-o",
            $"-p {cluster.Port} -c listen_addresses=127.0.0.1 -k {dir} -c shared_buffers=512MB -c work_mem=32MB " +
            "-c fsync=off -c full_page_writes=off -c autovacuum=off",
        ]);

        await using var connection = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        cluster.Version = connection.PostgreSqlVersion.ToString();
        return cluster;
    }

    private string DataDir => Path.Combine(_dir, "data");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PgAsync("pg_ctl", ["-D", DataDir, "-m", "immediate", "-w", "stop"]);
        Directory.Delete(_dir, recursive: true);
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
