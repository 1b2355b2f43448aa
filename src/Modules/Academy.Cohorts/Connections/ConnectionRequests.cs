using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Connections;

/// <summary>Asks a member of a shared cohort to connect; the note says why, as the course teaches.</summary>
public sealed record AskToConnect(string CohortSlug, string ToUserId, string Note) : IRequest;

/// <summary>The receiver accepts or ignores a request (ignoring is never revealed to the sender).</summary>
public sealed record AnswerRequestToConnect(Guid RequestId, bool Accept) : IRequest;

/// <summary>The sender takes back a request that has not been answered.</summary>
public sealed record WithdrawRequestToConnect(Guid RequestId) : IRequest;

internal static class ConnectionRules
{
    public const int MaximumNoteLength = 500;
    public const int MaximumPendingOutgoing = 20;
    public static readonly TimeSpan IgnoredCoolingOff = TimeSpan.FromDays(30);
}

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
            await mediator.Publish(new MembersNotified([request.ToUserId], me, sender, $"{sender} would like to connect with you", "/connections"), cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}

internal sealed class AnswerRequestToConnectHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<AnswerRequestToConnect, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AnswerRequestToConnect request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var pending = await data.ConnectionRequests
            .SingleOrDefaultAsync(r => r.Id == request.RequestId && r.ToUserId == me && r.Status == RequestStatus.Pending && r.ReachesReceiver, cancellationToken)
            ?? throw new NotFoundException($"No request {request.RequestId} waits for {me}.");
        var now = clock.GetUtcNow();
        pending.Decide(request.Accept ? RequestStatus.Accepted : RequestStatus.Ignored, now);
        if (request.Accept)
        {
            await data.ConnectAsync(me, pending.FromUserId, introducedBy: null, now, cancellationToken);
        }

        await data.SaveChangesAsync(cancellationToken);
        if (request.Accept)
        {
            var name = await data.NameOfAsync(me, currentUser, cancellationToken);
            await mediator.Publish(new MembersNotified([pending.FromUserId], me, name, $"{name} accepted your request to connect", "/connections"), cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}

internal sealed class WithdrawRequestToConnectHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<WithdrawRequestToConnect, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(WithdrawRequestToConnect request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var pending = await data.ConnectionRequests
            .SingleOrDefaultAsync(r => r.Id == request.RequestId && r.FromUserId == me && r.Status == RequestStatus.Pending, cancellationToken)
            ?? throw new NotFoundException($"No request {request.RequestId} of {me} to withdraw.");
        pending.Decide(RequestStatus.Withdrawn, clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal static class ConnectionWrites
{
    /// <summary>Connects two people (once), and closes any request still open between them.</summary>
    public static async Task ConnectAsync(this ICohortsData data, string one, string other, string? introducedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (first, second) = Connection.Pair(one, other);
        if (!await data.Connections.AnyAsync(c => c.FirstUserId == first && c.SecondUserId == second, cancellationToken))
        {
            data.Connections.Add(new Connection(one, other, introducedBy, now));
        }

        var open = await data.ConnectionRequests
            .Where(r => r.Status == RequestStatus.Pending && ((r.FromUserId == one && r.ToUserId == other) || (r.FromUserId == other && r.ToUserId == one)))
            .ToListAsync(cancellationToken);
        open.ForEach(r => r.Decide(RequestStatus.Accepted, now));
    }

    public static async Task<string> NameOfAsync(this ICohortsData data, string userId, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        await data.MemberProfiles.Where(p => p.UserId == userId).Select(p => p.DisplayName).FirstOrDefaultAsync(cancellationToken)
        ?? currentUser.DisplayName ?? "A member";
}
