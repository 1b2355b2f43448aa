using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Academy.Contracts.Localization;
using Academy.Cohorts.Resources;

namespace Academy.Cohorts.Connections;

/// <summary>The receiver accepts or ignores a request (ignoring is never revealed to the sender).</summary>
public sealed record AnswerRequestToConnect(Guid RequestId, bool Accept) : IRequest;

internal sealed class AnswerRequestToConnectHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock, Academy.Cohorts.People.DirectoryMemory memory)
    : IRequestHandler<AnswerRequestToConnect, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AnswerRequestToConnect request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var pending = await data.ConnectionRequests
            .SingleOrDefaultAsync(r => r.Id == request.RequestId && r.ToUserId == me && r.Status == RequestStatus.Pending && r.ReachesReceiver
                && !data.PersonBlocks.Any(b => b.BlockerId == me && b.BlockedId == r.FromUserId), cancellationToken)
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
            memory.Forget();
            var name = await data.NameOfAsync(me, currentUser, cancellationToken);
            await mediator.Publish(new MembersNotified([pending.FromUserId], me, name, new Words(typeof(CohortsText), "{0} accepted your request to connect", name), "/connections", NotificationKind.Networking), cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}
