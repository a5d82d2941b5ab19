using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Kontor.Realtime;

/// <summary>The real-time hub (<c>/hubs/kontor</c>): signed-in clients receive <c>changed</c> notices.</summary>
[Authorize]
public sealed class KontorHub : Hub;
