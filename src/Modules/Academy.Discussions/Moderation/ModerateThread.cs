using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Moderation;

/// <summary>A moderator (the cohort's instructors, admins) pins, unpins, locks, unlocks or moves a thread; every action is logged.</summary>
public sealed record ModerateThread(string CohortSlug, int ThreadNumber, ModerationAction Action, string? Reason = null, string? ToSpaceKey = null) : IRequest;

internal sealed class ModerateThreadValidator : AbstractValidator<ModerateThread>
{
    public ModerateThreadValidator(IStringLocalizer<DiscussionsText> t)
    {
        RuleFor(request => request.Action)
            .Must(action => action is ModerationAction.Pin or ModerationAction.Unpin or ModerationAction.Lock or ModerationAction.Unlock or ModerationAction.Move)
            .WithMessage(_ => t["Choose what to do with the thread."]);
        RuleFor(request => request.Reason)
            .Must(reason => !string.IsNullOrWhiteSpace(reason))
            .When(request => request.Action is ModerationAction.Lock or ModerationAction.Move)
            .WithMessage(_ => t["Say why: members see the reason."]);
        RuleFor(request => request.Reason).MaximumLength(500).WithMessage(_ => t["Keep the reason to {0} characters.", 500]);
        RuleFor(request => request.ToSpaceKey).NotEmpty().When(request => request.Action == ModerationAction.Move).WithMessage(_ => t["Choose a space."]);
    }
}

internal sealed class ModerateThreadHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock,
    IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<ModerateThread, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ModerateThread request, CancellationToken cancellationToken)
    {
        var moderator = await mediator.ModeratorAsync(currentUser, request.CohortSlug, cancellationToken);
        var thread = await data.Threads.SingleOrDefaultAsync(t => t.CohortSlug == moderator.CohortSlug && t.Number == request.ThreadNumber, cancellationToken)
            ?? throw new NotFoundException($"Thread {request.ThreadNumber} is not in {request.CohortSlug}.");
        var reason = request.Reason?.Trim() ?? string.Empty;
        switch (request.Action)
        {
            case ModerationAction.Pin:
            case ModerationAction.Unpin:
                thread.Pin(request.Action == ModerationAction.Pin);
                break;
            case ModerationAction.Lock:
                thread.Lock(reason);
                break;
            case ModerationAction.Unlock:
                thread.Unlock();
                break;
            case ModerationAction.Move:
                var space = await data.Spaces.SingleOrDefaultAsync(s => s.CohortSlug == moderator.CohortSlug && s.Key == request.ToSpaceKey, cancellationToken)
                    ?? throw new NotFoundException($"No space {request.ToSpaceKey}.");
                thread.MoveTo(space);
                reason = t["{0} (moved to {1})", reason, SpaceText.Title(t, space)]; // in the moderator's language, as they would write it
                break;
        }

        data.ModerationLog.Add(new ModerationEntry(moderator.CohortSlug, thread.Number, null, request.Action, reason, moderator.Author, clock.GetUtcNow()));
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
