using Microsoft.AspNetCore.SignalR;

namespace Kontor.Realtime;

/// <summary>A small notice that a record changed; screens re-read it through the normal, permission-aware queries.</summary>
public sealed record Change(string Type, long Id, int Version, long? PipelineId);

/// <summary>
/// Hands committed changes to the open screens of this node (Blazor circuits subscribe in-process) and to SignalR
/// clients of the hub. Notices carry ids only, never record data.
/// </summary>
public sealed class ChangeFeed(IHubContext<KontorHub> hub, ILogger<ChangeFeed> log)
{
    public event Func<IReadOnlyList<Change>, Task>? Changed;

    public async Task PublishAsync(IReadOnlyList<Change> changes)
    {
        if (changes.Count == 0)
        {
            return;
        }

        if (Changed is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<IReadOnlyList<Change>, Task>>())
            {
                try
                {
                    await handler(changes);
                }
                catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or TaskCanceledException)
                {
                    // A closing circuit must not stop the notice for the others.
                    log.LogDebug(e, "A change subscriber failed");
                }
            }
        }

        await hub.Clients.All.SendAsync("changed", changes);
    }
}
