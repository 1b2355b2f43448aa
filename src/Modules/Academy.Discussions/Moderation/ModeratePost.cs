using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Discussions.Threads;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Moderation;

/// <summary>A moderator hides a post with a reason (members see the reason instead of the text) or shows it again.</summary>
public sealed record ModeratePost(string CohortSlug, int ThreadNumber, int Sequence, bool Hide, string? Reason = null) : IRequest;

internal sealed class ModeratePostValidator : AbstractValidator<ModeratePost>
{
    public ModeratePostValidator(IStringLocalizer<DiscussionsText> t)
    {
        RuleFor(request => request.Reason).Must(reason => !string.IsNullOrWhiteSpace(reason)).When(request => request.Hide)
            .WithMessage(_ => t["Say why: the author and the cohort see the reason."]);
        RuleFor(request => request.Reason).MaximumLength(500).WithMessage(_ => t["Keep the reason to {0} characters.", 500]);
    }
}

internal sealed class ModeratePostHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<ModeratePost, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ModeratePost request, CancellationToken cancellationToken)
    {
        var moderator = await mediator.ModeratorAsync(currentUser, request.CohortSlug, cancellationToken);
        var post = await data.PostAt(moderator, request.ThreadNumber, request.Sequence).Select(found => found.Post)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Post {request.ThreadNumber}/{request.Sequence} is not in {request.CohortSlug}.");
        var now = clock.GetUtcNow();
        var reason = request.Reason?.Trim() ?? string.Empty;
        if (request.Hide)
        {
            post.Hide(reason, now);
        }
        else
        {
            post.Unhide();
        }

        data.ModerationLog.Add(new ModerationEntry(moderator.CohortSlug, request.ThreadNumber, request.Sequence,
            request.Hide ? ModerationAction.HidePost : ModerationAction.UnhidePost, reason, moderator.Author, now));
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
