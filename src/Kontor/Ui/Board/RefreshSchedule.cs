namespace Kontor.Ui.Board;

/// <summary>
/// Decides when the board re-reads after change notices. A burst of notices (one save can touch many deals, a
/// colleague may move several cards) becomes one read: the first notice starts the delay and later ones ride along,
/// so a change shows within the delay even while notices keep coming. While the user drags a card or a move is being
/// saved, reads wait and happen once when that is over, so the board does not jump under the pointer.
/// </summary>
public sealed class RefreshSchedule(TimeSpan delay, TimeProvider clock, Func<Task> refresh) : IDisposable
{
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromMilliseconds(300);

    private readonly Lock _lock = new();
    private ITimer? _timer;
    private int _holds;
    private bool _pending;
    private bool _disposed;

    public bool IsScheduled
    {
        get
        {
            lock (_lock)
            {
                return _timer is not null;
            }
        }
    }

    /// <summary>Asks for a re-read; it happens after the delay unless one is already on its way.</summary>
    public void Request()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            if (_holds > 0)
            {
                _pending = true;
                return;
            }

            _timer ??= clock.CreateTimer(_ => Fire(), null, delay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Holds re-reads back (a drag or a save is in progress) until the matching <see cref="Release"/>.</summary>
    public void Hold()
    {
        lock (_lock)
        {
            _holds++;
        }
    }

    public void Release()
    {
        bool request;
        lock (_lock)
        {
            _holds = Math.Max(0, _holds - 1);
            request = _holds == 0 && _pending;
            _pending = false;
        }

        if (request)
        {
            Request();
        }
    }

    private void Fire()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            if (_disposed)
            {
                return;
            }

            if (_holds > 0)
            {
                _pending = true;
                return;
            }
        }

        _ = refresh();
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _timer?.Dispose();
            _timer = null;
        }
    }
}
