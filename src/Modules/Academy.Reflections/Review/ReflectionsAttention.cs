using Academy.Contracts.Teaching;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Review;

internal sealed class GetReflectionsAttentionHandler(
    IReflectionsData data, IMediator mediator, ICurrentUser currentUser, TimeProvider clock, IStringLocalizer<ReflectionsText> t)
    : IRequestHandler<GetReflectionsAttention, ReflectionsAttention>
{
    public async Task<ReflectionsAttention> Handle(GetReflectionsAttention request, CancellationToken cancellationToken)
    {
        var cohort = await mediator.TaughtCohortAsync(currentUser, request.CohortSlug, cancellationToken);
        var assignments = (await mediator.AssignmentsAsync(cohort, cancellationToken)).ToDictionary(a => a.Slug);
        var rows = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug)
            .Select(r => new
            {
                r.Id, r.UserId, r.AuthorName, r.AssignmentSlug, r.Status, r.SubmittedAt, r.DraftSavedAt, r.ExtensionRequestedAt, r.ExtensionRequestedUntil, r.Audience,
            })
            .ToListAsync(cancellationToken);
        var known = rows.Where(r => assignments.ContainsKey(r.AssignmentSlug)).ToList();
        var slug = cohort.CohortSlug;
        var items = known.Where(r => r.Status == ReflectionStatus.Submitted)
            .Select(r => new AttentionItem(t["Reflection to review"], r.AuthorName, $"/cohorts/{slug}/reflections/review/{r.Id}", r.SubmittedAt!.Value,
                SubmittedWork: assignments[r.AssignmentSlug].Title))
            .Concat(known.Where(r => r.ExtensionRequestedUntil is not null)
                .Select(r => new AttentionItem(t["Extension request"], t["{0} asks for more time on {1}", r.AuthorName, assignments[r.AssignmentSlug].Title],
                    $"/cohorts/{slug}/reflections/review", r.ExtensionRequestedAt!.Value)))
            .Concat(await StalledPeerReviewsAsync(cohort, assignments,
                known.Where(r => r.SubmittedAt is not null)
                    .Select(r => new SubmittedReflection(r.Id, r.UserId, r.AuthorName, r.AssignmentSlug, r.SubmittedAt!.Value, r.Audience)).ToList(),
                cancellationToken))
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

    /// <summary>
    /// Submissions whose peer review has stalled: short of reviews (sent, or claimed and not lapsed, and not hidden) while
    /// nobody is left to review them (a learner who submitted, still owes reviews, and has not reviewed or claimed this one)
    /// or the reviews' due date has passed in the cohort's zone. Two reads whatever the cohort's size.
    /// </summary>
    private async Task<IEnumerable<AttentionItem>> StalledPeerReviewsAsync(Academy.Contracts.Cohorts.Enrolment cohort,
        IReadOnlyDictionary<string, Academy.Contracts.Courses.ReflectionAssignment> assignments, IReadOnlyList<SubmittedReflection> submitted,
        CancellationToken cancellationToken)
    {
        if (submitted.Count == 0)
        {
            return [];
        }

        var switchedOn = (await data.PeerReviewSettings.AsNoTracking()
                .Where(s => s.CohortSlug == cohort.CohortSlug && s.IsOn)
                .ToListAsync(cancellationToken))
            .Where(s => assignments.ContainsKey(s.AssignmentSlug))
            .ToList();
        if (switchedOn.Count == 0)
        {
            return [];
        }

        var slugs = switchedOn.Select(s => s.AssignmentSlug).ToList();
        var reviews = await data.PeerReviews.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && slugs.Contains(r.AssignmentSlug))
            .Select(r => new { r.ReflectionId, r.AssignmentSlug, r.ReviewerId, r.SubmittedAt, r.ClaimExpiresAt, r.IsHidden })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = Academy.Shared.Time.ZonedTime.Today(now, cohort.TimeZone);
        var items = new List<AttentionItem>();
        foreach (var settings in switchedOn)
        {
            var assignment = assignments[settings.AssignmentSlug];
            var ofAssignment = submitted.Where(r => r.AssignmentSlug == settings.AssignmentSlug).ToList();
            var reviewsOf = reviews.Where(r => r.AssignmentSlug == settings.AssignmentSlug).ToLookup(r => r.ReflectionId);
            var given = reviews.Where(r => r.AssignmentSlug == settings.AssignmentSlug && r.SubmittedAt != null && !r.IsHidden)
                .GroupBy(r => r.ReviewerId).ToDictionary(g => g.Key, g => g.Count());
            var stillOwing = ofAssignment.Select(r => r.UserId).Where(learner => given.GetValueOrDefault(learner) < settings.ReviewsToGive).ToList();
            var overdue = settings.ReviewsDueOn is { } dueOn && today > dueOn;
            foreach (var reflection in ofAssignment.Where(r => settings.IncludesPrivateReflections || r.Audience == ReflectionAudience.Cohort))
            {
                var held = reviewsOf[reflection.Id].Count(r => !r.IsHidden && (r.SubmittedAt != null || r.ClaimExpiresAt > now));
                if (held >= settings.ReviewsPerSubmission)
                {
                    continue;
                }

                var reviewedBy = reviewsOf[reflection.Id].Select(r => r.ReviewerId).ToHashSet();
                if (overdue || !stillOwing.Any(learner => learner != reflection.UserId && !reviewedBy.Contains(learner)))
                {
                    items.Add(new AttentionItem(t["Needs peer reviewers"], reflection.AuthorName,
                        $"/cohorts/{cohort.CohortSlug}/reflections/{assignment.Slug}/peer-reviews", reflection.SubmittedAt, SubmittedWork: assignment.Title));
                }
            }
        }

        return items;
    }

    private sealed record SubmittedReflection(Guid Id, string UserId, string AuthorName, string AssignmentSlug, DateTimeOffset SubmittedAt, ReflectionAudience Audience);
}
