using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications.Sessions;

/// <summary>
/// The seam for live sessions (issue 19, built beside this): a session scheduled, moved or cancelled is told to every
/// member of its cohort but the person who did it, in the app and, by default, by e-mail at once
/// (<see cref="NotificationKind.SessionChange"/>). When <c>SessionScheduled</c>, <c>SessionChanged</c> and
/// <c>SessionCancelled</c> land in Academy.Contracts, one small <c>INotificationHandler</c> each, in this folder, turns its
/// notification into <see cref="NotifyAsync"/>'s words and link (<c>/cohorts/{cohort}/sessions#session-{id}</c>); a
/// cancellation also calls <see cref="SessionReminders.WithdrawAsync"/>.
/// </summary>
internal sealed class SessionNotices(ICohortsData data, IMediator mediator)
{
    public async Task NotifyAsync(string cohortSlug, string actorId, string actorName, string text, string url, CancellationToken cancellationToken)
    {
        var members = await data.CohortMembers
            .Where(member => data.Cohorts.Any(cohort => cohort.Id == member.CohortId && cohort.Slug == cohortSlug))
            .Select(member => member.UserId)
            .ToListAsync(cancellationToken);
        await mediator.Publish(new MembersNotified(members, actorId, actorName, text, url, NotificationKind.SessionChange, cohortSlug), cancellationToken);
    }
}
