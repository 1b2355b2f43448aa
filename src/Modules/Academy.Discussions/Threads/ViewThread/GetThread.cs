using System.Linq.Expressions;
using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Microsoft.AspNetCore.Components;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Threads.ViewThread;

/// <summary>
/// A page of a thread: up to <see cref="GetThreadHandler.PageSize"/> top-level posts with their sub-replies,
/// after the top-level post <see cref="After"/>, or starting at the one that holds post <see cref="At"/>
/// (a permalink), or by default at the reader's first unread post. Viewing moves the reader's read mark.
/// </summary>
public sealed record GetThread(string CohortSlug, int ThreadNumber, int? After = null, int? At = null) : IRequest<ThreadView>;

/// <param name="Language">The language of a thread the course opened (a discussion prompt): its title and the course's opening post; null for what people start.</param>
/// <param name="SpaceTitleMarkup">The space's title with a module's own title marked as course content.</param>
public sealed record ThreadView(
    string CohortSlug,
    string CohortName,
    int Number,
    string Title,
    string SpaceKey,
    string SpaceTitle,
    bool IsPinned,
    bool IsLocked,
    string? LockReason,
    int ReplyCount,
    bool IsModerator,
    string CurrentUserId,
    int? FirstUnread,
    IReadOnlyList<PostView> Posts,
    int? LoadMoreAfter,
    bool StartsAtBeginning,
    string? DraftBody,
    FollowLevel FollowLevel,
    string? Language = null,
    MarkupString? SpaceTitleMarkup = null)
{
    /// <summary>Written once: each post's links start with it.</summary>
    public string Path { get; } = $"/cohorts/{CohortSlug}/discussions/{Number}";
}

public sealed record PostView(
    int Sequence,
    int? ParentSequence,
    string AuthorId,
    string AuthorName,
    string Html,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool IsDeleted,
    int? QuotedSequence,
    string? HiddenReason,
    int LikeCount,
    bool LikedByMe)
{
    public bool IsHidden => HiddenReason is not null;

    public bool IsSubReply => ParentSequence is not null;
}

internal sealed class GetThreadHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock,
    IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<GetThread, ThreadView>
{
    public const int PageSize = 20;

    /// <summary>Top-level posts shown before the one a permalink or "first unread" points at.</summary>
    private const int PostsOfContext = 3;

    public async Task<ThreadView> Handle(GetThread request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var userId = participant.Author.UserId;
        var draftPlace = Draft.ForReply(request.ThreadNumber);

        var thread = await data.ThreadHeader(participant.CohortSlug, request.ThreadNumber, userId, draftPlace).SingleOrDefaultAsync(cancellationToken);
        if (thread is null || !participant.MaySeeSpaceOf(thread.SpaceModuleSlug))
        {
            throw new NotFoundException($"Thread {request.ThreadNumber} is not in {request.CohortSlug}.");
        }

        var firstUnread = thread.LastRead is { } read && read < thread.PostCount ? read + 1 : (int?)null;
        var at = request.At ?? (request.After is null ? firstUnread : null);
        var threadId = thread.Id;

        // Keyset pagination over top-level posts; one compiled query fetches a page of them with their sub-replies.
        var posts = await data.PageOfPosts(threadId, request.After ?? 0, at, participant.IsModerator, userId).ToListAsync(cancellationToken);

        var rootsOnPage = posts.Where(p => !p.IsSubReply).Select(p => p.Sequence).Distinct().ToList();
        int? loadMoreAfter = null;
        if (rootsOnPage.Count > PageSize)
        {
            var extra = rootsOnPage[PageSize];
            posts = posts.Where(p => (p.ParentSequence ?? p.Sequence) != extra).ToList();
            loadMoreAfter = rootsOnPage[PageSize - 1];
        }

        await data.MoveForwardAsync(userId, threadId, thread.LastRead, posts.Count == 0 ? 0 : posts.Max(p => p.Sequence), clock.GetUtcNow(), cancellationToken);

        return new ThreadView(participant.CohortSlug, participant.CohortName, thread.Number, thread.Title, thread.SpaceKey, SpaceText.Title(t, thread.SpaceKind, thread.SpaceTitle),
            thread.IsPinned, thread.IsLocked, thread.LockReason, Math.Max(0, thread.PostCount - 1), participant.IsModerator, userId,
            firstUnread, posts, loadMoreAfter, StartsAtBeginning: posts.FirstOrDefault()?.Sequence == 1, thread.DraftBody,
            thread.Follow ?? Following.DefaultFollow.For(thread.SpaceKind), thread.ContentLanguage,
            SpaceText.Markup(t, thread.SpaceKind, thread.SpaceTitle, thread.SpaceLanguage));
    }

    /// <summary>
    /// A thread's header for its reader: the thread with its space, the reader's read mark, draft reply and follow
    /// level. Compiled once for the app (<see cref="Data.DiscussionsQueries"/>), so it takes one shape for every
    /// reader: whether the space's module has opened for them is checked after the read
    /// (<see cref="Participant.MaySeeSpaceOf"/>), where the other queries filter by it.
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, int, string, string, IQueryable<ThreadHeader>>> ThreadHeaderQuery =
        (context, cohortSlug, threadNumber, userId, draftPlace) =>
            from t in context.Set<DiscussionThread>()
            where t.CohortSlug == cohortSlug && t.Number == threadNumber
            join space in context.Set<Space>() on t.SpaceId equals space.Id
            from mark in context.Set<ReadMark>().Where(m => m.UserId == userId && m.ThreadId == t.Id).DefaultIfEmpty()
            select new ThreadHeader(
                t.Id, t.Number, t.Title, t.IsPinned, t.IsLocked, t.LockReason, t.PostCount,
                space.Key, space.Title, space.Kind, space.ModuleSlug, space.ContentLanguage, t.ContentLanguage,
                mark == null ? (int?)null : mark.LastReadSequence,
                context.Set<Draft>().Where(d => d.UserId == userId && d.CohortSlug == cohortSlug && d.Place == draftPlace)
                    .Select(d => d.Body).FirstOrDefault(),
                context.Set<ThreadFollow>().Where(f => f.UserId == userId && f.ThreadId == t.Id).Select(f => (FollowLevel?)f.Level).FirstOrDefault());

    /// <summary>
    /// A page of posts: up to one more than <see cref="PageSize"/> top-level posts after the top-level post
    /// <c>afterRoot</c> (the extra one tells whether there is more), with their sub-replies, in reading order. Starting
    /// <c>at</c> a post begins a few top-level posts before the one it belongs under, so it is read in context. A hidden
    /// post's text reaches moderators only; everyone else gets the moderator's reason. Compiled once for the app
    /// (<see cref="Data.DiscussionsQueries"/>): the thread page is the page learners open most.
    /// </summary>
    internal static readonly Expression<Func<DbContext, Guid, int, int?, bool, string, IQueryable<PostView>>> PageOfPostsQuery =
        (context, threadId, afterRoot, at, isModerator, userId) => context.Set<Post>()
            .Where(post => post.ThreadId == threadId && context.Set<Post>()
                .Where(root => root.ThreadId == threadId && root.ParentSequence == null && root.Sequence > afterRoot
                    && (at == null || root.Sequence >= context.Set<Post>()
                        .Where(earlier => earlier.ThreadId == threadId && earlier.ParentSequence == null && earlier.Sequence <= context.Set<Post>()
                            .Where(target => target.ThreadId == threadId && target.Sequence == at)
                            .Select(target => target.RootSequence)
                            .FirstOrDefault())
                        .OrderByDescending(earlier => earlier.Sequence)
                        .Skip(PostsOfContext)
                        .Select(earlier => earlier.Sequence)
                        .FirstOrDefault()))
                .OrderBy(root => root.Sequence)
                .Take(PageSize + 1)
                .Select(root => root.Sequence)
                .Contains(post.RootSequence))
            .OrderBy(post => post.RootSequence).ThenBy(post => post.Sequence)
            .Select(post => new PostView(post.Sequence, post.ParentSequence, post.AuthorId, post.AuthorName,
                post.HiddenAt == null || isModerator ? post.BodyHtml : string.Empty, post.CreatedAt, post.EditedAt,
                post.DeletedAt != null, post.QuotedSequence, post.HiddenAt == null ? null : post.HiddenReason ?? string.Empty,
                post.LikeCount, post.Likes.Any(like => like.UserId == userId)));
}

/// <summary>A thread as <see cref="GetThreadHandler.ThreadHeaderQuery"/> reads it for one reader.</summary>
internal sealed record ThreadHeader(
    Guid Id,
    int Number,
    string Title,
    bool IsPinned,
    bool IsLocked,
    string? LockReason,
    int PostCount,
    string SpaceKey,
    string SpaceTitle,
    SpaceKind SpaceKind,
    string? SpaceModuleSlug,
    string? SpaceLanguage,
    string? ContentLanguage,
    int? LastRead,
    string? DraftBody,
    FollowLevel? Follow);
