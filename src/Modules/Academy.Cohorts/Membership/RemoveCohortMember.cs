using Academy.Cohorts.Data;
using Academy.Cohorts.People;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Membership;

/// <summary>
/// A cohort's instructor (or an admin) removes a learner: their access to the cohort ends at once and they leave
/// its directory and network; what they wrote stays.
/// </summary>
public sealed record RemoveCohortMember(string CohortSlug, string MemberId) : IRequest;

internal sealed class RemoveCohortMemberHandler(ICohortsData data, ICurrentUser currentUser, Academy.Cohorts.People.DirectoryMemory memory) : IRequestHandler<RemoveCohortMember, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RemoveCohortMember request, CancellationToken cancellationToken)
    {
        var people = await CohortPeople.LoadSomeAsync(data, currentUser, request.CohortSlug, [request.MemberId], cancellationToken);
        if (!people.ViewerTeaches || !people.Contains(request.MemberId) || people.RoleOf(request.MemberId) != CohortRole.Learner)
        {
            throw new NotFoundException($"{currentUser.UserId} cannot remove {request.MemberId} from {request.CohortSlug}.");
        }

        await data.CohortMembers.Where(m => m.CohortId == people.CohortId && m.UserId == request.MemberId).ExecuteDeleteAsync(cancellationToken);
        memory.Forget();
        return MediatR.Unit.Value;
    }
}
