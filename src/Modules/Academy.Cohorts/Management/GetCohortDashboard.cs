using System.Globalization;
using System.Text;
using Academy.Cohorts.Data;
using Academy.Cohorts.People;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Teaching;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Cohorts.Management;

/// <summary>
/// The instructor's view of a cohort: one queue of what needs them (reflections to review, extension requests,
/// unanswered threads, flagged posts, learners quiet for a week) and how the cohort engages.
/// </summary>
public sealed record GetCohortDashboard(string CohortSlug) : IRequest<CohortDashboard>;

public sealed record CohortDashboard(
    string CohortSlug, string CohortName, IReadOnlyList<AttentionItem> NeedsAttention,
    IReadOnlyList<ModuleFunnelStep> Funnel, IReadOnlyList<ChartPoint> PostsPerWeek, IReadOnlyList<ChartPoint> SubmissionsPerModule)
{
    /// <summary>The three charts as one CSV (chart, label, value), for spreadsheets.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder("chart,label,value\n");
        foreach (var step in Funnel)
        {
            csv.Append(CultureInfo.InvariantCulture, $"modules opened,\"Module {step.Number}\",{step.Opened}\n");
            csv.Append(CultureInfo.InvariantCulture, $"modules completed,\"Module {step.Number}\",{step.Completed}\n");
        }

        foreach (var point in PostsPerWeek)
        {
            csv.Append(CultureInfo.InvariantCulture, $"posts per week,\"{point.Label}\",{point.Value}\n");
        }

        foreach (var point in SubmissionsPerModule)
        {
            csv.Append(CultureInfo.InvariantCulture, $"reflection submissions,\"{point.Label}\",{point.Value}\n");
        }

        return csv.ToString();
    }
}

internal sealed class GetCohortDashboardHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetCohortDashboard, CohortDashboard>
{
    public async Task<CohortDashboard> Handle(GetCohortDashboard request, CancellationToken cancellationToken) =>
        await CohortDashboards.BuildAsync(await CohortPeople.LoadTaughtAsync(data, currentUser, request.CohortSlug, cancellationToken),
            mediator, clock.GetUtcNow(), cancellationToken);
}

internal static class CohortDashboards
{
    public static readonly TimeSpan QuietAfter = TimeSpan.FromDays(7);

    /// <summary>The dashboard of a cohort whose people (and the viewer's right to teach it) are already loaded.</summary>
    public static async Task<CohortDashboard> BuildAsync(CohortPeople people, IMediator mediator, DateTimeOffset now, CancellationToken cancellationToken)
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
            .Select(member => new AttentionItem("Quiet learner", $"{people.NameOf(member.UserId)} has not been active since {member.Last:d MMM}",
                $"/cohorts/{people.CohortSlug}/people/{member.UserId}", member.Last));

        return new CohortDashboard(people.CohortSlug, people.CohortName,
            reflections.Items.Concat(discussions.Items).Concat(quiet).OrderBy(item => item.Since).ToList(),
            learning.Funnel, discussions.PostsPerWeek, reflections.SubmissionsPerModule);
    }
}
