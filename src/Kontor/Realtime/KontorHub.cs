using System.Collections.Concurrent;
using Kontor.Features.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Kontor.Realtime;

/// <summary>
/// The real-time hub (<c>/hubs/kontor</c>): signed-in clients receive <c>changed</c> notices, each only of records its
/// user may read (<see cref="ChangeFeed"/> filters per user).
/// </summary>
[Authorize]
public sealed class KontorHub(HubConnections connections) : Hub
{
    public override Task OnConnectedAsync()
    {
        connections.Add(Context.ConnectionId, Context.User!.Id());
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}

/// <summary>The hub connections open on this node and whose they are.</summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, long> _users = new();

    public void Add(string connectionId, long userId) => _users[connectionId] = userId;

    public void Remove(string connectionId) => _users.TryRemove(connectionId, out _);

    public IReadOnlyList<(long UserId, IReadOnlyList<string> Connections)> ByUser() =>
        [.. _users.GroupBy(c => c.Value).Select(g => (g.Key, (IReadOnlyList<string>)[.. g.Select(c => c.Key)]))];
}
