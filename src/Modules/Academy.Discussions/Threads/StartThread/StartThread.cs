using Academy.Discussions.Access;
using Academy.Discussions.Composer;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Notifying;
using Academy.Discussions.Resources;
using Academy.Discussions.Threads;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using Academy.Shared.Telemetry;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Threads.StartThread;

/// <summary>Opens a thread in a space of the cohort; returns its number.</summary>
/// <param name="IdempotencyKey">From the form: sending the same form again returns the thread it started instead of starting another.</param>
public sealed record StartThread(string CohortSlug, string SpaceKey, string Title, string Body, Guid? IdempotencyKey = null) : IRequest<int>;

internal sealed class StartThreadValidator : AbstractValidator<StartThread>
{
    public StartThreadValidator(IStringLocalizer<DiscussionsText> t)
    {
        RuleFor(request => request.Title)
            .Must(title => !string.IsNullOrWhiteSpace(title)).WithMessage(_ => t["Give the thread a title."])
            .ValidTitle(t);
        RuleFor(request => request.Body).ValidPostBody(t);
    }
}

internal sealed class StartThreadHandler(
    IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock, ThreadNumbers numbering,
    AcademyMetrics metrics, IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<StartThread, int>
{
    public async Task<int> Handle(StartThread request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        if (await data.PostedWithAsync(participant.Author.UserId, request.IdempotencyKey, cancellationToken) is { } earlier)
        {
            return earlier.ThreadNumber;
        }

        var space = await data.Spaces.SingleOrDefaultAsync(s => s.CohortSlug == participant.CohortSlug && s.Key == request.SpaceKey, cancellationToken)
            ?? throw new NotFoundException($"No space {request.SpaceKey} in {request.CohortSlug}.");
        if (participant.OpensLater(space.ModuleSlug) is { } opensOn)
        {
            throw new NotFoundException($"The space {space.Key} opens for {participant.CohortSlug} on {opensOn}.");
        }

        var now = clock.GetUtcNow();
        if (!space.AllowsNewThreadsFrom(participant.IsModerator))
        {
            throw new RuleViolation(t["Only instructors start threads in {0}. You can reply to any of them.", SpaceText.Title(t, space)]);
        }

        await PostRules.EnsureNotFloodingAsync(data, participant.Author.UserId, now, t, cancellationToken);

        var body = new RenderedPost(request.Body, markdown.RenderUserContent(request.Body).Html);
        for (var attempt = 1; ; attempt++)
        {
            var number = await numbering.NextAsync(participant.CohortSlug, cancellationToken);
            var thread = DiscussionThread.Start(space, number, request.Title.Trim(), participant.Author, body, now, participant.IsModerator, request.IdempotencyKey);
            data.Threads.Add(thread);
            try
            {
                await data.SaveChangesAsync(cancellationToken);
                metrics.PostCreated("thread");
                await data.MoveForwardAsync(participant.Author.UserId, thread.Id, knownMark: null, 1, now, cancellationToken);
                await data.DiscardDraftAsync(participant.Author.UserId, participant.CohortSlug, Draft.ForNewThread(space.Key), cancellationToken);
                await mediator.Publish(new ThreadStarted(SavedPost.Of(participant, thread, space.Kind, space.ModuleSlug, thread.Posts[0])), cancellationToken);
                return number;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Someone took the number at the same moment (take the next one), or this very form was saved already.
                data.Threads.Entry(thread).State = EntityState.Detached;
                foreach (var post in thread.Posts)
                {
                    data.Posts.Entry(post).State = EntityState.Detached;
                }

                if (await data.PostedWithAsync(participant.Author.UserId, request.IdempotencyKey, cancellationToken) is { } saved)
                {
                    return saved.ThreadNumber;
                }
            }
        }
    }
}
