using Academy.Contracts.Cohorts;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Writing;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Activity;

/// <summary>A member's reflections shared with the cohort (submitted, audience Cohort), for their profile; never private ones.</summary>
internal sealed class GetReflectionsSharedByHandler(IReflectionsData data, ReflectionContext context)
    : IRequestHandler<GetReflectionsSharedBy, IReadOnlyList<ActivityItem>>
{
    public async Task<IReadOnlyList<ActivityItem>> Handle(GetReflectionsSharedBy request, CancellationToken cancellationToken)
    {
        var (cohort, assignments) = await context.LoadAsync(request.CohortSlug, cancellationToken);
        var titles = assignments.Where(a => a.IsOpen || cohort.Role != CohortRole.Learner).ToDictionary(a => a.Slug, a => a.Title);
        var shared = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && r.UserId == request.MemberId && r.Audience == ReflectionAudience.Cohort && r.SubmittedAt != null)
            .Select(r => new { r.AssignmentSlug, r.SubmittedAt })
            .ToListAsync(cancellationToken);
        return shared
            .Where(r => titles.ContainsKey(r.AssignmentSlug))
            .OrderByDescending(r => r.SubmittedAt)
            .Select(r => new ActivityItem(titles[r.AssignmentSlug], $"/cohorts/{cohort.CohortSlug}/reflections/{r.AssignmentSlug}/gallery", r.SubmittedAt!.Value))
            .ToList();
    }
}
