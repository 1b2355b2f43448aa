using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Contracts.Sessions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications.Sessions;

/// <summary>
/// A session scheduled, moved or cancelled is told to every member of its cohort but the person who did it, in the app
/// and, by default, by e-mail at once (<see cref="NotificationKind.SessionChange"/>), with when and where in the
/// e-mail; times are written in each reader's own zone. An edit that keeps the time (a better agenda, a typo) is told to nobody: people's calendars follow it
/// through the feed's SEQUENCE. A cancellation also withdraws the session's reminders still waiting in the outbox.
/// </summary>
internal sealed class SessionNotices(ICohortsData data, IMediator mediator, SessionReminders reminders)
    : INotificationHandler<SessionScheduled>, INotificationHandler<SessionChanged>, INotificationHandler<SessionCancelled>
{
    public Task Handle(SessionScheduled notification, CancellationToken cancellationToken)
    {
        var session = notification.Session;
        return NotifyAsync(session.CohortSlug, notification.ActorId, notification.ActorName,
            Line("New live session “{0}”: {1}", session), session.Path, Details(session), cancellationToken);
    }

    public Task Handle(SessionChanged notification, CancellationToken cancellationToken)
    {
        var session = notification.Session;
        return notification.WasMoved
            ? NotifyAsync(session.CohortSlug, notification.ActorId, notification.ActorName,
                Line("Live session “{0}” moved to {1}", session), session.Path, Details(session), cancellationToken)
            : Task.CompletedTask;
    }

    public async Task Handle(SessionCancelled notification, CancellationToken cancellationToken)
    {
        var session = notification.Session;
        await reminders.WithdrawAsync(SessionReminders.SessionKey(session), cancellationToken);
        await NotifyAsync(session.CohortSlug, notification.ActorId, notification.ActorName,
            Line("Live session “{0}” on {1} is cancelled", session), session.Path, [], cancellationToken);
    }

    public async Task NotifyAsync(string cohortSlug, string actorId, string actorName, Words text, string url, IReadOnlyList<Words> emailDetails,
        CancellationToken cancellationToken)
    {
        // The members now, not those the event carried: someone removed meanwhile hears nothing.
        var members = await data.CohortMembers
            .Where(member => data.Cohorts.Any(cohort => cohort.Id == member.CohortId && cohort.Slug == cohortSlug))
            .Select(member => member.UserId)
            .ToListAsync(cancellationToken);
        await mediator.Publish(new MembersNotified(members, actorId, actorName, text, url, NotificationKind.SessionChange, cohortSlug,
            EmailDetails: emailDetails), cancellationToken);
    }

    /// <summary>A line with the session's title and its time, which each reader reads in their own zone.</summary>
    public static Words Line(string key, LiveSessionInfo session) => new(typeof(CohortsText), key, session.Title, When(session));

    public static Moment When(LiveSessionInfo session) => new(session.StartsAt, session.EndsAt);

    /// <summary>What the e-mail says beyond its line: when, where, and the meeting link to join from the e-mail.</summary>
    public static IReadOnlyList<Words> Details(LiveSessionInfo session) =>
    [
        new(typeof(CohortsText), "When: {0}", When(session)),
        .. session.Place is { Length: > 0 } place ? [new Words(typeof(CohortsText), "Where: {0}", place)] : Array.Empty<Words>(),
        .. session.MeetingUrl is { Length: > 0 } link ? [new Words(typeof(CohortsText), "Join online: {0}", link)] : Array.Empty<Words>(),
    ];
}
