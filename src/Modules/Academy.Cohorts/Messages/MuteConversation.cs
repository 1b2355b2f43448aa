using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <summary>Mutes a conversation for the member (no notification, no e-mail, not in the header's count), or unmutes it.</summary>
public sealed record MuteConversation(Guid ConversationId, bool Mute) : IRequest;

internal sealed class MuteConversationHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<MuteConversation, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(MuteConversation request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var mine = await data.ConversationMembers
            .SingleOrDefaultAsync(member => member.ConversationId == request.ConversationId && member.UserId == me && member.Standing == MemberStanding.Active, cancellationToken)
            ?? throw new NotFoundException($"{me} is not in conversation {request.ConversationId}.");
        mine.Mute(request.Mute);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
