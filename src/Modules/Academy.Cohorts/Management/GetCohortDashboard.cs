using System.Globalization;
using System.Text;
using Academy.Cohorts.Data;
using Academy.Cohorts.People;
using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Teaching;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Management;

/// <summary>
/// The instructor's view of a cohort: one queue of what needs them (reflections to review, extension requests,
/// unanswered threads, flagged posts, learners quiet for a week or who missed the last two live sessions) and how the
/// cohort engages, live sessions' attendance included.
/// </summary>
public sealed record GetCohortDashboard(string CohortSlug) : IRequest<CohortDashboard>;

public sealed record CohortDashboard(
    string CohortSlug, string CohortName, IReadOnlyList<AttentionItem> NeedsAttention,
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

internal sealed class GetCohortDashboardHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock, IStringLocalizer<CohortsText> t)
    : IRequestHandler<GetCohortDashboard, CohortDashboard>
{
    public async Task<CohortDashboard> Handle(GetCohortDashboard request, CancellationToken cancellationToken) =>
        await CohortDashboards.BuildAsync(await CohortPeople.LoadTaughtAsync(data, currentUser, request.CohortSlug, cancellationToken),
            data, mediator, clock.GetUtcNow(), t, cancellationToken);
}

internal static class CohortDashboards
{
    public static readonly TimeSpan QuietAfter = TimeSpan.FromDays(7);

    /// <summary>The dashboard of a cohort whose people (and the viewer's right to teach it) are already loaded.</summary>
    public static async Task<CohortDashboard> BuildAsync(CohortPeople people, ICohortsData data, IMediator mediator, DateTimeOffset now,
        IStringLocalizer<CohortsText> t, CancellationToken cancellationToken)
    {
        var reflections = await mediator.Send(new GetReflectionsAttention(people.CohortSlug), cancellationToken);
        var discussions = await mediator.Send(new GetDiscussionsAttention(people.CohortSlug), cancellationToken);
        var learning = await mediator.Send(new GetLearningProgress(people.CohortSlug), cancellationToken);

        // Quiet: a learner with no visit, post or reflection for a week, counted from when they joined.
        var quiet = people.MemberIds
            .Where(userId => people.RoleOf(userId) == CohortRole.Learner)
            .Select(userId => (UserId: userId, Last: new[] { learning.LastActivity, discussions.LastActivity, reflections.LastActivity }
                .Select(activity => activity.TryGetValue(userId, out var at) ? at : (DateTimeOffset?)null)
                .Append(people.JoinedAt(userId)).Max()!.Value))
            .Where(member => now - member.Last >= QuietAfter)
            .Select(member => new AttentionItem(t["Quiet learner"], t["{0} has not been active since {1}", people.NameOf(member.UserId), member.Last.ToString(t["d MMM"], CultureInfo.CurrentCulture)],
                $"/cohorts/{people.CohortSlug}/people/{member.UserId}", member.Last));

        // Live sessions whose attendance was taken, latest first, with every row marked (one query).
        var sessions = await (
                from session in data.LiveSessions
                where session.CohortId == people.CohortId && !session.IsCancelled && session.AttendanceTakenAt != null
                orderby session.StartsAt descending, session.Number descending
                select new
                {
                    session.Number, session.Title, session.StartsAt,
                    Rows = session.Attendance.Select(a => new { a.UserId, a.Attended }).ToList(),
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var attendance = sessions.Select(session =>
        {
            var learners = session.Rows.Where(row => people.Contains(row.UserId) && people.RoleOf(row.UserId) == CohortRole.Learner).ToList();
            return new SessionAttendanceLine(session.Number, session.Title, session.StartsAt, learners.Count(row => row.Attended), learners.Count);
        }).ToList();

        // Missed the last two: a current learner marked absent at the two latest sessions they were marked at.
        var missed = people.MemberIds
            .Where(userId => people.RoleOf(userId) == CohortRole.Learner)
            .Select(userId => (UserId: userId, Last: sessions
                .Select(session => (session.Number, session.StartsAt, Row: session.Rows.FirstOrDefault(row => row.UserId == userId)))
                .Where(marked => marked.Row is not null)
                .Take(2)
                .ToList()))
            .Where(member => member.Last.Count == 2 && member.Last.All(marked => !marked.Row!.Attended))
            .Select(member => new AttentionItem(t["Missed sessions"], t["{0} missed the last two live sessions", people.NameOf(member.UserId)],
                $"/cohorts/{people.CohortSlug}/people/{member.UserId}", member.Last[1].StartsAt));

        return new CohortDashboard(people.CohortSlug, people.CohortName,
            reflections.Items.Concat(discussions.Items).Concat(quiet).Concat(missed).OrderBy(item => item.Since).ToList(),
            learning.Funnel, discussions.PostsPerWeek, reflections.SubmissionsPerModule, attendance, learning.CourseLanguage);
    }
}
