using System.Collections.Immutable;
using System.Globalization;
using Kontor.Data;
using Kontor.Features.Access;
using Kontor.Features.Deals;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Kontor.Realtime;

/// <summary>A small notice that a record changed; screens re-read it through the normal, permission-aware queries.</summary>
public sealed record Change(string Type, long Id, int Version, long? PipelineId);

/// <summary>
/// Hands committed changes to the open screens of this node (Blazor circuits subscribe in-process) and to SignalR
/// clients of the hub. Notices carry ids only, never record data.
/// </summary>
public sealed class ChangeFeed(IHubContext<KontorHub> hub, HubConnections connections, IServiceScopeFactory scopes, ILogger<ChangeFeed> log)
{
    private ImmutableArray<Subscription> _subscribers = [];

    /// <summary>Sends this node's changes to the other nodes (<see cref="RedisChangeRelay"/>); null on a single node.</summary>
    public Func<IReadOnlyList<Change>, Task>? Relay { get; set; }

    /// <summary>
    /// Hears of every change delivered on this node until the returned handle is disposed. The handler runs with the
    /// culture of the caller (a screen renders in its user's language, not in the saving user's or the server's).
    /// </summary>
    public IDisposable Subscribe(Func<IReadOnlyList<Change>, Task> onChanged)
    {
        var subscription = new Subscription(this, onChanged, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        ImmutableInterlocked.Update(ref _subscribers, list => list.Add(subscription));
        return subscription;
    }

    /// <summary>Publishes changes committed on this node: to its screens and hub clients, and to the other nodes.</summary>
    public async Task PublishAsync(IReadOnlyList<Change> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        await DeliverAsync(changes);
        if (Relay is { } relay)
        {
            await relay(changes);
        }
    }

    /// <summary>
    /// Hands changes to the screens and hub clients connected to this node; each gets the notice on its own. Screens
    /// re-read through the filtered queries; hub clients get only notices of records their user may read.
    /// </summary>
    public async Task DeliverAsync(IReadOnlyList<Change> changes)
    {
        // One failing or slow subscriber must not hold up the others.
        await Task.WhenAll(_subscribers.Select(s => NotifyAsync(s, changes)).Concat(connections.ByUser().Select(u => SendAsync(u.UserId, u.Connections, changes))));
    }

    private async Task SendAsync(long userId, IReadOnlyList<string> connectionIds, IReadOnlyList<Change> changes)
    {
        try
        {
            var visible = await VisibleAsync(userId, changes);
            if (visible.Count > 0)
            {
                await hub.Clients.Clients(connectionIds).SendAsync("changed", visible);
            }
        }
#pragma warning disable CA1031 // One client's failure is its own; the others still hear of the change.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogWarning(e, "A change notice to a hub client failed");
        }
    }

    /// <summary>
    /// The changes the user may know of: deals and their timelines they may read, their own notifications. A deleted
    /// deal can no longer be looked up; its notice goes to those who read every deal of its pipeline.
    /// </summary>
    private async Task<List<Change>> VisibleAsync(long userId, IReadOnlyList<Change> changes)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KontorDb>();
        db.Access = await LoadAccess.ForUserAsync(db, userId, CancellationToken.None) ?? AccessScope.Nothing;
        var dealIds = changes.Where(c => c.Type is "deal" or "timeline").Select(c => c.Id).Distinct().ToList();
        var existing = dealIds.Count == 0 ? [] : await db.Set<Deal>().IgnoreQueryFilters().Where(d => dealIds.Contains(d.Id)).Select(d => d.Id).ToListAsync();
        var readable = dealIds.Count == 0 ? [] : await db.Set<Deal>().Where(d => dealIds.Contains(d.Id)).Select(d => d.Id).ToListAsync();
        return [.. changes.Where(c => c.Type switch
        {
            "notification" => c.Id == userId,
            "deal" or "timeline" => readable.Contains(c.Id) ||
                (!existing.Contains(c.Id) && db.Access.ReachOf(RecordType.Deal, AccessAction.Read, c.PipelineId) == Reach.All),
            _ => false,
        })];
    }

    private async Task NotifyAsync(Subscription subscription, IReadOnlyList<Change> changes)
    {
        try
        {
            // Screens run in their own circuits; the saving circuit's async-local state must not travel with the notice.
            Task notified;
            using (ExecutionContext.SuppressFlow())
            {
                notified = Task.Run(() =>
                {
                    CultureInfo.CurrentCulture = subscription.Culture;
                    CultureInfo.CurrentUICulture = subscription.UiCulture;
                    return subscription.OnChanged(changes);
                });
            }

            await notified;
        }
#pragma warning disable CA1031 // A subscriber's failure is its own; it is logged and the others still hear of the change.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogWarning(e, "A change subscriber failed");
        }
    }

    private sealed class Subscription(ChangeFeed feed, Func<IReadOnlyList<Change>, Task> onChanged, CultureInfo culture, CultureInfo uiCulture)
        : IDisposable
    {
        public Func<IReadOnlyList<Change>, Task> OnChanged { get; } = onChanged;

        public CultureInfo Culture { get; } = culture;

        public CultureInfo UiCulture { get; } = uiCulture;

        public void Dispose() => ImmutableInterlocked.Update(ref feed._subscribers, list => list.Remove(this));
    }
}
