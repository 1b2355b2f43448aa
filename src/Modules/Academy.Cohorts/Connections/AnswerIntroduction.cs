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

/// <summary>The person introduced accepts (they are connected, "introduced by ...") or ignores (nobody is told).</summary>
public sealed record AnswerIntroduction(Guid IntroductionId, bool Accept) : IRequest;

internal sealed class AnswerIntroductionHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock, Academy.Cohorts.People.DirectoryMemory memory)
    : IRequestHandler<AnswerIntroduction, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(AnswerIntroduction request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var introduction = await data.Introductions
            .SingleOrDefaultAsync(i => i.Id == request.IntroductionId && i.TargetId == me && i.Status == IntroductionStatus.Forwarded
                && !data.PersonBlocks.Any(b => b.BlockerId == me && (b.BlockedId == i.RequesterId || b.BlockedId == i.IntroducerId)), cancellationToken)
            ?? throw new NotFoundException($"No introduction {request.IntroductionId} waits for {me}.");
        var now = clock.GetUtcNow();
        introduction.Decide(request.Accept ? IntroductionStatus.Accepted : IntroductionStatus.Ignored, now);
        if (request.Accept)
        {
            await data.ConnectAsync(me, introduction.RequesterId, introduction.IntroducerId, now, cancellationToken);
        }

        await data.SaveChangesAsync(cancellationToken);
        if (request.Accept)
        {
            memory.Forget();
            var name = await data.NameOfAsync(me, currentUser, cancellationToken);
            var requester = await data.NameOfAsync(introduction.RequesterId, currentUser, cancellationToken);
            await mediator.Publish(new MembersNotified([introduction.RequesterId], me, name,
                new Words(typeof(CohortsText), "{0} accepted the introduction: you are now connected", name), "/connections", NotificationKind.Networking), cancellationToken);
            await mediator.Publish(new MembersNotified([introduction.IntroducerId], me, name,
                new Words(typeof(CohortsText), "{0} and {1} are now connected, thanks to your introduction", name, requester), "/connections", NotificationKind.Networking), cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}
