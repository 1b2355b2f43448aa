using Academy.Discussions.Access;
using Academy.Discussions.Composer;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Notifying;
using Academy.Discussions.Resources;
using Academy.Discussions.Threads.LiveThread;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using Academy.Shared.Telemetry;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Threads.PostReply;

/// <summary>Replies to a thread, or to one of its posts (<see cref="ParentSequence"/>), optionally quoting one; returns the new post's number.</summary>
/// <param name="IdempotencyKey">From the form: sending the same form again returns the post it made instead of making another.</param>
public sealed record PostReply(string CohortSlug, int ThreadNumber, string Body, int? ParentSequence = null, int? QuotedSequence = null, Guid? IdempotencyKey = null)
    : IRequest<int>;

internal sealed class PostReplyValidator : AbstractValidator<PostReply>
{
    public PostReplyValidator(IStringLocalizer<DiscussionsText> t) => RuleFor(request => request.Body).ValidPostBody(t);
}

internal sealed class PostReplyHandler(
    IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock, AcademyMetrics metrics,
    IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<PostReply, int>
{
    // Replies racing for the next number in one thread: each lost race costs a reload, so allow a burst of them.
    private const int MostAttempts = 8;

    public async Task<int> Handle(PostReply request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var authorId = participant.Author.UserId;
        var now = clock.GetUtcNow();
        var floodWindow = now - PostRules.FloodWindow;
        var draftPlace = Draft.ForReply(request.ThreadNumber);
        var body = new RenderedPost(request.Body, markdown.RenderUserContent(request.Body).Html);

        for (var attempt = 1; ; attempt++)
        {
            // Everything the reply needs, in one query: the thread (tracked, to add the reply), what its subscribers need
            // to know of its space and of the posts it answers, the post this form made before, the author's recent posts,
            // read mark and draft.
            var found = await (
                    from t in data.ThreadAt(participant, request.ThreadNumber)
                    join space in data.Spaces on t.SpaceId equals space.Id
                    select new
                    {
                        Thread = t,
                        space.Kind,
                        space.ModuleSlug,
                        Earlier = data.Posts.Where(p => request.IdempotencyKey != null && p.ThreadId == t.Id && p.AuthorId == authorId && p.IdempotencyKey == request.IdempotencyKey)
                            .Select(p => (int?)p.Sequence).FirstOrDefault(),
                        RecentPosts = data.Posts.Count(p => p.AuthorId == authorId && p.CreatedAt > floodWindow),
                        ParentRoot = data.Posts.Where(p => p.ThreadId == t.Id && p.Sequence == request.ParentSequence)
                            .Select(p => (int?)(p.ParentSequence ?? p.Sequence)).FirstOrDefault(),
                        // The post a reply answers is the top-level post it hangs under, or the thread's opening post.
                        AnsweredAuthorId = data.Posts.Where(p => p.ThreadId == t.Id && p.Sequence ==
                                (data.Posts.Where(c => c.ThreadId == t.Id && c.Sequence == request.ParentSequence)
                                    .Select(c => (int?)(c.ParentSequence ?? c.Sequence)).FirstOrDefault() ?? 1))
                            .Select(p => p.AuthorId).FirstOrDefault(),
                        QuotedAuthorId = data.Posts.Where(p => p.ThreadId == t.Id && p.Sequence == request.QuotedSequence).Select(p => p.AuthorId).FirstOrDefault(),
                        ReadMark = data.ReadMarks.Where(m => m.UserId == authorId && m.ThreadId == t.Id).Select(m => (int?)m.LastReadSequence).FirstOrDefault(),
                        HasDraft = data.Drafts.Any(d => d.UserId == authorId && d.CohortSlug == t.CohortSlug && d.Place == draftPlace),
                    })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException($"Thread {request.ThreadNumber} is not in {request.CohortSlug}.");
            var thread = found.Thread;
            if (found.Earlier is { } earlier)
            {
                return earlier;
            }

            PostRules.EnsureNotFlooding(found.RecentPosts, t);

            // A sub-reply hangs under a top-level post; replying to a sub-reply joins the same conversation.
            if (request.ParentSequence is { } parentSequence && found.ParentRoot is null)
            {
                throw new NotFoundException($"Post {parentSequence} is not in thread {request.ThreadNumber}.");
            }

            var quoted = request.QuotedSequence is { } q && q >= 1 && q <= thread.PostCount ? q : (int?)null;
            if (thread.IsLocked)
            {
                throw new RuleViolation(string.IsNullOrWhiteSpace(thread.LockReason)
                    ? t["This thread is locked. Your text is kept as a draft."]
                    : t["This thread is locked: {0} Your text is kept as a draft.", thread.LockReason]);
            }

            var post = thread.AddReply(participant.Author, body, found.ParentRoot, quoted, now, request.IdempotencyKey);
            if (participant.Author.UserId != thread.AuthorId)
            {
                // Written even when it was already set: an answer withdrawn at this moment (DeletePost) cannot then leave
                // a thread this reply answers counted as unanswered.
                data.Threads.Entry(thread).Property(t => t.AnsweredAt).IsModified = true;
            }
            try
            {
                await data.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < MostAttempts || request.IdempotencyKey is not null)
            {
                data.Threads.Entry(thread).State = EntityState.Detached;
                data.Posts.Entry(post).State = EntityState.Detached;

                // The same form arrived twice at once, or a retried save had in fact been committed: one post, once.
                if (request.IdempotencyKey is not null && await data.PostedWithAsync(authorId, request.IdempotencyKey, cancellationToken) is { } saved)
                {
                    return saved.Sequence;
                }

                // Another reply took this number a moment ago, on this instance or another: the thread's count has moved
                // (a concurrency conflict) or the other post's insert committed first (the unique thread-and-number
                // index). Reload the thread and take the next number.
                if (attempt < MostAttempts)
                {
                    continue;
                }

                throw;
            }

            metrics.PostCreated("reply");

            // Writing from the thread page means its earlier posts were read; the reply is not news to its author.
            await data.MoveForwardAsync(authorId, thread.Id, found.ReadMark, post.Sequence, now, cancellationToken);
            if (found.HasDraft)
            {
                await data.DiscardDraftAsync(authorId, participant.CohortSlug, draftPlace, cancellationToken);
            }

            var answered = new AnsweredAuthors(found.AnsweredAuthorId, quoted is null ? null : found.QuotedAuthorId);
            await mediator.Publish(new ReplyPosted(SavedPost.Of(participant, thread, found.Kind, found.ModuleSlug, post, answered)), cancellationToken);
            return post.Sequence;
        }
    }
}
