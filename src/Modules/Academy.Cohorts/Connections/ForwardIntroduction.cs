using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Connections;

/// <summary>
/// The introducer passes the introduction on with their own words. A person who blocked the asker or the introducer is never
/// shown it nor told of it; to the asker and the introducer it looks passed on, as any introduction waiting for an answer.
/// </summary>
public sealed record ForwardIntroduction(Guid IntroductionId, string Note) : IRequest;

internal sealed class ForwardIntroductionValidator : AbstractValidator<ForwardIntroduction>
{
    public ForwardIntroductionValidator(IStringLocalizer<CohortsText> t) => RuleFor(request => request.Note)
        .Must(note => !string.IsNullOrWhiteSpace(note)).WithMessage(_ => t["Add a few words of your own: why these two should meet."])
        .MaximumLength(ConnectionRules.MaximumNoteLength).WithMessage(_ => t["Keep the note to {0} characters.", ConnectionRules.MaximumNoteLength]);
}

internal sealed class ForwardIntroductionHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ForwardIntroduction, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ForwardIntroduction request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var introduction = await data.AskedOfAsync(request.IntroductionId, me, cancellationToken);
        introduction.Forward(request.Note.Trim(), clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        if (await data.PersonBlocks.AnyAsync(b => b.BlockerId == introduction.TargetId && (b.BlockedId == introduction.RequesterId || b.BlockedId == me), cancellationToken))
        {
            return MediatR.Unit.Value;
        }

        var introducer = await data.NameOfAsync(me, currentUser, cancellationToken);
        var requester = await data.NameOfAsync(introduction.RequesterId, currentUser, cancellationToken);
        await mediator.Publish(new MembersNotified([introduction.TargetId], me, introducer,
            new Words(typeof(CohortsText), "{0} introduces you to {1}", introducer, requester), "/connections", NotificationKind.Networking), cancellationToken);
        return MediatR.Unit.Value;
    }
}
