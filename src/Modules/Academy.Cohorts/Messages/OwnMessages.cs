using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

internal static class OwnMessages
{
    /// <summary>A message the writer wrote, in a conversation they are still in, and not deleted; anything else is not found.</summary>
    public static async Task<PrivateMessage> FindAsync(ICohortsData data, string userId, Guid conversationId, int number, CancellationToken cancellationToken) =>
        await data.PrivateMessages
            .Where(message => message.ConversationId == conversationId && message.Number == number && message.AuthorId == userId && message.DeletedAt == null
                && data.ConversationMembers.Any(member => member.ConversationId == conversationId && member.UserId == userId && member.Standing == MemberStanding.Active))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException($"Message {number} of conversation {conversationId} is not {userId}'s to change.");
}
