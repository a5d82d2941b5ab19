namespace Kontor.BrowserTests.Support;

/// <summary>
/// Real time that a test can move forward: the browser's screens need timers that fire as time passes, and a test of
/// deadlines needs to jump past one without waiting for it.
/// </summary>
public sealed class MovableClock : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
