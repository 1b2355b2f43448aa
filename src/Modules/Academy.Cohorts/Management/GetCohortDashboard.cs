using System.Globalization;
using System.Text;
using Academy.Cohorts.Data;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Teaching;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Management;

/// <summary>
/// The instructor's view of a cohort: one queue of what needs them (reflections to review, extension requests,
/// unanswered threads, flagged posts, learners quiet for a week or who missed the last two live sessions), oldest first,
/// <see cref="AttentionPosition.PageSize"/> at a time after <see cref="AttentionAfter"/>, and how the cohort engages,
/// live sessions' attendance included.
/// </summary>
public sealed record GetCohortDashboard(string CohortSlug, AttentionPosition? AttentionAfter = null) : IRequest<CohortDashboard>;

/// <param name="NeedsAttention">One page of the queue.</param>
/// <param name="AttentionCount">How many things need attention in all, on this page and the others.</param>
/// <param name="NextAttention">Where the queue's next page starts; null on the last page.</param>
public sealed record CohortDashboard(
    string CohortSlug, string CohortName, IReadOnlyList<AttentionItem> NeedsAttention, int AttentionCount, AttentionPosition? NextAttention,
    IReadOnlyList<ModuleFunnelStep> Funnel, IReadOnlyList<ChartPoint> PostsPerWeek, IReadOnlyList<ChartPoint> SubmissionsPerModule,
    IReadOnlyList<SessionAttendanceLine> Attendance, string CourseLanguage)
{
    /// <summary>The three charts as one CSV (chart, label, value), for spreadsheets.</summary>
    internal string ToCsv(IStringLocalizer<CohortsText> t)
    {
        var csv = new StringBuilder(t["chart,label,value"]).Append('\n');
        string Quoted(string text) => text.Replace("\"", "\"\"", StringComparison.Ordinal);
        var (opened, completed, posts, submissions, attended) = (Quoted(t["modules opened"]), Quoted(t["modules completed"]), Quoted(t["CSV: posts per week"]),
            Quoted(t["reflection submissions"]), Quoted(t["session attendance"]));
        foreach (var step in Funnel)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{opened},\"{Quoted(t["Module {0}", step.Number])}\",{step.Opened}\n");
            csv.Append(CultureInfo.InvariantCulture, $"{completed},\"{Quoted(t["Module {0}", step.Number])}\",{step.Completed}\n");
        }

        foreach (var point in PostsPerWeek)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{posts},\"{point.Label}\",{point.Value}\n");
        }

        foreach (var point in SubmissionsPerModule)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{submissions},\"{point.Label}\",{point.Value}\n");
        }

        foreach (var session in Attendance.OrderBy(session => session.StartsAt))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{attended},\"{Quoted(session.Title)} ({session.StartsAt:yyyy-MM-dd})\",{session.Attended}\n");
        }

        return csv.ToString();
    }
}

/// <summary>A past live session whose attendance was taken: how many of the learners marked attended.</summary>
public sealed record SessionAttendanceLine(int Number, string Title, DateTimeOffset StartsAt, int Attended, int Marked)
{
    public string Path(string cohortSlug) => $"/cohorts/{cohortSlug}/sessions/{Number}";
}

internal sealed class GetCohortDashboardHandler(
    ICohortsData data, ICurrentUser currentUser, Membership.EnrolmentsOfThisRequest known, IMediator mediator, LearnerEngagementMemory memory, People.DirectoryMemory directory, TimeProvider clock,
    IStringLocalizer<CohortsText> t)
    : IRequestHandler<GetCohortDashboard, CohortDashboard>
{
    public async Task<CohortDashboard> Handle(GetCohortDashboard request, CancellationToken cancellationToken) =>
        await CohortDashboards.BuildAsync(await TaughtCohort.LoadAsync(data, currentUser, known, directory, request.CohortSlug, cancellationToken),
            request.AttentionAfter, data, mediator, memory, clock.GetUtcNow(), t, cancellationToken);
}

/// <summary>
/// The dashboard in a number of commands that does not grow with the cohort: the other modules' parts of the queue and
/// their figures (each a page and aggregates), and the cohort's learners as <see cref="LearnerEngagementMemory"/> keeps them
/// (quiet ones and those who missed sessions, each in the queue's order, and the sessions' attendance), from which a page is
/// taken. When they are not kept, they are worked out: the sessions' attendance counted per session, one row per learner
/// with when they joined and since when they have missed the last two sessions (worked out in the database), and each
/// learner's latest activity from the other modules' figures.
/// </summary>
internal static class CohortDashboards
{
    public static readonly TimeSpan QuietAfter = TimeSpan.FromDays(7);

    public static async Task<CohortDashboard> BuildAsync(TaughtCohort cohort, AttentionPosition? after, ICohortsData data, IMediator mediator,
        LearnerEngagementMemory memory, DateTimeOffset now, IStringLocalizer<CohortsText> t, CancellationToken cancellationToken)
    {
        var generation = memory.Generation;
        var kept = memory.Of(cohort.CohortId);
        var withLastActivity = kept is null;
        var reflections = await mediator.Send(new GetReflectionsAttention(cohort.CohortSlug, after, withLastActivity), cancellationToken);
        var discussions = await mediator.Send(new GetDiscussionsAttention(cohort.CohortSlug, after, withLastActivity), cancellationToken);
        var learning = await mediator.Send(new GetLearningProgress(cohort.CohortSlug, withLastActivity), cancellationToken);
        if (kept is null)
        {
            kept = await LearnerEngagementAsync(cohort.CohortId, data, [learning.LastActivity, discussions.LastActivity, reflections.LastActivity], cancellationToken);
            memory.Keep(cohort.CohortId, kept, generation);
        }

        var activeBy = now - QuietAfter;
        var quiet = kept.QuietAfter(after, activeBy)
            .Select(learner => new AttentionItem(AttentionSource.QuietLearner, learner.UserId, t["Quiet learner"],
                t["{0} has not been active since {1}", learner.DisplayName, learner.At.ToString(t["d MMM"], CultureInfo.CurrentCulture)],
                $"/cohorts/{cohort.CohortSlug}/people/{learner.UserId}", learner.At));
        var missed = kept.MissedAfter(after)
            .Select(learner => new AttentionItem(AttentionSource.MissedSessions, learner.UserId, t["Missed sessions"],
                t["{0} missed the last two live sessions", learner.DisplayName], $"/cohorts/{cohort.CohortSlug}/people/{learner.UserId}", learner.At));

        var (page, next) = AttentionPosition.PageOf([reflections.Items, discussions.Items, quiet, missed]);
        return new CohortDashboard(cohort.CohortSlug, cohort.CohortName, page, reflections.Count + discussions.Count + kept.QuietCount(activeBy) + kept.MissedCount, next,
            learning.Funnel, discussions.PostsPerWeek, reflections.SubmissionsPerModule, kept.Attendance, learning.CourseLanguage);
    }

    /// <summary>The cohort's learners by latest activity (or when they joined) and by missed sessions, and the sessions' attendance, read whole.</summary>
    private static async Task<LearnerEngagement> LearnerEngagementAsync(Guid cohortId, ICohortsData data,
        IReadOnlyList<IReadOnlyDictionary<string, DateTimeOffset>> lastActivity, CancellationToken cancellationToken)
    {
        // Live sessions whose attendance was taken, latest first, with how many of the current learners were marked and attended.
        var learners = data.CohortMembers.Where(m => m.CohortId == cohortId && m.Role == CohortRole.Learner);
        var attendance = await (
                from session in data.LiveSessions
                where session.CohortId == cohortId && !session.IsCancelled && session.AttendanceTakenAt != null
                orderby session.StartsAt descending, session.Number descending
                select new SessionAttendanceLine(session.Number, session.Title, session.StartsAt,
                    data.SessionAttendance.Count(a => a.SessionId == session.Id && a.Attended && learners.Any(m => m.UserId == a.UserId)),
                    data.SessionAttendance.Count(a => a.SessionId == session.Id && learners.Any(m => m.UserId == a.UserId))))
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        // Each learner once: when they joined and, when they were marked absent at the two latest sessions they were marked at,
        // when the earlier of the two began.
        var marked =
            from mark in data.SessionAttendance
            join session in data.LiveSessions on mark.SessionId equals session.Id
            where session.CohortId == cohortId && !session.IsCancelled && session.AttendanceTakenAt != null
            select new { mark.UserId, mark.Attended, session.StartsAt, session.Number };
        var rows = await learners
            .Select(member => new
            {
                member.UserId, member.DisplayName, member.JoinedAt,
                MissedTwo = marked.Where(mark => mark.UserId == member.UserId)
                    .OrderByDescending(mark => mark.StartsAt).ThenByDescending(mark => mark.Number).Take(2)
                    .Count(mark => !mark.Attended) == 2,
                SecondLast = marked.Where(mark => mark.UserId == member.UserId)
                    .OrderByDescending(mark => mark.StartsAt).ThenByDescending(mark => mark.Number)
                    .Select(mark => (DateTimeOffset?)mark.StartsAt).Skip(1).FirstOrDefault(),
            })
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        // A learner's latest visit, post or reflection, counted from when they joined.
        DateTimeOffset LastActive(string userId, DateTimeOffset joinedAt)
        {
            var last = joinedAt;
            foreach (var activity in lastActivity)
            {
                if (activity.TryGetValue(userId, out var at) && at > last)
                {
                    last = at;
                }
            }

            return last;
        }

        return LearnerEngagement.Of(
            rows.Select(member => new LearnerMoment(member.UserId, member.DisplayName, LastActive(member.UserId, member.JoinedAt))),
            rows.Where(member => member.MissedTwo && member.SecondLast is not null)
                .Select(member => new LearnerMoment(member.UserId, member.DisplayName, member.SecondLast!.Value)),
            attendance);
    }
}
