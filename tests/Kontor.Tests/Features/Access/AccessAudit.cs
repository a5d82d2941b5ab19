using System.Globalization;
using System.Net;
using System.Text;

namespace Kontor.Tests.Features.Access;

/// <summary>
/// Collects what one user saw on each surface against what they must see. A leak is anything shown, counted or
/// answered that the user may not read (a hidden record, its name, its share of a sum, a 403 that confirms it exists, a
/// write that went through); a gap is a readable record that a surface left out. Both fail the test; the report names
/// every one. Safe to use from requests that run side by side.
/// </summary>
public sealed class AccessAudit(string who)
{
    private readonly Lock _gate = new();
    private readonly List<string> _leaks = [];
    private readonly List<string> _gaps = [];
    private readonly SortedSet<string> _surfaces = new(StringComparer.Ordinal);
    private int _checks;

    public IReadOnlyCollection<string> Surfaces => _surfaces;

    public IReadOnlyList<string> Leaks => _leaks;

    public IReadOnlyList<string> Gaps => _gaps;

    /// <summary>How many single expectations (a record on a surface, a status, a count, a sum) were compared.</summary>
    public int Checks => _checks;

    /// <summary>The surface showed exactly the expected keys; <paramref name="describe"/> names a key in the report.</summary>
    public void Same(string surface, IEnumerable<string> expected, IEnumerable<string> seen, Func<string, string>? describe = null)
    {
        var want = expected.ToHashSet(StringComparer.Ordinal);
        var got = seen.ToList();
        lock (_gate)
        {
            _surfaces.Add(surface);
            _checks += want.Count + got.Count(k => !want.Contains(k));
            foreach (var key in got.Where(k => !want.Contains(k)).Distinct())
            {
                _leaks.Add($"{surface}: shows {describe?.Invoke(key) ?? key}");
            }

            foreach (var key in got.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key))
            {
                _gaps.Add($"{surface}: shows {describe?.Invoke(key) ?? key} more than once");
            }

            foreach (var key in want.Where(k => !got.Contains(k)))
            {
                _gaps.Add($"{surface}: leaves out {describe?.Invoke(key) ?? key}");
            }
        }
    }

    /// <summary>A record addressed by id: 200 when readable, 404 when hidden (a 403 would tell that it exists).</summary>
    public void Status(string surface, bool readable, HttpStatusCode status, string record)
    {
        lock (_gate)
        {
            _surfaces.Add(surface);
            _checks++;
            if (readable && status != HttpStatusCode.OK)
            {
                _gaps.Add($"{surface}: {record} answers {(int)status}, expected 200");
            }
            else if (!readable && status != HttpStatusCode.NotFound)
            {
                _leaks.Add($"{surface}: {record} answers {(int)status}, expected 404");
            }
        }
    }

    /// <summary>A write: anything but the expected status on a hidden record, or a write let through where refused, leaks.</summary>
    public void Write(string surface, HttpStatusCode expected, HttpStatusCode status, string record)
    {
        lock (_gate)
        {
            _surfaces.Add(surface);
            _checks++;
            if (status == expected)
            {
                return;
            }

            var leak = expected == HttpStatusCode.NotFound || status is HttpStatusCode.OK or HttpStatusCode.NoContent or HttpStatusCode.PreconditionFailed;
            (leak ? _leaks : _gaps).Add($"{surface}: {record} answers {(int)status}, expected {(int)expected}");
        }
    }

    /// <summary>A number (a count, a sum) that must equal what the readable records give.</summary>
    public void Equal<T>(string surface, T expected, T seen, string what)
        where T : IEquatable<T>
    {
        lock (_gate)
        {
            _surfaces.Add(surface);
            _checks++;
            if (!expected.Equals(seen))
            {
                _leaks.Add($"{surface}: {what} is {seen}, expected {expected}");
            }
        }
    }

    public string Report()
    {
        lock (_gate)
        {
            var text = new StringBuilder().AppendLine(
                CultureInfo.InvariantCulture, $"{who}: {_leaks.Count} leaks, {_gaps.Count} gaps on {_surfaces.Count} surfaces ({_checks} checks)");
            foreach (var leak in _leaks.Order(StringComparer.Ordinal))
            {
                text.AppendLine("  LEAK " + leak);
            }

            foreach (var gap in _gaps.Order(StringComparer.Ordinal))
            {
                text.AppendLine("  GAP  " + gap);
            }

            return text.ToString();
        }
    }
}
