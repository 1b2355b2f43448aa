using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
using Academy.Shared.Email;
using Academy.Shared.Jobs;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Academy.Cohorts.Notifications.Sessions;

/// <summary>
/// Reminders of live sessions, 24 hours and 1 hour before they start (<see cref="NotificationKind.SessionReminder"/>),
/// designed like the reflections' (<c>Reflections/Deadlines/DueReminders</c>): computed from the schedule each time,
/// once per person, session, start and lead (<see cref="OnceKey"/>), so a moved session is reminded of at its new time
/// and a cancelled one is not (it is no longer upcoming, and its e-mails still in the outbox are withdrawn). Members
/// who answered "not going" are not reminded.
/// </summary>
internal sealed class SessionReminders(IMediator mediator, IEmailOutbox email, TimeProvider clock, ILogger<SessionReminders> logger)
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

    public static string SessionKey(LiveSessionInfo session) => session.SessionId.ToString("N");

    public static string OnceKeyPrefix(string sessionKey) => $"session-reminder:{sessionKey}:";

    /// <summary>Per session, start and lead: a new start is a new reminder.</summary>
    public static string OnceKey(string sessionKey, DateTimeOffset startsAt, TimeSpan lead) =>
        $"{OnceKeyPrefix(sessionKey)}{startsAt.UtcDateTime:yyyyMMddTHHmmZ}:{lead.TotalHours:0}h";

    /// <summary>Reminds of every session starting within the next 25 hours whose reminder is due; returns how many sessions.</summary>
    public async Task<int> RemindOfUpcomingAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var reminded = 0;
        foreach (var session in await mediator.Send(new GetUpcomingSessions(now, now + DayBefore + HourBefore), cancellationToken))
        {
            reminded += await RemindAsync(session, now, cancellationToken) is null ? 0 : 1;
        }

        logger.LogInformation("Session reminders: {Sessions} sessions reminded of (each person once per session, start and lead)", reminded);
        return reminded;
    }

    /// <summary>
    /// Reminds the session's members (but those not going) if a reminder is due at <paramref name="now"/>; returns the
    /// lead reminded of, or null. Reminding again in the same window tells nobody twice.
    /// </summary>
    public async Task<TimeSpan?> RemindAsync(LiveSessionInfo session, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (DueLead(session.StartsAt, now) is not { } lead)
        {
            return null;
        }

        var recipients = session.Members.Where(member => member.Answer != RsvpAnswer.NotGoing).Select(member => member.UserId).ToList();
        var line = SessionNotices.Line(lead == HourBefore ? "Live session “{0}” starts within the hour: {1}" : "Live session “{0}” is coming up: {1}", session);
        await mediator.Publish(new MembersNotified(recipients, string.Empty, "Academy", line, session.Path,
            NotificationKind.SessionReminder, session.CohortSlug, OnceKey(SessionKey(session), session.StartsAt, lead), EmailUntil: session.StartsAt,
            EmailDetails: SessionNotices.Details(session)), cancellationToken);
        return lead;
    }

    /// <summary>A cancelled session: its reminder e-mails still waiting in the outbox are not sent.</summary>
    public Task WithdrawAsync(string sessionKey, CancellationToken cancellationToken) =>
        email.WithdrawAsync(OnceKeyPrefix(sessionKey), userId: null, cancellationToken);
}

/// <summary>Runs <see cref="SessionReminders"/> every five minutes, on one instance of however many share the database.</summary>
internal sealed class SessionReminderService(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SessionReminderService> logger)
    : OncePerPeriodJob(scopes, clock, logger)
{
    public override string Name => "session-reminders";

    public override TimeSpan Period => TimeSpan.FromMinutes(5);

    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<SessionReminders>().RemindOfUpcomingAsync(cancellationToken);
}
