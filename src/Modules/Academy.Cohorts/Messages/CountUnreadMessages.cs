using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <summary>
/// The header's count of messages: unread messages in conversations the member has not muted, plus message requests
/// waiting for their answer. Exact: one query, no cache (0 for visitors).
/// </summary>
[Academy.Contracts.Access.AllowAnonymousRequest]
public sealed record CountUnreadMessages : IRequest<int>;

internal sealed class CountUnreadMessagesHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<CountUnreadMessages, int>
{
    public async Task<int> Handle(CountUnreadMessages request, CancellationToken cancellationToken)
    {
        if (!currentUser.IsAuthenticated)
        {
            return 0;
        }

        var me = currentUser.UserId;
        return await data.ConversationMembers
            .Where(mine => mine.UserId == me
                && ((mine.Standing == MemberStanding.Active && !mine.IsMuted) || mine.Standing == MemberStanding.Asked))
            .SumAsync(mine => mine.Standing == MemberStanding.Asked
                ? (data.ConversationMembers.Any(sender => sender.ConversationId == mine.ConversationId && sender.UserId != me
                    && data.PersonBlocks.Any(block => block.BlockerId == me && block.BlockedId == sender.UserId)) ? 0 : 1)
                : data.PrivateMessages.Count(message => message.ConversationId == mine.ConversationId && message.Number > mine.LastReadNumber
                    && message.AuthorId != me && message.DeletedAt == null
                    && !data.PersonBlocks.Any(block => block.BlockerId == me && block.BlockedId == message.AuthorId)),
                cancellationToken);
    }
}
