using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Membership;

/// <summary>Keeps the display name copied into memberships and the profile in step with the account.</summary>
internal sealed class MemberRenamedHandler(ICohortsData data, Academy.Cohorts.People.DirectoryMemory memory) : INotificationHandler<MemberRenamed>
{
    public async Task Handle(MemberRenamed notification, CancellationToken cancellationToken)
    {
        await data.CohortMembers.Where(member => member.UserId == notification.UserId)
            .ExecuteUpdateAsync(member => member.SetProperty(m => m.DisplayName, notification.DisplayName), cancellationToken);
        await data.MemberProfiles.Where(profile => profile.UserId == notification.UserId)
            .ExecuteUpdateAsync(profile => profile.SetProperty(p => p.DisplayName, notification.DisplayName), cancellationToken);
        memory.Forget();
    }
}
