using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Writing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Gallery;

/// <summary>The reflections the cohort's learners shared on one assignment, with members' comments; never scores or feedback.</summary>
public sealed record GetGallery(string CohortSlug, string AssignmentSlug) : IRequest<ReflectionGallery>;

/// <param name="AssignmentLanguage">The language of the course's content, which the assignment's title is.</param>
public sealed record ReflectionGallery(string CohortSlug, string CohortName, string AssignmentSlug, string AssignmentTitle, IReadOnlyList<SharedReflection> Reflections,
    string AssignmentLanguage);

public sealed record SharedReflection(Guid Id, string AuthorName, string Html, DateTimeOffset SubmittedAt, IReadOnlyList<GalleryComment> Comments);

public sealed record GalleryComment(string AuthorName, string Html, DateTimeOffset At);

internal sealed class GetGalleryHandler(IReflectionsData data, ReflectionContext context) : IRequestHandler<GetGallery, ReflectionGallery>
{
    public async Task<ReflectionGallery> Handle(GetGallery request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.ReadableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var shared = await data.Reflections.AsNoTracking()
            .Where(r => r.CohortSlug == cohort.CohortSlug && r.AssignmentSlug == assignment.Slug && r.Audience == ReflectionAudience.Cohort
                        && r.SubmittedAt != null)
            .OrderBy(r => r.SubmittedAt)
            .Select(r => new
            {
                r.Id, r.AuthorName, r.SubmittedHtml, r.SubmittedAt,
                Comments = r.Comments.OrderBy(c => c.CreatedAt).Select(c => new GalleryComment(c.AuthorName, c.Html, c.CreatedAt)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return new ReflectionGallery(cohort.CohortSlug, cohort.CohortName, assignment.Slug, assignment.Title,
            shared.Select(r => new SharedReflection(r.Id, r.AuthorName, r.SubmittedHtml, r.SubmittedAt!.Value, r.Comments)).ToList(), assignment.Language);
    }
}
