using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using Academy.Shared.Email;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications.Sessions;

/// <summary>
/// The seam for live sessions' reminders, 24 hours and 1 hour before a session starts
/// (<see cref="NotificationKind.SessionReminder"/>), designed like the reflections' (<c>Reflections/Deadlines/DueReminders</c>):
/// computed from the schedule each time, once per person, session, start and lead (<see cref="OnceKey"/>), so a moved
/// session is reminded of at its new time and a cancelled one is not (it is no longer upcoming, and its e-mails still
/// in the outbox are withdrawn). After the merge a <c>OncePerPeriodJob</c> ("session-reminders", every five minutes)
/// asks <c>GetUpcomingSessions(now, now + 25 h)</c> and hands each session to <see cref="RemindAsync"/>.
/// </summary>
internal sealed class SessionReminders(ICohortsData data, IMediator mediator, IEmailOutbox email)
{
    public static readonly TimeSpan DayBefore = TimeSpan.FromHours(24);
    public static readonly TimeSpan HourBefore = TimeSpan.FromHours(1);

    /// <summary>
    /// The reminder due at <paramref name="now"/> for a session starting at <paramref name="startsAt"/>: the day-before one
    /// from 24 hours before until an hour before, then the hour-before one until the start; none otherwise. A job that
    /// missed the first window sends only the second.
    /// </summary>
    public static TimeSpan? DueLead(DateTimeOffset startsAt, DateTimeOffset now) =>
        now >= startsAt ? null
        : now >= startsAt - HourBefore ? HourBefore
        : now >= startsAt - DayBefore ? DayBefore
        : null;

    public static string OnceKeyPrefix(string sessionKey) => $"session-reminder:{sessionKey}:";

    /// <summary>Per session, start and lead: a new start is a new reminder.</summary>
    public static string OnceKey(string sessionKey, DateTimeOffset startsAt, TimeSpan lead) =>
        $"{OnceKeyPrefix(sessionKey)}{startsAt.UtcDateTime:yyyyMMddTHHmmZ}:{lead.TotalHours:0}h";

    /// <summary>
    /// Reminds <paramref name="attendeeIds"/> (or, null, every member of the cohort) of the session if a reminder is due
    /// now; returns the lead reminded of, or null. Publishing it again in the same window tells nobody twice.
    /// </summary>
    public async Task<TimeSpan?> RemindAsync(string cohortSlug, string sessionKey, string title, DateTimeOffset startsAt, string url,
        IReadOnlyList<string>? attendeeIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (DueLead(startsAt, now) is not { } lead)
        {
            return null;
        }

        var recipients = attendeeIds ?? await data.CohortMembers
            .Where(member => data.Cohorts.Any(cohort => cohort.Id == member.CohortId && cohort.Slug == cohortSlug))
            .Select(member => member.UserId)
            .ToListAsync(cancellationToken);
        var when = lead == HourBefore ? "in an hour" : "tomorrow at this time";
        await mediator.Publish(new MembersNotified(recipients, string.Empty, "Academy", $"Live session “{title}” starts {when}", url,
            NotificationKind.SessionReminder, cohortSlug, OnceKey(sessionKey, startsAt, lead), EmailUntil: startsAt), cancellationToken);
        return lead;
    }

    /// <summary>A cancelled session: its reminder e-mails still waiting in the outbox are not sent.</summary>
    public Task WithdrawAsync(string sessionKey, CancellationToken cancellationToken) =>
        email.WithdrawAsync(OnceKeyPrefix(sessionKey), userId: null, cancellationToken);
}
