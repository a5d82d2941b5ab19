using System.Runtime.InteropServices;

namespace Kontor.Bench;

/// <summary>Benchmarks of Kontor against a raw-SQL baseline run in the same process. See README.md in this folder.</summary>
public static class Cli
{
    private static readonly string Usage = """
        usage: dotnet run -c Release --project bench/Kontor.Bench -- deals|custom-fields|board-ui|access [options]

          deals              the list, the board and a deal by id against raw SQL
          custom-fields      500 field definitions on deals; the list filtered by one field, without and with its index
          board-ui           the board in Chromium: navigation to fully rendered, many open deals
                             against a pipeline of 20 (defaults: --deals 10000 --rounds 5 --provider sqlite)
          access             the board and the list's first page with permissions off against a user
                             with department reach and one with own reach (50 users in 10 departments)

          --deals N          deals to seed (default 100000)
          --provider P       sqlite, postgres or both (default both)
          --rounds N         measured runs per query (default 50)
          --seed N           random seed of the data and the lookups (default 42)
          --explain          print the SQL the app sends for each query with the database's plan
          --show-sql         log every SQL statement the app sends (EF Core's command log; slows the run)
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args is not [var command and ("deals" or "custom-fields" or "board-ui" or "access"), .. var rest])
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var parsed = command != "board-ui"
            ? DealsOptions.TryParse(rest, out var options, out var error)
            : DealsOptions.TryParse(rest, out options, out error, deals: 10_000, rounds: 5, [Provider.Sqlite]);
        if (!parsed)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        // WebApplicationFactory finds the app's content root through a manifest it looks for in the current directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);

        // Ctrl+C or kill cancel the run, so that the cleanup (database files, PostgreSQL server) still happens.
        using var interrupted = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        try
        {
            await (command switch
            {
                "deals" => DealsBenchmark.RunAsync(options!, interrupted.Token),
                "custom-fields" => CustomFieldsBenchmark.RunAsync(options!, interrupted.Token),
                "access" => AccessBenchmark.RunAsync(options!, interrupted.Token),
                _ => BoardUiBenchmark.RunAsync(options!, interrupted.Token),
            });
            return 0;
        }
        catch (OperationCanceledException) when (interrupted.IsCancellationRequested)
        {
            Console.Error.WriteLine("Interrupted.");
            return 130;
        }

        void Interrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupted.Cancel();
        }
    }
}
