using Kontor.Ui.Board;
using Microsoft.Extensions.Time.Testing;

namespace Kontor.Tests.Ui.Board;

public sealed class RefreshScheduleTests
{
    private readonly FakeTimeProvider _clock = new();
    private int _reads;

    private RefreshSchedule Schedule() => new(TimeSpan.FromMilliseconds(300), _clock, () =>
    {
        _reads++;
        return Task.CompletedTask;
    });

    [Fact]
    public void A_notice_reads_the_board_once_after_the_delay()
    {
        using var schedule = Schedule();

        schedule.Request();
        _clock.Advance(TimeSpan.FromMilliseconds(299));
        Assert.Equal(0, _reads);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, _reads);
        Assert.False(schedule.IsScheduled);
    }

    [Fact]
    public void A_burst_of_notices_becomes_one_read_within_the_delay_of_the_first()
    {
        using var schedule = Schedule();

        schedule.Request();
        _clock.Advance(TimeSpan.FromMilliseconds(200));
        schedule.Request();
        schedule.Request();
        _clock.Advance(TimeSpan.FromMilliseconds(100));

        Assert.Equal(1, _reads);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public void A_notice_after_a_read_starts_a_new_one()
    {
        using var schedule = Schedule();

        schedule.Request();
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        schedule.Request();
        _clock.Advance(TimeSpan.FromMilliseconds(300));

        Assert.Equal(2, _reads);
    }

    [Fact]
    public void While_held_notices_wait_and_become_one_read_after_the_release()
    {
        using var schedule = Schedule();

        schedule.Hold();
        schedule.Request();
        schedule.Request();
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(0, _reads);

        schedule.Release();
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public void A_read_due_while_held_happens_after_the_release()
    {
        using var schedule = Schedule();

        schedule.Request();
        schedule.Hold();
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(0, _reads);

        schedule.Release();
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public void A_release_without_waiting_notices_reads_nothing()
    {
        using var schedule = Schedule();

        schedule.Hold();
        schedule.Release();
        schedule.Release();
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(0, _reads);
        schedule.Request();
        _clock.Advance(TimeSpan.FromMilliseconds(300));
        Assert.Equal(1, _reads);
    }

    [Fact]
    public void Nothing_is_read_after_dispose()
    {
        var schedule = Schedule();

        schedule.Request();
        schedule.Dispose();
        schedule.Request();
        _clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(0, _reads);
    }
}
