using Academy.Cohorts.Data;
using Academy.Contracts.Sessions;
using Academy.Shared.Security;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// A cohort's live sessions for its members (and admins): those not yet ended first, earliest first, then the past
/// ones, latest first, 20 at a time (keyset: <see cref="Before"/> is the number of the last session shown). Three
/// queries whatever the number of sessions: the cohort, the upcoming ones, a page of past ones.
/// </summary>
public sealed record GetSessions(string CohortSlug, int? Before = null) : IRequest<SessionsView>;

/// <param name="OlderBefore">The keyset of the next page of past sessions, if there is one.</param>
public sealed record SessionsView(
    string CohortSlug, string CohortName, bool Teaches, bool IsLearner,
    IReadOnlyList<SessionLine> Upcoming, IReadOnlyList<SessionLine> Past, int? OlderBefore, bool IsFirstPage);

/// <param name="MyAnswer">The reader's own answer, for a learner.</param>
/// <param name="Answers">How many current learners answered each way: for instructors and admins only.</param>
/// <param name="Attended">For a past session whose attendance was taken: how many attended, of how many marked.</param>
public sealed record SessionLine(LiveSessionSummary Session, RsvpAnswer? MyAnswer, RsvpCounts? Answers, bool HasRecording, int? Attended, int? Marked);

public sealed record RsvpCounts(int Going, int Maybe, int NotGoing);

internal sealed class GetSessionsHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<GetSessions, SessionsView>
{
    public const int PageSize = 20;

    public async Task<SessionsView> Handle(GetSessions request, CancellationToken cancellationToken)
    {
        var cohort = await data.VisibleCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var now = clock.GetUtcNow();
        var userId = currentUser.UserId;
        var ofCohort = data.LiveSessions.AsNoTracking().Where(s => s.CohortId == cohort.Id);

        var upcoming = request.Before is null
            ? await Lines(ofCohort.Where(s => s.EndsAt > now).OrderBy(s => s.StartsAt).ThenBy(s => s.Number), userId, cohort.Teaches)
                .ToListAsync(cancellationToken)
            : [];

        var past = ofCohort.Where(s => s.EndsAt <= now);
        if (request.Before is { } before)
        {
            var after = data.LiveSessions.Where(k => k.CohortId == cohort.Id && k.Number == before);
            past = past.Where(s => after.Any(k => s.StartsAt < k.StartsAt || (s.StartsAt == k.StartsAt && s.Number < k.Number)));
        }

        var pastPage = await Lines(past.OrderByDescending(s => s.StartsAt).ThenByDescending(s => s.Number).Take(PageSize + 1), userId, cohort.Teaches)
            .ToListAsync(cancellationToken);
        var more = pastPage.Count > PageSize;
        if (more)
        {
            pastPage.RemoveAt(PageSize);
        }

        SessionLine Line(Row row) => new(
            new LiveSessionSummary(cohort.Slug, row.Number, row.Title, row.StartsAt, row.EndsAt, row.MeetingUrl, row.Place, row.ModuleSlug,
                row.IsCancelled, JoinWindow.IsOpen(row.StartsAt, row.EndsAt, row.IsCancelled, now), now >= row.EndsAt),
            cohort.IsLearner ? row.Mine : null,
            cohort.Teaches ? new RsvpCounts(row.Going, row.Maybe, row.NotGoing) : null,
            row.HasRecording, row.Marked > 0 ? row.Attended : null, row.Marked > 0 ? row.Marked : null);
        return new SessionsView(cohort.Slug, cohort.Name, cohort.Teaches, cohort.IsLearner,
            upcoming.Select(Line).ToList(), pastPage.Select(Line).ToList(), more ? pastPage[^1].Number : null, request.Before is null);
    }

    /// <summary>
    /// Each session with the reader's own answer, in the one query, and for those who teach the answers counted among the
    /// cohort's current members (learners are not shown the counts, so their page does not count every member's answer).
    /// </summary>
    private IQueryable<Row> Lines(IQueryable<Domain.LiveSession> sessions, string userId, bool teaches) => sessions.Select(s => new Row
    {
        Number = s.Number, Title = s.Title, StartsAt = s.StartsAt, EndsAt = s.EndsAt, MeetingUrl = s.MeetingUrl, Place = s.Place,
        ModuleSlug = s.ModuleSlug, IsCancelled = s.IsCancelled, HasRecording = s.RecordingUrl != null,
        Mine = s.Rsvps.Where(r => r.UserId == userId).Select(r => (RsvpAnswer?)r.Answer).FirstOrDefault(),
        Going = !teaches ? 0 : s.Rsvps.Count(r => r.Answer == RsvpAnswer.Going && data.CohortMembers.Any(m => m.CohortId == s.CohortId && m.UserId == r.UserId)),
        Maybe = !teaches ? 0 : s.Rsvps.Count(r => r.Answer == RsvpAnswer.Maybe && data.CohortMembers.Any(m => m.CohortId == s.CohortId && m.UserId == r.UserId)),
        NotGoing = !teaches ? 0 : s.Rsvps.Count(r => r.Answer == RsvpAnswer.NotGoing && data.CohortMembers.Any(m => m.CohortId == s.CohortId && m.UserId == r.UserId)),
        Attended = s.Attendance.Count(a => a.Attended),
        Marked = s.Attendance.Count(),
    });

    private sealed class Row
    {
        public int Number { get; init; }
        public string Title { get; init; } = string.Empty;
        public DateTimeOffset StartsAt { get; init; }
        public DateTimeOffset EndsAt { get; init; }
        public string? MeetingUrl { get; init; }
        public string? Place { get; init; }
        public string? ModuleSlug { get; init; }
        public bool IsCancelled { get; init; }
        public bool HasRecording { get; init; }
        public RsvpAnswer? Mine { get; init; }
        public int Going { get; init; }
        public int Maybe { get; init; }
        public int NotGoing { get; init; }
        public int Attended { get; init; }
        public int Marked { get; init; }
    }
}
