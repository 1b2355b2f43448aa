using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Connections;

/// <summary>
/// Asks a connection to introduce me to one of their connections in the cohort, saying why. An introducer who blocked the
/// asker never sees the ask, and a person who blocked them is never shown the introduction; the asker cannot tell either
/// from an introduction still on its way.
/// </summary>
public sealed record AskForIntroduction(string CohortSlug, string IntroducerId, string TargetId, string Note) : IRequest;

internal sealed class AskForIntroductionValidator : AbstractValidator<AskForIntroduction>
{
    public AskForIntroductionValidator(IStringLocalizer<CohortsText> t)
    {
        RuleFor(request => request.IntroducerId).NotEmpty().WithMessage(_ => t["Choose who could introduce you."]);
        RuleFor(request => request.Note)
            .Must(note => !string.IsNullOrWhiteSpace(note)).WithMessage(_ => t["Tell them why you would like to meet: it is what they will pass on."])
            .MaximumLength(ConnectionRules.MaximumNoteLength).WithMessage(_ => t["Keep the note to {0} characters.", ConnectionRules.MaximumNoteLength]);
    }
}

internal sealed class AskForIntroductionHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<AskForIntroduction, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AskForIntroduction request, CancellationToken cancellationToken)
    {
        var people = await CohortPeople.LoadSomeAsync(data, currentUser, request.CohortSlug, [request.TargetId, request.IntroducerId], cancellationToken);
        var me = people.ViewerId;
        if (!people.ViewerIsMember || !people.Contains(request.TargetId) || request.TargetId == me)
        {
            throw new NotFoundException($"{request.TargetId} is not someone {me} can be introduced to in {request.CohortSlug}.");
        }

        // The three pairs that matter, not everyone around me: me and the target, and the introducer with each of us.
        var (asker, target, introducer) = (Connection.Pair(me, request.TargetId), Connection.Pair(me, request.IntroducerId), Connection.Pair(request.IntroducerId, request.TargetId));
        var pairs = await data.Connections.AsNoTracking()
            .Where(c => (c.FirstUserId == asker.First && c.SecondUserId == asker.Second)
                        || (c.FirstUserId == target.First && c.SecondUserId == target.Second)
                        || (c.FirstUserId == introducer.First && c.SecondUserId == introducer.Second))
            .Select(c => new { c.FirstUserId, c.SecondUserId })
            .ToListAsync(cancellationToken);
        bool Connected((string First, string Second) pair) => pairs.Any(c => c.FirstUserId == pair.First && c.SecondUserId == pair.Second);
        if (Connected(asker))
        {
            throw new RuleViolation(t["You are already connected with {0}.", people.NameOf(request.TargetId)], nameof(AskForIntroduction.Note));
        }

        if (request.IntroducerId == me || request.IntroducerId == request.TargetId || !Connected(target) || !Connected(introducer))
        {
            throw new RuleViolation(t["Choose someone you and {0} both know.", people.NameOf(request.TargetId)], nameof(AskForIntroduction.IntroducerId));
        }

        var alreadyAsked = await data.Introductions.AnyAsync(i => i.RequesterId == me && i.TargetId == request.TargetId &&
            (i.Status == IntroductionStatus.Asked || i.Status == IntroductionStatus.Forwarded), cancellationToken);
        if (alreadyAsked)
        {
            throw new RuleViolation(t["You have already asked for an introduction to {0}.", people.NameOf(request.TargetId)], nameof(AskForIntroduction.Note));
        }

        var blocks = await data.PersonBlocks.AsNoTracking()
            .Where(b => (b.BlockerId == me && (b.BlockedId == request.IntroducerId || b.BlockedId == request.TargetId))
                        || (b.BlockedId == me && b.BlockerId == request.IntroducerId))
            .Select(b => new { b.BlockerId, b.BlockedId })
            .ToListAsync(cancellationToken);
        if (blocks.FirstOrDefault(b => b.BlockerId == me) is { } mine)
        {
            throw new RuleViolation(t["You have blocked {0}. Unblock them on their profile first.", people.NameOf(mine.BlockedId)], nameof(AskForIntroduction.Note));
        }

        data.Introductions.Add(new Introduction(me, request.IntroducerId, request.TargetId, request.Note.Trim(), clock.GetUtcNow()));
        await data.SaveChangesAsync(cancellationToken);
        if (blocks.Count > 0)
        {
            return MediatR.Unit.Value; // the introducer blocked the asker: it waits for them unseen
        }

        var name = people.NameOf(me);
        await mediator.Publish(new MembersNotified([request.IntroducerId], me, name,
            new Words(typeof(CohortsText), "{0} asks you to introduce them to {1}", name, people.NameOf(request.TargetId)), "/connections", NotificationKind.Networking), cancellationToken);
        return MediatR.Unit.Value;
    }
}
