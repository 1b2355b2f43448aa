using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Academy.Shared.Cluster;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Academy.Discussions.Threads.LiveThread;

internal static class ThreadEvents
{
    /// <summary>
    /// Server-sent events for an open thread page: first what it missed after <c>after</c>, then each new post
    /// as it is written. The page works without it; a few lines of script add the posts as they come.
    /// </summary>
    public static void MapThreadEvents(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/cohorts/{cohort}/discussions/{thread:int}/events",
                async (string cohort, int thread, int? after, HttpRequest request, IMediator mediator, ThreadFeed feed, CancellationToken cancellationToken) =>
                {
                    // A reconnecting browser says which post it saw last; that beats the page's original position.
                    var lastSeen = int.TryParse(request.Headers["Last-Event-ID"], out var lastEventId) ? Math.Max(lastEventId, after ?? 0) : after ?? 0;
                    var missed = await mediator.Send(new GetNewPosts(cohort, thread, lastSeen), cancellationToken);
                    // Posts written between the query and the subscription arrive on the page's next reconnect at the latest.
                    var subscription = feed.Subscribe(missed.ThreadId);
                    return TypedResults.ServerSentEvents(Stream(missed.Posts, subscription, cancellationToken));
                })
            .RequireAuthorization();

    private static async IAsyncEnumerable<SseItem<LivePost>> Stream(IReadOnlyList<LivePost> missed, LiveSubscription<LivePost> subscription,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (subscription)
        {
            // Sent at once, so the browser knows the stream is open (and how soon to come back if it drops) even
            // when nothing is new: a response with no event yet has not even sent its headers. The page listens
            // to "post" events only.
            yield return new SseItem<LivePost>(null!, "connected") { ReconnectionInterval = TimeSpan.FromSeconds(3) };
            foreach (var post in missed)
            {
                yield return new SseItem<LivePost>(post, "post") { EventId = post.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }

            await foreach (var post in subscription.Items.ReadAllAsync(cancellationToken))
            {
                yield return new SseItem<LivePost>(post, "post") { EventId = post.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            }
        }
    }
}
