using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Review;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Deadlines;

/// <summary>For the cohort's instructors: every assignment's dates, the cohort's learners, and the extensions granted.</summary>
public sealed record GetDeadlines(string CohortSlug) : IRequest<DeadlinesView>;

public sealed record DeadlinesView(
    string CohortSlug, string CohortName, IReadOnlyList<ReflectionAssignment> Assignments,
    IReadOnlyList<CohortMemberName> Learners, IReadOnlyList<GrantedExtension> Extensions);

public sealed record GrantedExtension(string LearnerName, string AssignmentTitle, DateOnly Until, string AssignmentLanguage);

internal sealed class GetDeadlinesHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser) : IRequestHandler<GetDeadlines, DeadlinesView>
{
    public async Task<DeadlinesView> Handle(GetDeadlines request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignments = await mediator.AssignmentsAsync(cohort, cancellationToken);
        var learners = (await mediator.Send(new GetCohortMembers(cohort.CohortSlug), cancellationToken))
            .Where(member => member.Role == CohortRole.Learner).ToList();
        var titles = assignments.ToDictionary(a => a.Slug);
        var extensions = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && r.ExtendedUntil != null)
            .Select(r => new { r.AuthorName, r.AssignmentSlug, r.ExtendedUntil })
            .ToListAsync(cancellationToken);
        return new DeadlinesView(cohort.CohortSlug, cohort.CohortName, assignments, learners, extensions
            .Where(e => titles.ContainsKey(e.AssignmentSlug))
            .OrderBy(e => e.AuthorName, StringComparer.CurrentCultureIgnoreCase) // in the reader's collation
            .Select(e => new GrantedExtension(e.AuthorName, titles[e.AssignmentSlug].Title, e.ExtendedUntil!.Value, titles[e.AssignmentSlug].Language))
            .ToList());
    }
}
