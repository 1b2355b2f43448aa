using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Cohorts.Connections;

/// <summary>The introducer chooses not to pass it on; the person it was about never hears of it.</summary>
public sealed record DeclineIntroduction(Guid IntroductionId) : IRequest;

internal sealed class DeclineIntroductionHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<DeclineIntroduction, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(DeclineIntroduction request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var introduction = await data.AskedOfAsync(request.IntroductionId, me, cancellationToken);
        introduction.Decide(IntroductionStatus.Declined, clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
