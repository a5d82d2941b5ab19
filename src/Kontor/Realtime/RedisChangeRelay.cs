using System.Text.Json;
using StackExchange.Redis;

namespace Kontor.Realtime;

/// <summary>
/// Carries change notices between the nodes of an installation through Redis, so that a screen open on one node
/// hears of a change saved on another. Each node sends what it commits and hands what the others send to its own
/// screens and hub clients, filtered per user there.
/// </summary>
public sealed partial class RedisChangeRelay(ChangeFeed feed, IConnectionMultiplexer redis, ILogger<RedisChangeRelay> log) : IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("kontor:changes");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _node = Guid.NewGuid().ToString("N");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var queue = await redis.GetSubscriber().SubscribeAsync(Channel);
        queue.OnMessage(ReceiveAsync);
        feed.Relay = SendAsync;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        feed.Relay = null;
        await redis.GetSubscriber().UnsubscribeAsync(Channel);
    }

    private async Task SendAsync(IReadOnlyList<Change> changes)
    {
        try
        {
            await redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(new Envelope(_node, changes), Json));
        }
        catch (RedisException e)
        {
            // The change is committed; other nodes' screens catch up on their next read.
            LogSendFailed(log, e);
        }
    }

    private async Task ReceiveAsync(ChannelMessage message)
    {
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(message.Message.ToString(), Json);
        }
        catch (JsonException e)
        {
            LogUnreadable(log, e);
            return;
        }

        if (envelope is { Changes: { Count: > 0 } changes } && envelope.Node != _node)
        {
            await feed.DeliverAsync(changes);
        }
    }

    private sealed record Envelope(string Node, IReadOnlyList<Change> Changes);

    [LoggerMessage(LogLevel.Warning, "Change notices could not be sent to the other nodes")]
    private static partial void LogSendFailed(ILogger logger, Exception e);

    [LoggerMessage(LogLevel.Warning, "An unreadable change notice arrived from Redis")]
    private static partial void LogUnreadable(ILogger logger, Exception e);
}
