namespace Kontor.Ui.Deals;

/// <summary>
/// The filters the deal list wrote into the address itself. The browser reports each such change back, sometimes only
/// after the user has changed the next filter; an echo must not put back the filter it carried, or a burst of filter
/// changes is undone by its own echoes. Anything else (back, forward, a link) is the user's and is followed.
/// </summary>
public sealed class DealListEchoes
{
    private const int Remembered = 20;

    private readonly Lock _gate = new();
    private readonly List<DealListFilter> _pending = [];

    /// <summary>The list is about to write <paramref name="filter"/> into the address.</summary>
    public void Expect(DealListFilter filter)
    {
        lock (_gate)
        {
            _pending.Add(filter);
            if (_pending.Count > Remembered)
            {
                _pending.RemoveAt(0);
            }
        }
    }

    /// <summary>
    /// True when the address now holds a filter the list wrote itself; that write and any older ones are then
    /// forgotten, since the browser reports them in order.
    /// </summary>
    public bool IsEcho(DealListFilter filter)
    {
        lock (_gate)
        {
            var index = _pending.IndexOf(filter);
            if (index < 0)
            {
                return false;
            }

            _pending.RemoveRange(0, index + 1);
            return true;
        }
    }
}
