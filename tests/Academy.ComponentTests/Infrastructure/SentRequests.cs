using MediatR;

namespace Academy.ComponentTests.Infrastructure;

/// <summary>The end of the pipeline in component tests: it records what was sent and answers as told.</summary>
public sealed class SentRequests
{
    private readonly List<object> sent = [];
    private readonly Dictionary<Type, Func<object, object?>> answers = [];

    public IReadOnlyList<object> All => sent;

    /// <summary>The one request of that type that was sent (and passed validation).</summary>
    public TRequest Single<TRequest>() => Assert.Single(sent.OfType<TRequest>());

    public void Answer<TRequest>(Func<TRequest, object?> answer) => answers[typeof(TRequest)] = request => answer((TRequest)request);

    /// <summary>The handler says no, as a module's rule does.</summary>
    public void Refuse<TRequest>(Exception refusal) => answers[typeof(TRequest)] = _ => throw refusal;

    internal TResponse Receive<TResponse>(object request)
    {
        if (answers.TryGetValue(request.GetType(), out var answer))
        {
            var answered = answer(request);
            sent.Add(request);
            return answered is null ? default! : (TResponse)answered;
        }

        sent.Add(request);
        return default!;
    }
}

internal sealed class RecordingHandler<TRequest, TResponse>(SentRequests sent) : IRequestHandler<TRequest, TResponse>
    where TRequest : IRequest<TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken) => Task.FromResult(sent.Receive<TResponse>(request!));
}
