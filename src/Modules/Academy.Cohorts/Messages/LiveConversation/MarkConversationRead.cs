using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Notifications;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages.LiveConversation;

/// <summary>
/// The open page has shown its reader the messages up to <see cref="UpTo"/> as they arrived (sent by script while the
/// page is in view). Never beyond the conversation's last message; never back. Only its active members may say so.
/// </summary>
public sealed record MarkConversationRead(Guid ConversationId, int UpTo) : IRequest;

internal sealed class MarkConversationReadHandler(ICohortsData data, ICurrentUser currentUser, UnreadNotificationCounts counts, TimeProvider clock)
    : IRequestHandler<MarkConversationRead, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(MarkConversationRead request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var lastNumber = await (
                from mine in data.ConversationMembers
                where mine.ConversationId == request.ConversationId && mine.UserId == me && mine.Standing == MemberStanding.Active
                join c in data.Conversations on mine.ConversationId equals c.Id
                select (int?)c.MessageCount)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"{me} is not active in conversation {request.ConversationId}.");
        await data.ReadUpToAsync(request.ConversationId, me, Math.Min(request.UpTo, lastNumber), counts, clock.GetUtcNow(), cancellationToken);
        return MediatR.Unit.Value;
    }
}
