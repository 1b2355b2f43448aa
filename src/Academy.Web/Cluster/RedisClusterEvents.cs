using System.Collections.Concurrent;
using Academy.Shared.Cluster;
using StackExchange.Redis;

namespace Academy.Web.Cluster;

/// <summary>
/// Cluster events over Redis pub/sub: one Redis channel per site carries every event as
/// <c>sender, channel, payload</c>. An instance runs its own handlers at once (so it needs no round trip, and
/// keeps working alone while Redis is away) and skips its own events when they come back.
/// Pub/sub delivers only to whoever is connected at that moment, so when a connection to Redis comes back this
/// instance announces that events may have been lost, and every instance that hears it runs its
/// <see cref="IClusterEvents.OnEventsLost"/> handlers: caches forget, live streams end and their pages catch up
/// from the database.
/// </summary>
internal sealed class RedisClusterEvents(RedisConnection connection, ClusterEventHandlers handlers, ILogger<RedisClusterEvents> logger)
    : IClusterEvents, IHostedService
{
    /// <summary>The reserved channel of the "events may have been lost" announcement; its payload is a token unique to it.</summary>
    private const string LossChannel = "cluster.events-lost";

    private static readonly TimeSpan LossAnnouncementRepeat = TimeSpan.FromSeconds(1);
    private const int LossAnnouncementAttempts = 60;

    private readonly string instance = Guid.NewGuid().ToString("N");
    private readonly RedisChannel redisChannel = RedisChannel.Literal($"{connection.Prefix}:events");
    private readonly ConcurrentDictionary<string, string> lastLossTokenBySender = new(StringComparer.Ordinal);
    private TaskCompletionSource<string>? ownLossAnnouncement;
    private int announcingLoss;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        connection.Reconnected += () => _ = AnnounceLossAsync();
        var redis = await connection.GetAsync();
        try
        {
            await redis.GetSubscriber().SubscribeAsync(redisChannel, (_, message) => Receive(message));
        }
        catch (RedisException exception)
        {
            // The subscription is kept by the connection and made when Redis can be reached.
            logger.LogWarning(exception, "Could not subscribe to {Channel} yet; live events from other instances arrive once Redis is reachable.", redisChannel);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Publish(string channel, string payload)
    {
        handlers.Deliver(channel, payload);
        Send(channel, payload);
    }

    public IDisposable Subscribe(string channel, Action<string> handler) => handlers.Add(channel, handler);

    public IDisposable OnEventsLost(Action handler) => handlers.AddLossHandler(handler);

    private void Send(string channel, string payload)
    {
        if (connection.IfConnected is not { } redis)
        {
            return; // the others catch up when this instance reconnects and announces the loss
        }

        try
        {
            redis.GetSubscriber().Publish(redisChannel, $"{instance}\n{channel}\n{payload}", CommandFlags.FireAndForget);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException)
        {
            logger.LogWarning(exception, "Could not publish a cluster event on {Channel}; other instances catch up when Redis is back.", channel);
        }
    }

    private void Receive(RedisValue message)
    {
        var text = (string?)message ?? string.Empty;
        var channelStart = text.IndexOf('\n', StringComparison.Ordinal);
        var payloadStart = channelStart < 0 ? -1 : text.IndexOf('\n', channelStart + 1);
        if (payloadStart < 0)
        {
            logger.LogWarning("Ignored a malformed message on {Channel}.", redisChannel);
            return;
        }

        var sender = text[..channelStart];
        var channel = text[(channelStart + 1)..payloadStart];
        var payload = text[(payloadStart + 1)..];
        if (channel == LossChannel)
        {
            ReceiveLoss(sender, payload);
        }
        else if (sender != instance)
        {
            handlers.Deliver(channel, payload);
        }
    }

    private void ReceiveLoss(string sender, string token)
    {
        // An announcement is repeated until its sender hears it back; each one counts once.
        if (lastLossTokenBySender.TryGetValue(sender, out var last) && last == token)
        {
            return;
        }

        lastLossTokenBySender[sender] = token;
        handlers.ReportLoss();
        if (sender == instance)
        {
            ownLossAnnouncement?.TrySetResult(token);
        }
    }

    /// <summary>
    /// Says, through Redis, that events may have been lost, until this instance hears itself: then its own
    /// subscription is live again, so its pages reconnect only once they can receive what follows.
    /// </summary>
    private async Task AnnounceLossAsync()
    {
        if (Interlocked.Exchange(ref announcingLoss, 1) == 1)
        {
            return; // one announcement covers every connection that came back
        }

        try
        {
            var token = Guid.NewGuid().ToString("N");
            var heard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            ownLossAnnouncement = heard;
            var redis = await connection.GetAsync();
            for (var attempt = 0; attempt < LossAnnouncementAttempts && !heard.Task.IsCompleted; attempt++)
            {
                try
                {
                    await redis.GetSubscriber().PublishAsync(redisChannel, $"{instance}\n{LossChannel}\n{token}");
                }
                catch (Exception exception) when (exception is RedisException or TimeoutException)
                {
                    // Not reachable yet; the next attempt follows.
                }

                await Task.WhenAny(heard.Task, Task.Delay(LossAnnouncementRepeat));
            }

            if (!heard.Task.IsCompleted)
            {
                logger.LogWarning("Redis is back but this instance does not hear its own events; its pages catch up from the database now.");
                handlers.ReportLoss();
            }
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Announcing lost cluster events failed.");
        }
        finally
        {
            Volatile.Write(ref announcingLoss, 0);
        }
    }
}
