using Microsoft.Data.Sqlite;

namespace Kontor.Bench;

/// <summary>
/// A fresh, empty database for each provider in turn, removed again afterwards: on PostgreSQL a new database in one
/// throwaway cluster shared by the whole run, on SQLite a temporary file deleted with its WAL and shared-memory files.
/// </summary>
public static class BenchDatabases
{
    /// <summary>The database one provider's run works on, and the version it reports.</summary>
    public sealed record Target(Provider Provider, string Version, string ConnectionString);

    /// <summary>
    /// Runs <paramref name="run"/> once per provider on a new database named <paramref name="name"/> (the SQLite file
    /// takes the name with hyphens) and returns the results in the providers' order.
    /// </summary>
    public static async Task<List<T>> ForEachAsync<T>(IEnumerable<Provider> providers, string name, Func<Target, Task<T>> run)
    {
        var results = new List<T>();
        PostgresCluster? cluster = null;
        try
        {
            foreach (var provider in providers)
            {
                if (provider == Provider.Postgres)
                {
                    cluster ??= await PostgresCluster.StartAsync();
                    results.Add(await run(new Target(provider, $"PostgreSQL {cluster.Version}", await cluster.CreateDatabaseAsync(name))));
                    continue;
                }

                var file = Path.Combine(Path.GetTempPath(), $"{name.Replace('_', '-')}-{Guid.NewGuid():N}.db");
                try
                {
                    results.Add(await run(new Target(provider, $"SQLite {SqliteVersion()}", $"Data Source={file}")));
                }
                finally
                {
                    SqliteConnection.ClearAllPools();
                    foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
                    {
                        File.Delete(path);
                    }
                }
            }
        }
        finally
        {
            if (cluster is not null)
            {
                await cluster.DisposeAsync();
            }
        }

        return results;
    }

    /// <summary>Runs <paramref name="run"/> once per provider on a new database, as the overload that collects results does.</summary>
    public static Task ForEachAsync(IEnumerable<Provider> providers, string name, Func<Target, Task> run) =>
        ForEachAsync(providers, name, async target =>
        {
            await run(target);
            return true;
        });

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }
}
