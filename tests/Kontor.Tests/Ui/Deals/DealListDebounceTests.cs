using Kontor.Ui.Deals;
using Microsoft.Extensions.Time.Testing;

namespace Kontor.Tests.Ui.Deals;

public sealed class DealListDebounceTests
{
    [Fact]
    public async Task A_burst_of_triggers_runs_the_work_once_after_the_quiet_period()
    {
        var clock = new FakeTimeProvider();
        using var debounce = new DealListDebounce(TimeSpan.FromMilliseconds(400), clock);
        var runs = 0;
        var ran = new TaskCompletionSource();

        for (var i = 0; i < 5; i++)
        {
            debounce.Trigger(() => { Interlocked.Increment(ref runs); ran.TrySetResult(); return Task.CompletedTask; });
            clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(0, runs);
        clock.Advance(TimeSpan.FromMilliseconds(400));
        await ran.Task.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Equal(1, runs);
    }

    [Fact]
    public void Disposing_drops_pending_work()
    {
        var clock = new FakeTimeProvider();
        var debounce = new DealListDebounce(TimeSpan.FromMilliseconds(400), clock);
        var runs = 0;
        debounce.Trigger(() => { runs++; return Task.CompletedTask; });

        debounce.Dispose();
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(0, runs);
    }
}
