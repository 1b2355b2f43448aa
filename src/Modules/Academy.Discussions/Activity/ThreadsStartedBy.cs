using Academy.Contracts.Cohorts;
using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Threads;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Activity;

/// <summary>A member's threads in a cohort, newest first, for their profile; only the cohort's members ask.</summary>
internal sealed class GetThreadsStartedByHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GetThreadsStartedBy, IReadOnlyList<ActivityItem>>
{
    public async Task<IReadOnlyList<ActivityItem>> Handle(GetThreadsStartedBy request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        return await data.VisibleThreads(participant).AsNoTracking()
            .Where(thread => thread.AuthorId == request.MemberId)
            .OrderByDescending(thread => thread.CreatedAt)
            .Take(10)
            .Select(thread => new ActivityItem(thread.Title, "/cohorts/" + thread.CohortSlug + "/discussions/" + thread.Number, thread.CreatedAt))
            .ToListAsync(cancellationToken);
    }
}
