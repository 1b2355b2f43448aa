using Academy.Cohorts.Data;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Cohorts.Messages;

/// <summary>The Markdown of one of the viewer's own messages, to edit; not found for anyone else's or a deleted one.</summary>
public sealed record GetOwnMessage(Guid ConversationId, int Number) : IRequest<string>;

internal sealed class GetOwnMessageHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetOwnMessage, string>
{
    public async Task<string> Handle(GetOwnMessage request, CancellationToken cancellationToken) =>
        (await OwnMessages.FindAsync(data, currentUser.UserId, request.ConversationId, request.Number, cancellationToken)).Markdown;
}
