using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Connections;

/// <summary>The sender takes back a request that has not been answered.</summary>
public sealed record WithdrawRequestToConnect(Guid RequestId) : IRequest;

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
