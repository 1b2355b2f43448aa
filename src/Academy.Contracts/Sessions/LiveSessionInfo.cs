using Academy.Contracts.Cohorts;

namespace Academy.Contracts.Sessions;

/// <summary>
/// A live session as the Cohorts module saved it, for what other modules do about it (e-mail, reminders): published
/// in <see cref="SessionScheduled"/>, <see cref="SessionChanged"/> and <see cref="SessionCancelled"/>, and answered
/// by <see cref="GetUpcomingSessions"/>.
/// </summary>
/// <param name="SessionId">Stable for the session's life (its calendar UID is <c>session-{SessionId}@academy</c>).</param>
/// <param name="Number">The session's number in its cohort, as its address shows it.</param>
/// <param name="StartsAt">An instant (UTC).</param>
/// <param name="EndsAt">An instant (UTC).</param>
/// <param name="TimeZoneId">The cohort's IANA time zone, in which the instructor entered the times and pages show them.</param>
/// <param name="Path">The session's page, an application path (<c>/cohorts/mba-2026/sessions/3</c>); make it absolute with the public address.</param>
/// <param name="Sequence">The iCalendar SEQUENCE after this change.</param>
/// <param name="Members">The cohort's members at the time (learners and instructors), the people a change concerns.</param>
public sealed record LiveSessionInfo(
    Guid SessionId, int Number, string CohortSlug, string CohortName, string Title, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string TimeZoneId, string? MeetingUrl, string? Place, string? ModuleSlug, bool IsCancelled, string Path, int Sequence,
    IReadOnlyList<SessionMember> Members);

/// <param name="Answer">Their answer to the session, if they gave one.</param>
public sealed record SessionMember(string UserId, string DisplayName, CohortRole Role, RsvpAnswer? Answer = null);
