using System.Diagnostics;

namespace Kontor.Bench;

/// <summary>Median and 95th percentile (nearest rank) of a set of timings, in milliseconds.</summary>
public readonly record struct Summary(double Median, double P95)
{
    public static Summary Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Summary(median, sorted[(int)Math.Ceiling(0.95 * sorted.Length) - 1]);
    }
}

public static class Sampler
{
    /// <summary>
    /// Warms both sides up, then times them alternately, run by run, so that a noisy host slows both alike. Each side
    /// gets the run number, so that both look up the same random deals.
    /// </summary>
    public static async Task<(Summary Kontor, Summary Baseline)> CompareAsync(Func<int, Task> kontor, Func<int, Task> baseline, int warmup, int rounds)
    {
        for (var i = 0; i < warmup; i++)
        {
            await kontor(i);
            await baseline(i);
        }

        var (k, b) = (new double[rounds], new double[rounds]);
        for (var i = 0; i < rounds; i++)
        {
            var run = warmup + i;
            if (i % 2 == 0)
            {
                k[i] = await TimeAsync(kontor, run);
                b[i] = await TimeAsync(baseline, run);
            }
            else
            {
                b[i] = await TimeAsync(baseline, run);
                k[i] = await TimeAsync(kontor, run);
            }
        }

        return (Summary.Of(k), Summary.Of(b));
    }

    private static async Task<double> TimeAsync(Func<int, Task> work, int run)
    {
        var start = Stopwatch.GetTimestamp();
        await work(run);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
