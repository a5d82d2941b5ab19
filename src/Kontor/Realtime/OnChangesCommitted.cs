using System.Runtime.CompilerServices;
using Kontor.Features.Deals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kontor.Realtime;

/// <summary>Collects the deals a save touches and publishes notices once the transaction has committed.</summary>
public sealed class OnChangesCommitted(ChangeFeed feed) : SaveChangesInterceptor
{
    // Kept per context: EF calls interceptors through an async composite, so an AsyncLocal set while saving would be
    // gone again by the time the save has completed.
    private readonly ConditionalWeakTable<DbContext, List<Change>> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            _pending.AddOrUpdate(db, db.ChangeTracker.Entries<Deal>()
                .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                .Select(e => e.Entity)
                .ToList()
                .Select(d => new Change(Type: "deal", d.Id, d.Version, d.PipelineId))
                .ToList());
        }

        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } db || !_pending.TryGetValue(db, out var pending))
        {
            return result;
        }

        _pending.Remove(db);
        if (pending.Count > 0 && db.Database.CurrentTransaction is null)
        {
            // Ids of added deals are known only now.
            var changes = db.ChangeTracker.Entries<Deal>().Select(e => new Change("deal", e.Entity.Id, e.Entity.Version, e.Entity.PipelineId))
                .Concat(pending.Where(p => p.Id != 0))
                .DistinctBy(c => c.Id)
                .ToList();
            await feed.PublishAsync(changes);
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
