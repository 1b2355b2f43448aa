using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications;

internal sealed class GetCohortMembersHandler(ICohortsData data, IMediator mediator) : IRequestHandler<GetCohortMembers, IReadOnlyList<CohortMemberName>>
{
    public async Task<IReadOnlyList<CohortMemberName>> Handle(GetCohortMembers request, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new FindCohort(request.CohortSlug), cancellationToken) is null)
        {
            throw new Academy.Shared.Errors.NotFoundException($"Members of {request.CohortSlug} are not visible to this user.");
        }

        return await (
                from cohort in data.Cohorts
                where cohort.Slug == request.CohortSlug
                join member in data.CohortMembers on cohort.Id equals member.CohortId
                orderby member.DisplayName
                select new CohortMemberName(member.UserId, member.DisplayName, member.Role))
            .ToListAsync(cancellationToken);
    }
}
