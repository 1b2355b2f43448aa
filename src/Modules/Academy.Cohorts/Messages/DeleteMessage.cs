using Academy.Cohorts.Data;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Cohorts.Messages;

/// <summary>Deletes one of the writer's own messages: its place stays, marked deleted, its text is gone.</summary>
public sealed record DeleteMessage(Guid ConversationId, int Number) : IRequest;

internal sealed class DeleteMessageHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<DeleteMessage, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeleteMessage request, CancellationToken cancellationToken)
    {
        var message = await OwnMessages.FindAsync(data, currentUser.UserId, request.ConversationId, request.Number, cancellationToken);
        message.Delete(clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
