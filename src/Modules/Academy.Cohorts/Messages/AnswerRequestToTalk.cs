using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <summary>
/// The receiver of a message request accepts it (the conversation opens for both) or ignores it (it leaves their
/// messages; the sender is never told, and cannot ask again for 30 days).
/// </summary>
public sealed record AnswerRequestToTalk(Guid ConversationId, bool Accept) : IRequest;

internal sealed class AnswerRequestToTalkHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<AnswerRequestToTalk, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AnswerRequestToTalk request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var conversation = await data.Conversations.Include(c => c.Members)
            .Where(c => c.Id == request.ConversationId && c.IsRequest && c.Members.Any(member => member.UserId == me && member.Standing == MemberStanding.Asked))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"No message request {request.ConversationId} waits for {me}.");
        conversation.Members.Single(member => member.UserId == me).Answer(request.Accept, clock.GetUtcNow());
        if (request.Accept)
        {
            conversation.Open();
        }

        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
