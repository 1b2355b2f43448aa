using MediatR;
using Microsoft.Extensions.Logging;

namespace Academy.Shared.Mediation;

/// <summary>
/// Publishes a notification to each subscriber in turn; a failing subscriber is logged and the others still
/// run, so a side effect (a notification, a counter) can never fail the use case that published it.
/// </summary>
internal sealed class ResilientMediator(ServiceFactory serviceFactory, ILogger<ResilientMediator> logger)
    : Mediator(serviceFactory)
{
    protected override async Task PublishCore(IEnumerable<Task> allHandlers)
    {
        // MediatR 5 hands us a lazy sequence: each MoveNext starts the next handler, and may throw synchronously.
        using var handlers = allHandlers.GetEnumerator();
        while (true)
        {
            try
            {
                if (!handlers.MoveNext())
                {
                    return;
                }

                await handlers.Current;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A notification subscriber failed; the other subscribers still run");
            }
        }
    }
}
