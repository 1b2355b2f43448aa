using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Academy.Discussions.Threads.LiveThread;

internal static class ThreadEvents
{
    /// <summary>
    /// Server-sent events for an open thread page: first what it missed after <c>after</c>, then each new post as it is
    /// written. The page works without it; a few lines of script add the posts as they come.
    /// </summary>
    public static void MapThreadEvents(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/cohorts/{cohort}/discussions/{thread:int}/events",
                async (string cohort, int thread, int? after, HttpRequest request, IMediator mediator, CancellationToken cancellationToken) =>
                {
                    // A reconnecting browser says up to which post it is known to be complete; that beats the page's original position.
                    var complete = int.TryParse(request.Headers["Last-Event-ID"], out var lastEventId) ? Math.Max(lastEventId, after ?? 0) : after ?? 0;
                    var joined = await mediator.Send(new JoinLiveThread(cohort, thread, complete), cancellationToken);
                    return TypedResults.ServerSentEvents(Stream(complete, joined, cancellationToken));
                })
            .RequireAuthorization();

    /// <remarks>
    /// Every event's id is the last sequence up to which the page is known to have every post: a post read from the
    /// database moves it on; a live post does not, since posts announced while cluster events were lost (Redis away)
    /// may be missing before it. So a page that reconnects receives again what came live since (and skips what it
    /// shows), and never misses a post.
    /// </remarks>
    private static async IAsyncEnumerable<SseItem<LivePost>> Stream(int complete, LiveThreadJoined joined,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (joined.Subscription)
        {
            // Sent at once, so the browser knows the stream is open (and how soon to come back if it drops) even
            // when nothing is new: a response with no event yet has not even sent its headers. The page listens
            // to "post" events only.
            yield return new SseItem<LivePost>(null!, "connected") { EventId = EventId(complete), ReconnectionInterval = TimeSpan.FromSeconds(3) };
            foreach (var post in joined.Missed)
            {
                complete = post.Sequence;
                yield return new SseItem<LivePost>(post, "post") { EventId = EventId(complete) };
            }

            if (joined.MissedMore)
            {
                // The browser comes back at once for the next batch (the next stream's first event sets the usual interval again).
                yield return new SseItem<LivePost>(null!, "more") { EventId = EventId(complete), ReconnectionInterval = TimeSpan.FromMilliseconds(250) };
                yield break;
            }

            await foreach (var post in joined.Subscription.Items.ReadAllAsync(cancellationToken))
            {
                yield return new SseItem<LivePost>(post, "post") { EventId = EventId(complete) };
            }
        }
    }

    private static string EventId(int sequence) => sequence.ToString(CultureInfo.InvariantCulture);
}
