using System.Linq.Expressions;
using Kontor.Data;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Features.Activities;

/// <summary>Counts of a deal's planned activities: all of them, and those past their deadline.</summary>
public sealed record ActivityCounts(int Open, int Overdue)
{
    public static readonly ActivityCounts None = new(0, 0);
}

/// <summary>The one place that decides what "open" and "overdue" mean.</summary>
public static class ActivityRules
{
    /// <summary>Open: planned, neither done nor cancelled.</summary>
    public static readonly Expression<Func<Activity, bool>> IsOpen = a => a.State == ActivityState.Planned;

    /// <summary>Overdue: open with its deadline passed.</summary>
    public static bool IsOverdue(Activity a, DateTime utcNow) => a.State == ActivityState.Planned && a.Deadline < utcNow;

    public static bool IsOverdue(ActivityState state, DateTime deadline, DateTime utcNow) => state == ActivityState.Planned && deadline < utcNow;

    /// <summary>Open and overdue counts for several deals in one grouped query; deals without open activities are absent.</summary>
    public static async Task<Dictionary<long, ActivityCounts>> CountsAsync(KontorDb db, IReadOnlyCollection<long> dealIds, DateTime utcNow, CancellationToken ct)
    {
        if (dealIds.Count == 0)
        {
            return [];
        }

        var ids = dealIds.Distinct().ToList();
        var rows = await db.Set<Activity>().AsNoTracking()
            .Where(a => ids.Contains(a.DealId) && a.State == ActivityState.Planned)
            .GroupBy(a => a.DealId)
            .Select(g => new { DealId = g.Key, Open = g.Count(), Overdue = g.Count(a => a.Deadline < utcNow) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.DealId, r => new ActivityCounts(r.Open, r.Overdue));
    }

    public static async Task<ActivityCounts> CountsAsync(KontorDb db, long dealId, DateTime utcNow, CancellationToken ct) =>
        (await CountsAsync(db, [dealId], utcNow, ct)).GetValueOrDefault(dealId, ActivityCounts.None);
}
