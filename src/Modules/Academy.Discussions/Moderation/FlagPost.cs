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

/// <summary>A member asks the cohort's moderators to look at a post; the flag waits in their queue.</summary>
public sealed record FlagPost(string CohortSlug, int ThreadNumber, int Sequence, string Reason) : IRequest;

internal sealed class FlagPostValidator : AbstractValidator<FlagPost>
{
    public FlagPostValidator(IStringLocalizer<DiscussionsText> t) => RuleFor(request => request.Reason)
        .Must(reason => !string.IsNullOrWhiteSpace(reason)).WithMessage(_ => t["Tell the instructors what is wrong with the post."])
        .MaximumLength(500).WithMessage(_ => t["Keep it to {0} characters.", 500]);
}

internal sealed class FlagPostHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<FlagPost, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(FlagPost request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var exists = await data.PostAt(participant, request.ThreadNumber, request.Sequence)
            .AnyAsync(found => found.Post.DeletedAt == null, cancellationToken);
        if (!exists)
        {
            throw new NotFoundException($"Post {request.ThreadNumber}/{request.Sequence} is not in {request.CohortSlug}.");
        }

        data.PostFlags.Add(new PostFlag(participant.CohortSlug, request.ThreadNumber, request.Sequence, participant.Author, request.Reason.Trim(), clock.GetUtcNow()));
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
