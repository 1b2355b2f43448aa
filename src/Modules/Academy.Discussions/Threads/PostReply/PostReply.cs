using Academy.Discussions.Access;
using Academy.Discussions.Composer;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Notifying;
using Academy.Discussions.Threads.LiveThread;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Threads.PostReply;

/// <summary>Replies to a thread, or to one of its posts (<see cref="ParentSequence"/>), optionally quoting one; returns the new post's number.</summary>
/// <param name="IdempotencyKey">From the form: sending the same form again returns the post it made instead of making another.</param>
public sealed record PostReply(string CohortSlug, int ThreadNumber, string Body, int? ParentSequence = null, int? QuotedSequence = null, Guid? IdempotencyKey = null)
    : IRequest<int>;

internal sealed class PostReplyValidator : AbstractValidator<PostReply>
{
    public PostReplyValidator() => RuleFor(request => request.Body).ValidPostBody();
}

internal sealed class PostReplyHandler(
    IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock)
    : IRequestHandler<PostReply, int>
{
    public async Task<int> Handle(PostReply request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        if (await data.PostedWithAsync(participant.Author.UserId, request.IdempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier.Sequence;
        }

        var now = clock.GetUtcNow();
        await PostRules.EnsureNotFloodingAsync(data, participant.Author.UserId, now, cancellationToken);
        var body = new RenderedPost(request.Body, markdown.RenderUserContent(request.Body).Html);

        for (var attempt = 1; ; attempt++)
        {
            // The thread (tracked, to add the reply) with what its subscribers need to know of its space, in one query.
            var found = await (
                    from t in data.ThreadAt(participant, request.ThreadNumber)
                    join space in data.Spaces on t.SpaceId equals space.Id
                    select new { Thread = t, space.Kind, space.ModuleSlug })
                .SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException($"Thread {request.ThreadNumber} is not in {request.CohortSlug}.");
            var thread = found.Thread;

            // A sub-reply hangs under a top-level post; replying to a sub-reply joins the same conversation.
            var parent = request.ParentSequence is { } parentSequence
                ? await data.Posts.Where(p => p.ThreadId == thread.Id && p.Sequence == parentSequence)
                      .Select(p => (int?)(p.ParentSequence ?? p.Sequence)).SingleOrDefaultAsync(cancellationToken)
                  ?? throw new NotFoundException($"Post {parentSequence} is not in thread {request.ThreadNumber}.")
                : (int?)null;
            var quoted = request.QuotedSequence is { } q && q >= 1 && q <= thread.PostCount ? q : (int?)null;

            var post = thread.AddReply(participant.Author, body, parent, quoted, now, request.IdempotencyKey);
            try
            {
                await data.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < 3)
            {
                // Another reply took this number a moment ago: reload the thread and take the next.
                data.Threads.Entry(thread).State = EntityState.Detached;
                data.Posts.Entry(post).State = EntityState.Detached;
                continue;
            }
            catch (DbUpdateException) when (request.IdempotencyKey is not null)
            {
                // The same form arrived twice at once, or a retried save had in fact been committed: one post, once.
                data.Threads.Entry(thread).State = EntityState.Detached;
                data.Posts.Entry(post).State = EntityState.Detached;
                if (await data.PostedWithAsync(participant.Author.UserId, request.IdempotencyKey, cancellationToken) is { } saved)
                {
                    return saved.Sequence;
                }

                throw;
            }

            // Writing from the thread page means its earlier posts were read; the reply is not news to its author.
            var mark = await data.ReadMarks.Where(m => m.UserId == participant.Author.UserId && m.ThreadId == thread.Id)
                .Select(m => (int?)m.LastReadSequence).SingleOrDefaultAsync(cancellationToken);
            await data.MoveForwardAsync(participant.Author.UserId, thread.Id, mark, post.Sequence, now, cancellationToken);
            await data.DiscardDraftAsync(participant.Author.UserId, participant.CohortSlug, Draft.ForReply(thread.Number), cancellationToken);
            await mediator.Publish(new ReplyPosted(SavedPost.Of(participant, thread, found.Kind, found.ModuleSlug, post)), cancellationToken);
            return post.Sequence;
        }
    }
}
