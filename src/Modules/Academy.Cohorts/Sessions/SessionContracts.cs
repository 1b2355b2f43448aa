using Academy.Cohorts.Data;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
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
            ? cohort.Sessions.Where(s => s.ModuleSlug == request.ModuleSlug && (!s.IsCancelled || s.EndsAt > now)).Select(s => cohort.Summary(s, now)).ToList()
            : [];
    }
}

internal sealed class GetNextSessionsHandler(ICohortsData data, SessionSchedules schedules, TimeProvider clock)
    : IRequestHandler<GetNextSessions, IReadOnlyDictionary<string, LiveSessionSummary>>
{
    public async Task<IReadOnlyDictionary<string, LiveSessionSummary>> Handle(GetNextSessions request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cohorts = await schedules.OfAsync(data, request.CohortSlugs, cancellationToken);
        var next = new Dictionary<string, LiveSessionSummary>(StringComparer.Ordinal);
        foreach (var cohort in cohorts.Values)
        {
            if (cohort.NextAt(now) is { } session)
            {
                next[cohort.CohortSlug] = cohort.Summary(session, now);
            }
        }

        return next;
    }
}

/// <summary>For reminders: every cohort's sessions starting in the window, with the members and their answers, in one query.</summary>
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
                    session.Id, session.Number, cohort.Slug, cohort.Name, session.Title, session.StartsAt, session.EndsAt, cohort.TimeZone,
                    session.MeetingUrl, session.Place, session.ModuleSlug, session.Sequence,
                    Members = data.CohortMembers.Where(m => m.CohortId == cohort.Id).OrderBy(m => m.DisplayName)
                        .Select(m => new
                        {
                            m.UserId, m.DisplayName, m.Role,
                            Answer = data.SessionRsvps.Where(r => r.SessionId == session.Id && r.UserId == m.UserId).Select(r => (RsvpAnswer?)r.Answer).FirstOrDefault(),
                        })
                        .ToList(),
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return sessions.Select(s => new LiveSessionInfo(s.Id, s.Number, s.Slug, s.Name, s.Title, s.StartsAt, s.EndsAt, s.TimeZone, s.MeetingUrl, s.Place,
                s.ModuleSlug, IsCancelled: false, $"/cohorts/{s.Slug}/sessions/{s.Number}", s.Sequence,
                s.Members.Select(m => new SessionMember(m.UserId, m.DisplayName, m.Role, m.Answer)).ToList()))
            .ToList();
    }
}
