using System.Linq.Expressions;
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
    /// <summary>
    /// One more than a page of the member's conversations and requests whose last message is older than
    /// <c>olderThan</c> (all when null), latest first, each with the member's unread count: a row for each other member (in
    /// the order they joined), or one with no name when there is none. Keyed by the time of the last message alone: two
    /// conversations of one person never get a message in the same tick. Compiled once for the app
    /// (<see cref="Data.CohortsQueries"/>).
    /// </summary>
    /// <remarks>
    /// The others' names are rows, not a list in each row: EF's shaper for a list built a delegate and read each row's keys
    /// (text GUIDs on SQLite) again for every row; without it the page takes about a quarter less CPU. EF writes the unread
    /// count beside the join, so a group's count is taken once for each other member: an index range of the unread messages.
    /// </remarks>
    internal static readonly Expression<Func<DbContext, string, DateTimeOffset?, IQueryable<ConversationRow>>> PageOfConversationsQuery =
        (db, me, olderThan) =>
            from line in (
                    from mine in db.Set<ConversationMember>()
                    where mine.UserId == me && (mine.Standing == MemberStanding.Active || mine.Standing == MemberStanding.Asked)
                    join c in db.Set<Conversation>() on mine.ConversationId equals c.Id
                    where olderThan == null || c.LastMessageAt < olderThan
                    // A request from someone the member has since blocked is gone for them.
                    where mine.Standing == MemberStanding.Active
                        || !db.Set<PersonBlock>().Any(block => block.BlockerId == me && c.Members.Any(member => member.UserId == block.BlockedId))
                    orderby c.LastMessageAt descending
                    select new
                    {
                        c.Id,
                        c.Title,
                        c.LastMessageAt,
                        c.IsRequest,
                        mine.Standing,
                        mine.IsMuted,
                        Unread = db.Set<PrivateMessage>().Count(message => message.ConversationId == c.Id && message.Number > mine.LastReadNumber
                            && message.AuthorId != me && message.DeletedAt == null
                            && !db.Set<PersonBlock>().Any(block => block.BlockerId == me && block.BlockedId == message.AuthorId)),
                    })
                .Take(MessageRules.PageSize + 1)
            join member in db.Set<ConversationMember>().Where(member => member.UserId != me) on line.Id equals member.ConversationId into others
            from other in others.DefaultIfEmpty()
            orderby line.LastMessageAt descending, line.Id, other.JoinedAt
            select new ConversationRow(line.Id, line.Title, line.LastMessageAt, line.IsRequest, line.Standing, line.IsMuted, other.DisplayName, line.Unread);

    public async Task<ConversationsView> Handle(GetConversations request, CancellationToken cancellationToken)
    {
        var rows = await data.PageOfConversations(currentUser.UserId, request.OlderThan).ToListAsync(cancellationToken);
        // A conversation's rows are together, in the page's order; GroupBy keeps both orders.
        var page = rows.GroupBy(row => row.Id).ToList();
        var lines = page.Take(MessageRules.PageSize)
            .Select(rowsOfOne =>
            {
                var line = rowsOfOne.First();
                return new ConversationLine(line.Id, line.Title, [.. rowsOfOne.Select(row => row.OtherName).OfType<string>()], line.LastMessageAt, line.Unread,
                    line.IsMuted, IsWaiting: line.IsRequest && line.Standing == MemberStanding.Active, IsAsked: line.Standing == MemberStanding.Asked);
            })
            .ToList();
        return new ConversationsView(lines, page.Count > MessageRules.PageSize ? lines[^1].LastMessageAt : null);
    }
}

/// <summary>
/// A conversation as <see cref="GetConversationsHandler.PageOfConversationsQuery"/> reads it for one member, with one other
/// member's name (null when no one else is left).
/// </summary>
internal sealed record ConversationRow(
    Guid Id, string? Title, DateTimeOffset LastMessageAt, bool IsRequest, MemberStanding Standing, bool IsMuted, string? OtherName, int Unread);
