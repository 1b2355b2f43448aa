using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Academy.Contracts.Localization;
using Academy.Cohorts.Resources;

namespace Academy.Cohorts.Connections;

/// <summary>Asks a member of a shared cohort to connect; the note says why, as the course teaches.</summary>
public sealed record AskToConnect(string CohortSlug, string ToUserId, string Note) : IRequest;

internal sealed class AskToConnectValidator : AbstractValidator<AskToConnect>
{
    public AskToConnectValidator() => RuleFor(request => request.Note)
        .Must(note => !string.IsNullOrWhiteSpace(note))
        .WithMessage("Add a short note saying why you want to connect: what you share, or who you both know.")
        .MaximumLength(ConnectionRules.MaximumNoteLength).WithMessage($"Keep the note to {ConnectionRules.MaximumNoteLength} characters.");
}

internal sealed class AskToConnectHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AskToConnect, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AskToConnect request, CancellationToken cancellationToken)
    {
        var people = await CohortPeople.LoadAsync(data, currentUser, request.CohortSlug, cancellationToken);
        var me = people.ViewerId;
        if (!people.Contains(request.ToUserId) || !people.ViewerIsMember)
        {
            throw new NotFoundException($"{request.ToUserId} is not someone {me} can ask in {request.CohortSlug}.");
        }

        static RuleViolation Refused(string message) => new(message, nameof(AskToConnect.Note));
        if (request.ToUserId == me)
        {
            throw Refused("That is you.");
        }

        var (first, second) = Connection.Pair(me, request.ToUserId);
        if (await data.Connections.AnyAsync(c => c.FirstUserId == first && c.SecondUserId == second, cancellationToken))
        {
            throw Refused($"You are already connected with {people.NameOf(request.ToUserId)}.");
        }

        var now = clock.GetUtcNow();
        var coolingOffSince = now - ConnectionRules.IgnoredCoolingOff;
        var between = await data.ConnectionRequests.AsNoTracking()
            .Where(r => (r.FromUserId == me && (r.Status == RequestStatus.Pending || r.ToUserId == request.ToUserId)) ||
                        (r.FromUserId == request.ToUserId && r.ToUserId == me && r.Status == RequestStatus.Pending && r.ReachesReceiver))
            .Select(r => new { r.FromUserId, r.ToUserId, r.Status, r.DecidedAt })
            .ToListAsync(cancellationToken);
        if (between.Any(r => r.FromUserId == request.ToUserId))
        {
            throw Refused($"{people.NameOf(request.ToUserId)} has already asked to connect with you: answer their request on your connections page.");
        }

        if (between.Any(r => r.ToUserId == request.ToUserId && r.Status == RequestStatus.Pending))
        {
            throw Refused($"You have already asked {people.NameOf(request.ToUserId)}; they have not answered yet.");
        }

        if (between.Count(r => r.Status == RequestStatus.Pending) >= ConnectionRules.MaximumPendingOutgoing)
        {
            throw Refused($"You have {ConnectionRules.MaximumPendingOutgoing} requests waiting for an answer. Withdraw one, or wait for answers, before asking someone new.");
        }

        // Someone who ignored this sender lately never sees a new request, and the sender cannot tell.
        var ignoredLately = between.Any(r => r.ToUserId == request.ToUserId && r.Status == RequestStatus.Ignored && r.DecidedAt >= coolingOffSince);
        data.ConnectionRequests.Add(new ConnectionRequest(me, request.ToUserId, request.Note.Trim(), reachesReceiver: !ignoredLately, now));
        await data.SaveChangesAsync(cancellationToken);
        if (!ignoredLately)
        {
            var sender = people.NameOf(me);
            await mediator.Publish(new MembersNotified([request.ToUserId], me, sender, new Words(typeof(CohortsText), "{0} would like to connect with you", sender), "/connections", NotificationKind.Networking), cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}
