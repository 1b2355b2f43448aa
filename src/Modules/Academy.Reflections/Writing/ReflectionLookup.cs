using Academy.Contracts.Cohorts;
using Academy.Contracts.Courses;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Writing;

internal static class ReflectionLookup
{
    public static async Task<Reflection> FindOrStartAsync(this IReflectionsData data, Enrolment cohort, ReflectionAssignment assignment,
        ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        // Submissions come along: a resubmission numbers itself after them.
        var reflection = await data.Reflections.Include(r => r.Submissions)
            .SingleOrDefaultAsync(r => r.CohortSlug == cohort.CohortSlug && r.UserId == userId && r.AssignmentSlug == assignment.Slug, cancellationToken);
        if (reflection is null)
        {
            reflection = new Reflection(cohort.CohortSlug, assignment.Slug, userId, currentUser.DisplayName ?? "A learner");
            data.Reflections.Add(reflection);
        }

        return reflection;
    }

    /// <summary>
    /// Saves a change to the learner's own draft. When another request saved it first (the version moved on, or
    /// both created it at once), nothing is overwritten: the newer text comes back as a conflict.
    /// </summary>
    public static async Task SaveDraftChangesAsync(this IReflectionsData data, Reflection reflection, CancellationToken cancellationToken)
    {
        try
        {
            await data.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            var newer = await data.Reflections.AsNoTracking()
                .Where(r => r.CohortSlug == reflection.CohortSlug && r.UserId == reflection.UserId && r.AssignmentSlug == reflection.AssignmentSlug)
                .Select(r => new { r.DraftMarkdown, r.DraftSavedAt, r.DraftVersion })
                .SingleOrDefaultAsync(cancellationToken);
            if (newer is null)
            {
                throw;
            }

            throw new DraftConflictException(newer.DraftMarkdown, newer.DraftSavedAt, newer.DraftVersion);
        }
    }
}
