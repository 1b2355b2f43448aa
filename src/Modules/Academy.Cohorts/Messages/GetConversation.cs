using System.Linq.Expressions;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Messages;

/// <summary>
/// A conversation as one of its members sees it: the latest <see cref="MessageRules.PageSize"/> messages, or those
/// before message <see cref="Before"/> (keyset pages). Reading the latest page marks the conversation read. A message
/// request shows its first message and who the two both know, with the answer to give. Only its members see it.
/// </summary>
public sealed record GetConversation(Guid ConversationId, int? Before = null) : IRequest<ConversationView>;

/// <param name="IsAsked">The viewer received this message request and has not answered it.</param>
/// <param name="IsWaiting">The viewer sent this message request; it waits for an answer.</param>
/// <param name="EarlierBefore">The number to page back from; null when the first message is shown.</param>
/// <param name="BothKnow">For a request the viewer received: the people the viewer and the sender are both connected with.</param>
/// <param name="ViewerBlockedOther">The viewer has blocked someone in the conversation.</param>
/// <param name="LastNumber">The number of the conversation's last message: the live feed sends what comes after it.</param>
/// <param name="DraftBody">What the viewer was writing here and has not sent (the composer's autosave).</param>
public sealed record ConversationView(
    Guid Id,
    string? Title,
    IReadOnlyList<ConversationPerson> Others,
    bool IsAsked,
    bool IsWaiting,
    bool IsMuted,
    string ViewerId,
    IReadOnlyList<MessageView> Messages,
    int? EarlierBefore,
    IReadOnlyList<string> BothKnow,
    bool ViewerBlockedOther,
    int LastNumber,
    string? DraftBody)
{
    public string Path => ConversationPaths.Of(Id);
}

public sealed record ConversationPerson(string UserId, string Name);

/// <param name="AuthorId">Null once the author's account is deleted ("Former member").</param>
/// <param name="RemovedByAdmin">Deleted by an admin after a report rather than by its author.</param>
public sealed record MessageView(int Number, string? AuthorId, string AuthorName, string Html, DateTimeOffset SentAt, DateTimeOffset? EditedAt, bool IsDeleted,
    bool RemovedByAdmin = false);

internal sealed class GetConversationHandler(ICohortsData data, ICurrentUser currentUser, Notifications.UnreadNotificationCounts counts, TimeProvider clock)
    : IRequestHandler<GetConversation, ConversationView>
{
    /// <summary>
    /// The conversation as the member sees it, if they are in it or asked to be: its title and counts, their standing,
    /// read mark and draft, whether they blocked anyone in it, and the others by when they joined. Compiled once for
    /// the app (<see cref="Data.CohortsQueries"/>), as is <see cref="PageOfMessagesQuery"/>.
    /// </summary>
    internal static readonly Expression<Func<DbContext, Guid, string, IQueryable<ConversationHead>>> ConversationHeadQuery =
        (db, conversationId, me) =>
            from mine in db.Set<ConversationMember>()
            where mine.ConversationId == conversationId && mine.UserId == me
                && (mine.Standing == MemberStanding.Active || mine.Standing == MemberStanding.Asked)
            join c in db.Set<Conversation>() on mine.ConversationId equals c.Id
            select new ConversationHead(
                c.Title,
                c.IsRequest,
                c.MessageCount,
                mine.Standing,
                mine.IsMuted,
                mine.LastReadNumber,
                mine.Draft,
                db.Set<PersonBlock>().Any(block => block.BlockerId == me && c.Members.Any(member => member.UserId == block.BlockedId)),
                c.Members.Where(member => member.UserId != me).OrderBy(member => member.JoinedAt)
                    .Select(member => new ConversationPerson(member.UserId, member.DisplayName)).ToList());

    /// <summary>One more than a page of the conversation's messages before <c>before</c> (the latest when null), newest first, without those of people the member blocked.</summary>
    internal static readonly Expression<Func<DbContext, Guid, int?, string, IQueryable<MessageView>>> PageOfMessagesQuery =
        (db, conversationId, before, me) => db.Set<PrivateMessage>()
            .Where(message => message.ConversationId == conversationId && (before == null || message.Number < before)
                && !db.Set<PersonBlock>().Any(block => block.BlockerId == me && block.BlockedId == message.AuthorId))
            .OrderByDescending(message => message.Number)
            .Take(MessageRules.PageSize + 1)
            .Select(message => new MessageView(message.Number, message.AuthorId, message.AuthorName, message.Html, message.SentAt, message.EditedAt, message.DeletedAt != null,
                message.RemovedByAdmin));

    public async Task<ConversationView> Handle(GetConversation request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var head = await data.ConversationHead(request.ConversationId, me).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"{me} is not in conversation {request.ConversationId}.");
        var isAsked = head.Standing == MemberStanding.Asked;

        var before = request.Before;
        var page = await data.PageOfMessages(request.ConversationId, before, me).ToListAsync(cancellationToken);
        var shown = page.Take(MessageRules.PageSize).Reverse().ToList();
        // A request from someone the viewer has since blocked shows nothing (its messages are hidden): it is gone for them.
        if (isAsked && shown.Count == 0)
        {
            throw new NotFoundException($"The request {request.ConversationId} is from someone {me} blocked.");
        }

        if (!isAsked && before is null && shown.Count > 0 && shown[^1].Number > head.LastReadNumber)
        {
            await data.ReadUpToAsync(request.ConversationId, me, shown[^1].Number, counts, clock.GetUtcNow(), cancellationToken);
        }

        var bothKnow = isAsked && head.Others is [var from] ? await BothKnowAsync(me, from.UserId, cancellationToken) : [];
        return new ConversationView(request.ConversationId, head.Title, head.Others, isAsked, head.IsRequest && !isAsked, head.IsMuted, me, shown,
            page.Count > MessageRules.PageSize ? shown[0].Number : null, bothKnow, head.BlockedSomeone, head.MessageCount, head.Draft);
    }

    /// <summary>The names of the people both are connected with, as a connection request shows them.</summary>
    private async Task<IReadOnlyList<string>> BothKnowAsync(string me, string other, CancellationToken cancellationToken)
    {
        var edges = await data.Connections.AsNoTracking()
            .Where(c => c.FirstUserId == me || c.SecondUserId == me || c.FirstUserId == other || c.SecondUserId == other)
            .Select(c => new { c.FirstUserId, c.SecondUserId })
            .ToListAsync(cancellationToken);
        HashSet<string> Around(string userId) => edges.Where(e => e.FirstUserId == userId || e.SecondUserId == userId)
            .Select(e => e.FirstUserId == userId ? e.SecondUserId : e.FirstUserId).ToHashSet();
        var mutual = Around(me);
        mutual.IntersectWith(Around(other));
        if (mutual.Count == 0)
        {
            return [];
        }

        var names = await data.CohortMembers.AsNoTracking().Where(member => mutual.Contains(member.UserId))
            .Select(member => new { member.UserId, member.DisplayName }).ToListAsync(cancellationToken);
        return names.DistinctBy(name => name.UserId).Select(name => name.DisplayName).Order(StringComparer.CurrentCultureIgnoreCase).ToList();
    }
}

/// <summary>A conversation as <see cref="GetConversationHandler.ConversationHeadQuery"/> reads it for one member.</summary>
internal sealed record ConversationHead(
    string? Title, bool IsRequest, int MessageCount, MemberStanding Standing, bool IsMuted, int LastReadNumber, string? Draft, bool BlockedSomeone,
    List<ConversationPerson> Others);
