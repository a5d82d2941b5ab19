namespace Kontor.Ui.Deals;

/// <summary>
/// Runs work once a burst of triggers has been quiet for <paramref name="delay"/>: ten deals changed in one second make
/// one refresh of the list, not ten.
/// </summary>
public sealed class DealListDebounce(TimeSpan delay, TimeProvider clock) : IDisposable
{
    private readonly Lock _gate = new();
    private CancellationTokenSource? _pending;

    public void Trigger(Func<Task> work)
    {
        CancellationTokenSource next;
        lock (_gate)
        {
            _pending?.Cancel();
            _pending?.Dispose();
            _pending = next = new CancellationTokenSource();
        }

        _ = RunAsync(work, next.Token);
    }

    private async Task RunAsync(Func<Task> work, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, clock, ct);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await work();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _pending?.Cancel();
            _pending?.Dispose();
            _pending = null;
        }
    }
}
