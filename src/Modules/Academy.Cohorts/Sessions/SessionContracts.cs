using System.Linq.Expressions;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Sessions;

/// <summary>The module page's sessions: those tied to the module, upcoming ones even when cancelled (so people see it), past ones that took place.</summary>
internal sealed class GetModuleSessionsHandler(ICohortsData data, SessionSchedules schedules, TimeProvider clock)
    : IRequestHandler<GetModuleSessions, IReadOnlyList<LiveSessionSummary>>
{
    public async Task<IReadOnlyList<LiveSessionSummary>> Handle(GetModuleSessions request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cohorts = await schedules.OfAsync(data, [request.CohortSlug], cancellationToken);
        return cohorts.TryGetValue(request.CohortSlug, out var cohort)
            ? cohort.Sessions.Where(s => s.ModuleSlug == request.ModuleSlug && (!s.IsCancelled || s.EndsAt > now)).Select(s => s.SummaryIn(cohort.CohortSlug, now)).ToList()
            : [];
    }
}

/// <summary>The caller's enrolments with each cohort's next session, read together: My learning's one question to this module.</summary>
internal sealed class GetMyEnrolmentsWithNextSessionsHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetMyEnrolmentsWithNextSessions, IReadOnlyList<EnrolmentWithNextSession>>
{
    /// <summary>
    /// A user's enrolments, newest cohort first, each with its next session not cancelled that has not ended by
    /// <c>now</c>. The home page of everyone signed in asks it, so it is compiled once for the app
    /// (<see cref="Data.CohortsQueries"/>).
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, DateTimeOffset, IQueryable<EnrolmentWithNextSessionRow>>> EnrolmentsWithNextSessionQuery =
        (context, userId, now) =>
            from member in context.Set<CohortMember>()
            where member.UserId == userId
            join cohort in context.Set<Cohort>() on member.CohortId equals cohort.Id
            // The next session joined by its id, found by a scalar subquery: a list of at most one (Take(1).ToList()) had
            // EF number every session of the cohort with a window function, a longer statement that SQLite prepares anew
            // on every request.
            let nextId = context.Set<LiveSession>()
                .Where(session => session.CohortId == cohort.Id && !session.IsCancelled && session.EndsAt > now)
                .OrderBy(session => session.StartsAt).ThenBy(session => session.Number)
                .Select(session => (Guid?)session.Id)
                .FirstOrDefault()
            join session in context.Set<LiveSession>() on nextId equals (Guid?)session.Id into nextSessions
            from next in nextSessions.DefaultIfEmpty()
            orderby cohort.StartsOn descending, cohort.Name
            select new EnrolmentWithNextSessionRow(
                new Enrolment(cohort.Slug, cohort.Name, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone, member.Role,
                    context.Set<LiveSession>().Any(session => session.CohortId == cohort.Id)),
                next == null ? null : new ScheduledSession(next.Number, next.Title, next.StartsAt, next.EndsAt, next.MeetingUrl, next.Place, next.ModuleSlug, next.IsCancelled));

    public async Task<IReadOnlyList<EnrolmentWithNextSession>> Handle(GetMyEnrolmentsWithNextSessions request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await data.EnrolmentsWithNextSession(currentUser.UserId, now).ToListAsync(cancellationToken);
        return rows.Select(row => new EnrolmentWithNextSession(row.Enrolment,
                row.Next?.SummaryIn(row.Enrolment.CohortSlug, now)))
            .ToList();
    }
}

/// <summary>An enrolment with its cohort's next session, if there is one, as <see cref="GetMyEnrolmentsWithNextSessionsHandler.EnrolmentsWithNextSessionQuery"/> reads it.</summary>
internal sealed record EnrolmentWithNextSessionRow(Enrolment Enrolment, ScheduledSession? Next);

/// <summary>For reminders: every cohort's sessions starting in the window, then their cohorts' members and answers (two queries).</summary>
internal sealed class GetUpcomingSessionsHandler(ICohortsData data) : IRequestHandler<GetUpcomingSessions, IReadOnlyList<LiveSessionInfo>>
{
    public async Task<IReadOnlyList<LiveSessionInfo>> Handle(GetUpcomingSessions request, CancellationToken cancellationToken)
    {
        var earliest = request.From.ToUniversalTime();
        var latest = request.To.ToUniversalTime();
        var sessions = await (
                from session in data.LiveSessions
                where session.StartsAt >= earliest && session.StartsAt < latest && !session.IsCancelled
                join cohort in data.Cohorts on session.CohortId equals cohort.Id
                orderby session.StartsAt, cohort.Slug, session.Number
                select new
                {
                    session.Id, session.CohortId, session.Number, cohort.Slug, cohort.Name, session.Title, session.StartsAt, session.EndsAt, cohort.TimeZone,
                    session.MeetingUrl, session.Place, session.ModuleSlug, session.Sequence,
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (sessions.Count == 0)
        {
            return [];
        }

        var cohortIds = sessions.Select(s => s.CohortId).Distinct().ToList();
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var members = (await data.CohortMembers.AsNoTracking().Where(m => cohortIds.Contains(m.CohortId)).OrderBy(m => m.DisplayName)
                .Select(m => new { m.CohortId, m.UserId, m.DisplayName, m.Role }).ToListAsync(cancellationToken))
            .ToLookup(m => m.CohortId);
        var answers = (await data.SessionRsvps.AsNoTracking().Where(r => sessionIds.Contains(r.SessionId))
                .Select(r => new { r.SessionId, r.UserId, r.Answer }).ToListAsync(cancellationToken))
            .ToDictionary(r => (r.SessionId, r.UserId), r => r.Answer);
        return sessions.Select(s => new LiveSessionInfo(s.Id, s.Number, s.Slug, s.Name, s.Title, s.StartsAt, s.EndsAt, s.TimeZone, s.MeetingUrl, s.Place,
                s.ModuleSlug, IsCancelled: false, $"/cohorts/{s.Slug}/sessions/{s.Number}", s.Sequence,
                members[s.CohortId].Select(m => new SessionMember(m.UserId, m.DisplayName, m.Role,
                    answers.TryGetValue((s.Id, m.UserId), out var answer) ? answer : null)).ToList()))
            .ToList();
    }
}
