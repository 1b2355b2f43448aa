using System.Globalization;
using System.Text;
using Academy.Contracts.Cohorts;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Reflections.Review;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Exports;

/// <summary>For the cohort's instructors: a CSV of every learner's status and score per assignment.</summary>
public sealed record ExportScores(string CohortSlug) : IRequest<string>;

internal sealed class ExportScoresHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<ExportScores, string>
{
    public async Task<string> Handle(ExportScores request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignments = await mediator.AssignmentsAsync(cohort, cancellationToken);
        var learners = (await mediator.Send(new GetCohortMembers(cohort.CohortSlug), cancellationToken)).Where(m => m.Role == CohortRole.Learner).ToList();
        var reflections = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug)
            .Select(r => new { r.UserId, r.AssignmentSlug, r.Status, r.Scores, r.ReviewedAt, r.SubmittedAt, r.IsLate })
            .ToListAsync(cancellationToken);
        var byLearnerAndAssignment = reflections.ToDictionary(r => (r.UserId, r.AssignmentSlug));

        var csv = new StringBuilder().AppendJoin(',',
                new[] { t["Learner"], t["Module"], t["Assignment"], t["Status"], t["Score"], t["Max points"], t["Submitted (UTC)"], t["Late"] }
                    .Select(heading => Field(heading.Value)))
            .Append("\r\n");
        foreach (var learner in learners)
        {
            foreach (var assignment in assignments)
            {
                var reflection = byLearnerAndAssignment.GetValueOrDefault((learner.UserId, assignment.Slug));
                csv.AppendJoin(',',
                        Field(learner.DisplayName), assignment.ModuleNumber.ToString(CultureInfo.InvariantCulture), Field(assignment.Title),
                        Field(reflection?.Status switch
                        {
                            null => t["Not started"],
                            ReflectionStatus.Submitted => t["Submitted"],
                            ReflectionStatus.Returned => t["Returned"],
                            ReflectionStatus.Completed => t["Completed"],
                            _ => t["Draft"],
                        }),
                        reflection?.ReviewedAt is null ? string.Empty : reflection.Scores.Sum().ToString(CultureInfo.InvariantCulture),
                        assignment.MaxPoints.ToString(CultureInfo.InvariantCulture),
                        reflection?.SubmittedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? string.Empty,
                        reflection?.IsLate == true ? Field(t["yes"]) : string.Empty)
                    .Append("\r\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>RFC 4180 quoting, and a leading apostrophe so a spreadsheet never runs a cell as a formula.</summary>
    internal static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }
}
