using System.Linq.Expressions;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Sessions;
using Academy.Shared.Security;
using Academy.Shared.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Academy.Cohorts.Sessions;

/// <summary>
/// A cohort's live sessions for its members (and admins): those not yet ended first, earliest first, then the past
/// ones, latest first, 20 at a time (keyset: <see cref="Before"/> is the number of the last session shown). Three
/// queries whatever the number of sessions, each compiled once for the app: the cohort, the upcoming ones, a page of
/// past ones.
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

    /// <summary>
    /// A session with the reader's own answer, in the one query, and for those who teach the answers counted among the
    /// cohort's current members (learners are not shown the counts, so their page does not count every member's answer).
    /// Declared before the queries that splice it in, as static fields are set in order.
    /// </summary>
    private static readonly Expression<Func<DbContext, LiveSession, string, bool, SessionRow>> LineOf = (context, s, userId, teaches) => new SessionRow
    {
        Number = s.Number, Title = s.Title, StartsAt = s.StartsAt, EndsAt = s.EndsAt, MeetingUrl = s.MeetingUrl, Place = s.Place,
        ModuleSlug = s.ModuleSlug, IsCancelled = s.IsCancelled, HasRecording = s.RecordingUrl != null,
        Mine = s.Rsvps.Where(r => r.UserId == userId).Select(r => (RsvpAnswer?)r.Answer).FirstOrDefault(),
        Going = !teaches ? 0 : s.Rsvps.Count(r => r.Answer == RsvpAnswer.Going && context.Set<CohortMember>().Any(m => m.CohortId == s.CohortId && m.UserId == r.UserId)),
        Maybe = !teaches ? 0 : s.Rsvps.Count(r => r.Answer == RsvpAnswer.Maybe && context.Set<CohortMember>().Any(m => m.CohortId == s.CohortId && m.UserId == r.UserId)),
        NotGoing = !teaches ? 0 : s.Rsvps.Count(r => r.Answer == RsvpAnswer.NotGoing && context.Set<CohortMember>().Any(m => m.CohortId == s.CohortId && m.UserId == r.UserId)),
        Attended = s.Attendance.Count(a => a.Attended),
        Marked = s.Attendance.Count(),
    };

    /// <summary>The cohort's sessions not yet ended, earliest first.</summary>
    private static readonly Expression<Func<DbContext, Guid, DateTimeOffset, IQueryable<LiveSession>>> NotYetEnded = (context, cohortId, now) =>
        context.Set<LiveSession>()
            .Where(s => s.CohortId == cohortId && s.EndsAt > now)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Number);

    /// <summary>One more than a page of the cohort's ended sessions, latest first, after the one numbered <c>before</c> when there is one.</summary>
    private static readonly Expression<Func<DbContext, Guid, DateTimeOffset, int?, IQueryable<LiveSession>>> EndedPage = (context, cohortId, now, before) =>
        context.Set<LiveSession>()
            .Where(s => s.CohortId == cohortId && s.EndsAt <= now)
            .Where(s => before == null || context.Set<LiveSession>().Any(k => k.CohortId == cohortId && k.Number == before
                && (s.StartsAt < k.StartsAt || (s.StartsAt == k.StartsAt && s.Number < k.Number))))
            .OrderByDescending(s => s.StartsAt).ThenByDescending(s => s.Number)
            .Take(PageSize + 1);

    /// <summary>The upcoming sessions' lines; compiled once for the app (<see cref="Data.CohortsQueries"/>).</summary>
    internal static readonly Expression<Func<DbContext, Guid, string, bool, DateTimeOffset, IQueryable<SessionRow>>> UpcomingQuery =
        WithLines<Func<DbContext, Guid, string, bool, DateTimeOffset, IQueryable<SessionRow>>>(NotYetEnded);

    /// <summary>A page of the past sessions' lines; compiled once for the app (<see cref="Data.CohortsQueries"/>).</summary>
    internal static readonly Expression<Func<DbContext, Guid, string, bool, DateTimeOffset, int?, IQueryable<SessionRow>>> PastQuery =
        WithLines<Func<DbContext, Guid, string, bool, DateTimeOffset, int?, IQueryable<SessionRow>>>(EndedPage);

    public async Task<SessionsView> Handle(GetSessions request, CancellationToken cancellationToken)
    {
        var cohort = await data.VisibleCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var now = clock.GetUtcNow();
        var userId = currentUser.UserId;

        var upcoming = request.Before is null
            ? await data.UpcomingSessionLines(cohort.Id, userId, cohort.Teaches, now).ToListAsync(cancellationToken)
            : [];
        var pastPage = await data.PastSessionLines(cohort.Id, userId, cohort.Teaches, now, request.Before).ToListAsync(cancellationToken);
        var more = pastPage.Count > PageSize;
        if (more)
        {
            pastPage.RemoveAt(PageSize);
        }

        SessionLine Line(SessionRow row) => new(
            new LiveSessionSummary(cohort.Slug, row.Number, row.Title, row.StartsAt, row.EndsAt, row.MeetingUrl, row.Place, row.ModuleSlug,
                row.IsCancelled, JoinWindow.IsOpen(row.StartsAt, row.EndsAt, row.IsCancelled, now), now >= row.EndsAt),
            cohort.IsLearner ? row.Mine : null,
            cohort.Teaches ? new RsvpCounts(row.Going, row.Maybe, row.NotGoing) : null,
            row.HasRecording, row.Marked > 0 ? row.Attended : null, row.Marked > 0 ? row.Marked : null);
        return new SessionsView(cohort.Slug, cohort.Name, cohort.Teaches, cohort.IsLearner,
            upcoming.Select(Line).ToList(), pastPage.Select(Line).ToList(), more ? pastPage[^1].Number : null, request.Before is null);
    }

    /// <summary>
    /// The sessions that <paramref name="sessions"/> (the context, the cohort, then its own parameters) chooses, each
    /// read as <see cref="LineOf"/> reads it: one projection spliced into each list's query, so that both compile. The
    /// result takes the context, the cohort, the reader, whether they teach, then the list's own parameters.
    /// </summary>
    private static Expression<TQuery> WithLines<TQuery>(LambdaExpression sessions) where TQuery : Delegate
    {
        var (context, cohortId) = (sessions.Parameters[0], sessions.Parameters[1]);
        var userId = Expression.Parameter(typeof(string), "userId");
        var teaches = Expression.Parameter(typeof(bool), "teaches");
        var line = new ReplacingExpressionVisitor([LineOf.Parameters[0], LineOf.Parameters[2], LineOf.Parameters[3]], [context, userId, teaches])
            .Visit(LineOf.Body);
        var lines = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(LiveSession), typeof(SessionRow)],
            sessions.Body, Expression.Quote(Expression.Lambda<Func<LiveSession, SessionRow>>(line, LineOf.Parameters[1])));
        return Expression.Lambda<TQuery>(lines, [context, cohortId, userId, teaches, .. sessions.Parameters.Skip(2)]);
    }
}

/// <summary>A session as the sessions page lists it (<see cref="GetSessionsHandler"/>).</summary>
internal sealed class SessionRow
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
