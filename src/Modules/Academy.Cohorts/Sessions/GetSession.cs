using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Contracts.Sessions;
using Academy.Shared.Errors;
using Academy.Shared.Localization;
using Academy.Shared.Security;
using Academy.Shared.Time;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// One live session for the cohort's members (and admins): when, where and the agenda; afterwards the recording and
/// notes. A learner sees their own answer and whether they were marked present; instructors see every learner's answer
/// and the attendance list.
/// </summary>
public sealed record GetSession(string CohortSlug, int Number) : IRequest<SessionView>;

/// <param name="Learners">For instructors and admins: each current learner with their answer and whether they attended (null until marked).</param>
/// <param name="IAttended">For a learner: whether they were marked present, once attendance was taken.</param>
public sealed record SessionView(
    string CohortSlug, string CohortName, string CourseSlug, bool Teaches, bool IsLearner, LiveSessionSummary Session, string AgendaHtml,
    MarkupString? ModuleTitle, string? RecordingUrl, string NotesMarkdown, string NotesHtml, bool HasStarted, DateTimeOffset? AttendanceTakenAt,
    RsvpAnswer? MyAnswer, bool? IAttended, RsvpCounts Answers, IReadOnlyList<LearnerAtSession>? Learners)
{
    public string Path => Session.Path;
}

public sealed record LearnerAtSession(string UserId, string Name, RsvpAnswer? Answer, bool? Attended);

internal sealed class GetSessionHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<GetSession, SessionView>
{
    public async Task<SessionView> Handle(GetSession request, CancellationToken cancellationToken)
    {
        var cohort = await data.VisibleCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var userId = currentUser.UserId;
        var session = await data.LiveSessions.AsNoTracking()
                          .Where(s => s.CohortId == cohort.Id && s.Number == request.Number)
                          .Select(s => new
                          {
                              s.Id, s.Number, s.Title, s.AgendaHtml, s.StartsAt, s.EndsAt, s.MeetingUrl, s.Place, s.ModuleSlug, s.IsCancelled, s.RecordingUrl,
                              s.NotesMarkdown, s.NotesHtml, s.AttendanceTakenAt,
                          })
                          .SingleOrDefaultAsync(cancellationToken)
                      ?? throw new NotFoundException($"Session {request.Number} is not in {request.CohortSlug}.");

        // The cohort's learners now, each with their answer and attendance (a learner reads them for the counts and their own).
        var learners = await data.CohortMembers.AsNoTracking()
            .Where(m => m.CohortId == cohort.Id && m.Role == CohortRole.Learner)
            .Select(m => new LearnerAtSession(m.UserId, m.DisplayName,
                data.SessionRsvps.Where(r => r.SessionId == session.Id && r.UserId == m.UserId).Select(r => (RsvpAnswer?)r.Answer).FirstOrDefault(),
                data.SessionAttendance.Where(a => a.SessionId == session.Id && a.UserId == m.UserId).Select(a => (bool?)a.Attended).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        learners = learners.OrderBy(l => l.Name, StringComparer.CurrentCultureIgnoreCase).ToList(); // in the reader's collation (Å, Ä, Ö after Z in Finnish)

        MarkupString? moduleTitle = null;
        if (session.ModuleSlug is { } moduleSlug)
        {
            var schedule = await mediator.Send(new GetCohortSchedule(cohort.CourseSlug, cohort.Slug, cohort.StartsOn, cohort.TimeZone), cancellationToken);
            moduleTitle = schedule.Modules.FirstOrDefault(m => m.Slug == moduleSlug) is { } module
                ? LocalizedMarkup.WithContent(t["Module {0}: {1}"].Value, module.Number, new ContentText(module.Title, schedule.CourseLanguage)) // the module's title is course content
                : null;
        }

        var now = clock.GetUtcNow();
        var mine = learners.FirstOrDefault(l => l.UserId == userId);
        return new SessionView(cohort.Slug, cohort.Name, cohort.CourseSlug, cohort.Teaches, cohort.IsLearner,
            new LiveSessionSummary(cohort.Slug, session.Number, session.Title, session.StartsAt, session.EndsAt, session.MeetingUrl,
                session.Place, session.ModuleSlug, session.IsCancelled, JoinWindow.IsOpen(session.StartsAt, session.EndsAt, session.IsCancelled, now),
                now >= session.EndsAt),
            session.AgendaHtml, moduleTitle, session.RecordingUrl, session.NotesMarkdown, session.NotesHtml, now >= session.StartsAt, session.AttendanceTakenAt,
            cohort.IsLearner ? mine?.Answer : null, cohort.IsLearner && session.AttendanceTakenAt is not null ? mine?.Attended ?? false : null,
            new RsvpCounts(learners.Count(l => l.Answer == RsvpAnswer.Going), learners.Count(l => l.Answer == RsvpAnswer.Maybe),
                learners.Count(l => l.Answer == RsvpAnswer.NotGoing)),
            cohort.Teaches ? learners : null);
    }
}
