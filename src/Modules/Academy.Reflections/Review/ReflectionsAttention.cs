using Academy.Contracts.Teaching;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Review;

internal sealed class GetReflectionsAttentionHandler(IReflectionsData data, IMediator mediator, ICurrentUser currentUser, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<GetReflectionsAttention, ReflectionsAttention>
{
    public async Task<ReflectionsAttention> Handle(GetReflectionsAttention request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignments = (await mediator.AssignmentsAsync(cohort, cancellationToken)).ToDictionary(a => a.Slug);
        var rows = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug)
            .Select(r => new { r.Id, r.UserId, r.AuthorName, r.AssignmentSlug, r.Status, r.SubmittedAt, r.DraftSavedAt, r.ExtensionRequestedAt, r.ExtensionRequestedUntil })
            .ToListAsync(cancellationToken);
        var known = rows.Where(r => assignments.ContainsKey(r.AssignmentSlug)).ToList();
        var slug = cohort.CohortSlug;
        var items = known.Where(r => r.Status == ReflectionStatus.Submitted)
            .Select(r => new AttentionItem(t["Reflection to review"], r.AuthorName, $"/cohorts/{slug}/reflections/review/{r.Id}", r.SubmittedAt!.Value,
                SubmittedWork: assignments[r.AssignmentSlug].Title))
            .Concat(known.Where(r => r.ExtensionRequestedUntil is not null)
                .Select(r => new AttentionItem(t["Extension request"], t["{0} asks for more time on {1}", r.AuthorName, assignments[r.AssignmentSlug].Title],
                    $"/cohorts/{slug}/reflections/review", r.ExtensionRequestedAt!.Value)))
            .ToList();
        var perModule = assignments.Values.GroupBy(a => a.ModuleNumber).OrderBy(g => g.Key)
            .Select(g => new ChartPoint(t["Module {0}", g.Key], known.Count(r => r.SubmittedAt is not null && g.Any(a => a.Slug == r.AssignmentSlug))))
            .ToList();
        var lastActivity = rows
            .Select(r => (r.UserId, At: new[] { r.DraftSavedAt, r.SubmittedAt }.Max()))
            .Where(r => r.At is not null)
            .GroupBy(r => r.UserId)
            .ToDictionary(g => g.Key, g => g.Max(r => r.At!.Value));
        return new ReflectionsAttention(items, perModule, lastActivity);
    }
}
