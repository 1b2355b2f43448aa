using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Notifications.Sessions;

/// <summary>
/// A session scheduled, moved or cancelled is told to every member of its cohort but the person who did it, in the app
/// and, by default, by e-mail at once (<see cref="NotificationKind.SessionChange"/>), with when and where in the
/// e-mail. An edit that keeps the time (a better agenda, a typo) is told to nobody: people's calendars follow it
/// through the feed's SEQUENCE. A cancellation also withdraws the session's reminders still waiting in the outbox.
/// </summary>
internal sealed class SessionNotices(ICohortsData data, IMediator mediator, SessionReminders reminders)
    : INotificationHandler<SessionScheduled>, INotificationHandler<SessionChanged>, INotificationHandler<SessionCancelled>
{
    public Task Handle(SessionScheduled notification, CancellationToken cancellationToken)
    {
        var session = notification.Session;
        return NotifyAsync(session.CohortSlug, notification.ActorId, notification.ActorName,
            $"New live session “{session.Title}”: {When(session)}", session.Path, Details(session), cancellationToken);
    }

    public Task Handle(SessionChanged notification, CancellationToken cancellationToken)
    {
        var session = notification.Session;
        return notification.WasMoved
            ? NotifyAsync(session.CohortSlug, notification.ActorId, notification.ActorName,
                $"Live session “{session.Title}” moved to {When(session)}", session.Path, Details(session), cancellationToken)
            : Task.CompletedTask;
    }

    public async Task Handle(SessionCancelled notification, CancellationToken cancellationToken)
    {
        var session = notification.Session;
        await reminders.WithdrawAsync(SessionReminders.SessionKey(session), cancellationToken);
        await NotifyAsync(session.CohortSlug, notification.ActorId, notification.ActorName,
            $"Live session “{session.Title}” on {When(session)} is cancelled", session.Path, [], cancellationToken);
    }

    public async Task NotifyAsync(string cohortSlug, string actorId, string actorName, string text, string url, IReadOnlyList<string> emailDetails,
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

    /// <summary>"Thursday 19 March 2026, 17:00–18:30 Helsinki time (EET)": the cohort's zone, which the instructor entered it in.</summary>
    public static string When(LiveSessionInfo session) => ZonedTime.Span(session.StartsAt, session.EndsAt, session.TimeZoneId);

    /// <summary>What the e-mail says beyond its line: where, and the meeting link to join from the e-mail.</summary>
    public static IReadOnlyList<string> Details(LiveSessionInfo session) =>
    [
        $"When: {When(session)}",
        .. session.Place is { Length: > 0 } place ? [$"Where: {place}"] : Array.Empty<string>(),
        .. session.MeetingUrl is { Length: > 0 } link ? [$"Join online: {link}"] : Array.Empty<string>(),
    ];
}
