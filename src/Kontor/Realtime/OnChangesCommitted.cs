using Kontor.Features.Activities;
using Kontor.Features.Comments;
using Kontor.Features.Deals;
using Kontor.Features.Deliveries;
using Kontor.Features.Notifications;
using Kontor.Features.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kontor.Realtime;

/// <summary>
/// Collects the deals a save touches and publishes notices once the transaction has committed: <c>deal</c> for the
/// deal itself, <c>timeline</c> (id = deal id) when its comments, activities, calls, e-mails, payments or deliveries
/// change, and <c>notification</c> (id = the recipient's user id) for a new notification.
/// </summary>
public sealed class OnChangesCommitted(ChangeFeed feed) : SaveChangesInterceptor
{
    // Keyed by context: saving and saved run in different async frames, so an AsyncLocal would not carry the list.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, Pending> _pending = [];

    private sealed record Pending(List<Change> Deals, List<Func<Change?>> Later);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            var deals = db.ChangeTracker.Entries<Deal>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .Select(e => e.Entity)
                .ToList()
                .Select(d => new Change(Type: "deal", d.Id, d.Version, d.PipelineId))
                .ToList();
            var later = new List<Func<Change?>>();
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                if (Notice(entry) is { } notice)
                {
                    later.Add(notice);
                }
            }

            _pending.AddOrUpdate(db, new Pending(deals, later));
        }

        return ValueTask.FromResult(result);
    }

    /// <summary>How to name the change of an entry once its ids are known (after the insert).</summary>
    private static Func<Change?>? Notice(EntityEntry entry) => entry.Entity switch
    {
        Notification n when entry.State == EntityState.Added => () => new Change("notification", n.UserId, 0, null),
        Comment c => () => c.DealId is { } deal ? new Change("timeline", deal, 0, null) : null,
        Activity a => () => new Change("timeline", a.DealId, 0, null),
        Communication c => () => new Change("timeline", c.DealId, 0, null),
        Payment p => () => new Change("timeline", p.DealId, 0, null),
        Delivery d => () => new Change("timeline", d.DealId, 0, null),
        _ => null,
    };

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && _pending.TryGetValue(db, out var pending) && _pending.Remove(db) &&
            (pending.Deals.Count > 0 || pending.Later.Count > 0) && db.Database.CurrentTransaction is null)
        {
            // Ids of added deals are known only now.
            var deals = pending.Deals.Count == 0
                ? []
                : db.ChangeTracker.Entries<Deal>().Select(e => new Change("deal", e.Entity.Id, e.Entity.Version, e.Entity.PipelineId))
                    .Concat(pending.Deals.Where(p => p.Id != 0))
                    .DistinctBy(c => c.Id);
            var others = pending.Later.Select(n => n()).OfType<Change>().Distinct();
            await feed.PublishAsync(deals.Concat(others).ToList());
        }

        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            _pending.Remove(db);
        }

        return Task.CompletedTask;
    }
}
