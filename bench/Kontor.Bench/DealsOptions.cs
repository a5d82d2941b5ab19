using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Kontor.Bench;

public enum Provider
{
    Sqlite,
    Postgres,
}

public sealed record DealsOptions(int Deals, IReadOnlyList<Provider> Providers, int Rounds, int Seed, bool ShowSql, bool Explain)
{
    public static bool TryParse(
        IReadOnlyList<string> args, [NotNullWhen(true)] out DealsOptions? options, out string error,
        int deals = 100_000, int rounds = 50, IReadOnlyList<Provider>? providers = null)
    {
        options = null;
        error = "";
        var (seed, showSql, explain) = (42, false, false);
        providers ??= [Provider.Sqlite, Provider.Postgres];
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--show-sql" or "--explain")
            {
                (showSql, explain) = (showSql || name == "--show-sql", explain || name == "--explain");
                continue;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value.";
                return false;
            }

            var value = args[++i];
            var ok = name switch
            {
                "--deals" => TryPositive(value, out deals),
                "--rounds" => TryPositive(value, out rounds),
                "--seed" => int.TryParse(value, CultureInfo.InvariantCulture, out seed),
                "--provider" => TryProviders(value, out providers),
                _ => false,
            };
            if (!ok)
            {
                error = $"Unknown option or bad value: {name} {value}";
                return false;
            }
        }

        options = new DealsOptions(deals, providers, rounds, seed, showSql, explain);
        return true;
    }

    private static bool TryPositive(string value, out int number) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out number) && number > 0;

    private static bool TryProviders(string value, out IReadOnlyList<Provider> providers)
    {
        providers = value.ToLowerInvariant() switch
        {
            "sqlite" => [Provider.Sqlite],
            "postgres" or "postgresql" => [Provider.Postgres],
            "both" => [Provider.Sqlite, Provider.Postgres],
            _ => [],
        };
        return providers.Count > 0;
    }
}
