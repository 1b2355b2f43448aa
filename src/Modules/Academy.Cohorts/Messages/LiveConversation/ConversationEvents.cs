using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Academy.Shared.Cluster;
using Academy.Shared.Security;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Academy.Cohorts.Messages.LiveConversation;

internal static class ConversationEvents
{
    /// <summary>
    /// Server-sent events for an open conversation page: first what it missed after <c>after</c>, then each new message as it
    /// is written, as the page's own markup; and, for the script, a form post that marks what arrived as read. While the
    /// feed is open its reader counts as reading the conversation (<see cref="ConversationReaders"/>). The page works
    /// without either.
    /// </summary>
    public static void MapConversationEvents(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/messages/{id:guid}/events",
                async (Guid id, int? after, HttpRequest request, IMediator mediator, ConversationFeed feed, ConversationReaders readers,
                    ICurrentUser currentUser, CancellationToken cancellationToken) =>
                {
                    // A reconnecting browser says which message it saw last; that beats the page's original position.
                    var lastSeen = int.TryParse(request.Headers["Last-Event-ID"], out var lastEventId) ? Math.Max(lastEventId, after ?? 0) : after ?? 0;
                    // Subscribed first, so a message written while the missed ones are read still wakes the feed.
                    var subscription = feed.Subscribe(id);
                    try
                    {
                        var missed = await mediator.Send(new GetNewMessages(id, lastSeen), cancellationToken);
                        return TypedResults.ServerSentEvents(Stream(id, currentUser.UserId, missed, subscription, mediator, readers, cancellationToken));
                    }
                    catch
                    {
                        subscription.Dispose();
                        throw;
                    }
                })
            .RequireAuthorization();

        endpoints.MapPost("/messages/{id:guid}/read",
                async (Guid id, [FromForm] int upTo, IMediator mediator) =>
                {
                    await mediator.Send(new MarkConversationRead(id, upTo));
                    return TypedResults.Ok();
                })
            .RequireAuthorization();
    }

    private static async IAsyncEnumerable<SseItem<LiveMessage>> Stream(Guid conversationId, string userId, NewMessages missed,
        LiveSubscription<int> subscription, IMediator mediator, ConversationReaders readers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (subscription)
        {
            var readerId = await readers.OpenAsync(conversationId, userId, cancellationToken);
            try
            {
                // Sent at once, so the browser knows the stream is open (and how soon to come back if it drops) even when
                // nothing is new. The page listens to "message" events only.
                yield return new SseItem<LiveMessage>(null!, "connected") { ReconnectionInterval = TimeSpan.FromSeconds(3) };
                foreach (var message in missed.Messages)
                {
                    yield return Item(message);
                }

                var after = missed.Through;
                while (true)
                {
                    var wake = await subscription.WaitAsync(ConversationReaders.RefreshEvery, cancellationToken);
                    if (wake == LiveWake.Ended)
                    {
                        yield break;
                    }

                    if (wake == LiveWake.Quiet)
                    {
                        readerId = await readers.RefreshAsync(readerId, conversationId, userId, cancellationToken);
                        // Written so that a connection gone without a word fails here and the feed closes (its reader row with it).
                        yield return new SseItem<LiveMessage>(null!, "ping");
                        continue;
                    }

                    var fresh = await mediator.Send(new GetNewMessages(conversationId, after), cancellationToken);
                    after = fresh.Through;
                    foreach (var message in fresh.Messages)
                    {
                        yield return Item(message);
                    }
                }
            }
            finally
            {
                await readers.CloseAsync(readerId);
            }
        }
    }

    private static SseItem<LiveMessage> Item(LiveMessage message) =>
        new(message, "message") { EventId = message.Number.ToString(CultureInfo.InvariantCulture) };
}
