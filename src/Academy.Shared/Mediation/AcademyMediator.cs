using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Academy.Shared.Mediation;

/// <summary>
/// Sends requests through MediatR's pipeline, and publishes a notification to each subscriber in a DI scope of
/// its own, so with a DbContext of its own: what a subscriber adds is saved by it or by nobody. A failing
/// subscriber is logged, fails nothing else, and leaves nothing behind for anyone else's save; the others
/// still run. Notifications are published after the use case's own save (ReplyPosted, MembersNotified).
/// </summary>
internal sealed class AcademyMediator(ServiceFactory serviceFactory, IServiceScopeFactory scopes, ILogger<AcademyMediator> logger) : IMediator
{
    private static readonly ConcurrentDictionary<Type, MethodInfo> HandleMethods = new();

    private readonly Mediator requests = new(serviceFactory);

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        requests.Send(request, cancellationToken);

    public async Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification
    {
        var subscriberType = typeof(INotificationHandler<>).MakeGenericType(notification.GetType());
        var handle = HandleMethods.GetOrAdd(subscriberType, type => type.GetMethod(nameof(INotificationHandler<TNotification>.Handle))!);
        // Subscriber i runs in scope i; the first scope also tells how many there are.
        for (int index = 0, subscribers = 1; index < subscribers; index++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var all = scope.ServiceProvider.GetServices(subscriberType).ToList();
            subscribers = all.Count;
            if (index >= subscribers)
            {
                return;
            }

            var subscriber = all[index]!;
            try
            {
                await (Task)handle.Invoke(subscriber, [notification, cancellationToken])!;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var failure = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
                logger.LogError(failure, "{Subscriber} failed on {Notification}; what it wrote is dropped and the other subscribers still run",
                    subscriber.GetType().Name, notification.GetType().Name);
            }
        }
    }
}
