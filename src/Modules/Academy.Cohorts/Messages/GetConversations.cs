using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <summary>
/// The member's conversations and the message requests waiting for their answer, latest first, a page of
/// <see cref="MessageRules.PageSize"/> at a time, each page after the last one's time (<see cref="OlderThan"/>).
/// </summary>
public sealed record GetConversations(DateTimeOffset? OlderThan = null) : IRequest<ConversationsView>;

/// <param name="OlderThan">Where the next page starts; null on the last page.</param>
public sealed record ConversationsView(IReadOnlyList<ConversationLine> Conversations, DateTimeOffset? OlderThan);

/// <param name="Title">A group's title; null for a conversation of two, which is named by the other person.</param>
/// <param name="IsWaiting">A message request the member sent, not yet accepted.</param>
/// <param name="IsAsked">A message request to the member, waiting for their answer.</param>
public sealed record ConversationLine(Guid Id, string? Title, IReadOnlyList<string> Others, DateTimeOffset LastMessageAt, int Unread, bool IsMuted, bool IsWaiting,
    bool IsAsked)
{
    public string Path => $"/messages/{Id}";
}

internal sealed class GetConversationsHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetConversations, ConversationsView>
{
    public async Task<ConversationsView> Handle(GetConversations request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        // Keyed by the time of the last message alone: two conversations of one person never get a message in the same tick.
        var olderThan = request.OlderThan;
        var page = await (
                from mine in data.ConversationMembers
                where mine.UserId == me && (mine.Standing == MemberStanding.Active || mine.Standing == MemberStanding.Asked)
                join c in data.Conversations on mine.ConversationId equals c.Id
                where olderThan == null || c.LastMessageAt < olderThan
                // A request from someone the member has since blocked is gone for them.
                where mine.Standing == MemberStanding.Active
                    || !data.PersonBlocks.Any(block => block.BlockerId == me && c.Members.Any(member => member.UserId == block.BlockedId))
                orderby c.LastMessageAt descending
                select new
                {
                    c.Id,
                    c.Title,
                    c.LastMessageAt,
                    c.IsRequest,
                    mine.Standing,
                    mine.IsMuted,
                    Others = c.Members.Where(member => member.UserId != me).OrderBy(member => member.JoinedAt).Select(member => member.DisplayName).ToList(),
                    Unread = data.PrivateMessages.Count(message => message.ConversationId == c.Id && message.Number > mine.LastReadNumber
                        && message.AuthorId != me && message.DeletedAt == null
                        && !data.PersonBlocks.Any(block => block.BlockerId == me && block.BlockedId == message.AuthorId)),
                })
            .AsNoTracking()
            .Take(MessageRules.PageSize + 1)
            .ToListAsync(cancellationToken);
        var lines = page.Take(MessageRules.PageSize)
            .Select(line => new ConversationLine(line.Id, line.Title, line.Others, line.LastMessageAt, line.Unread, line.IsMuted,
                IsWaiting: line.IsRequest && line.Standing == MemberStanding.Active, IsAsked: line.Standing == MemberStanding.Asked))
            .ToList();
        return new ConversationsView(lines, page.Count > MessageRules.PageSize ? lines[^1].LastMessageAt : null);
    }
}
