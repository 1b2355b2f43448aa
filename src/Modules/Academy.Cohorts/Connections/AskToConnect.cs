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
/// Asks a member of a shared cohort to connect; the note says why, as the course teaches. Someone who blocked the asker, or
/// ignored them lately, never sees the request, and the asker cannot tell: it waits as any request does.
/// </summary>
public sealed record AskToConnect(string CohortSlug, string ToUserId, string Note) : IRequest;

internal sealed class AskToConnectValidator : AbstractValidator<AskToConnect>
{
    public AskToConnectValidator(IStringLocalizer<CohortsText> t) => RuleFor(request => request.Note)
        .Must(note => !string.IsNullOrWhiteSpace(note))
        .WithMessage(_ => t["Add a short note saying why you want to connect: what you share, or who you both know."])
        .MaximumLength(ConnectionRules.MaximumNoteLength).WithMessage(_ => t["Keep the note to {0} characters.", ConnectionRules.MaximumNoteLength]);
}

internal sealed class AskToConnectHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<AskToConnect, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AskToConnect request, CancellationToken cancellationToken)
    {
        var people = await CohortPeople.LoadSomeAsync(data, currentUser, request.CohortSlug, [request.ToUserId], cancellationToken);
        var me = people.ViewerId;
        if (!people.Contains(request.ToUserId) || !people.ViewerIsMember)
        {
            throw new NotFoundException($"{request.ToUserId} is not someone {me} can ask in {request.CohortSlug}.");
        }

        static RuleViolation Refused(string message) => new(message, nameof(AskToConnect.Note));
        if (request.ToUserId == me)
        {
            throw Refused(t["That is you."]);
        }

        var (first, second) = Connection.Pair(me, request.ToUserId);
        if (await data.Connections.AnyAsync(c => c.FirstUserId == first && c.SecondUserId == second, cancellationToken))
        {
            throw Refused(t["You are already connected with {0}.", people.NameOf(request.ToUserId)]);
        }

        var blocks = await data.PersonBlocks.AsNoTracking()
            .Where(b => (b.BlockerId == me && b.BlockedId == request.ToUserId) || (b.BlockerId == request.ToUserId && b.BlockedId == me))
            .Select(b => b.BlockerId)
            .ToListAsync(cancellationToken);
        if (blocks.Contains(me))
        {
            throw Refused(t["You have blocked {0}. Unblock them on their profile to ask to connect.", people.NameOf(request.ToUserId)]);
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
            throw Refused(t["{0} has already asked to connect with you: answer their request on your connections page.", people.NameOf(request.ToUserId)]);
        }

        if (between.Any(r => r.ToUserId == request.ToUserId && r.Status == RequestStatus.Pending))
        {
            throw Refused(t["You have already asked {0}; they have not answered yet.", people.NameOf(request.ToUserId)]);
        }

        if (between.Count(r => r.Status == RequestStatus.Pending) >= ConnectionRules.MaximumPendingOutgoing)
        {
            throw Refused(t["You have {0} requests waiting for an answer. Withdraw one, or wait for answers, before asking someone new.", ConnectionRules.MaximumPendingOutgoing]);
        }

        // Someone who blocked this sender, or ignored them lately, never sees a new request, and the sender cannot tell.
        var ignoredLately = between.Any(r => r.ToUserId == request.ToUserId && r.Status == RequestStatus.Ignored && r.DecidedAt >= coolingOffSince);
        var reaches = !ignoredLately && !blocks.Contains(request.ToUserId);
        data.ConnectionRequests.Add(new ConnectionRequest(me, request.ToUserId, request.Note.Trim(), reachesReceiver: reaches, now));
        await data.SaveChangesAsync(cancellationToken);
        if (reaches)
        {
            var sender = people.NameOf(me);
            await mediator.Publish(new MembersNotified([request.ToUserId], me, sender, new Words(typeof(CohortsText), "{0} would like to connect with you", sender), "/connections", NotificationKind.Networking), cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}
