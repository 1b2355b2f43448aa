using Academy.Contracts.Cohorts;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Gallery;

/// <summary>The learner chooses who reads their reflection: Private (the default) or the cohort's gallery.</summary>
public sealed record ShareReflection(string CohortSlug, string AssignmentSlug, ReflectionAudience Audience) : IRequest;

internal sealed class ShareReflectionHandler(IReflectionsData data, ReflectionContext context, ICurrentUser currentUser) : IRequestHandler<ShareReflection, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(ShareReflection request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.ReadableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        if (cohort.Role != CohortRole.Learner)
        {
            throw new NotFoundException($"Only learners share reflections in {request.CohortSlug}.");
        }

        var reflection = await data.FindOrStartAsync(cohort, assignment, currentUser, cancellationToken);
        reflection.ShareWith(request.Audience);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

/// <summary>The reflections the cohort's learners shared on one assignment, with members' comments; never scores or feedback.</summary>
public sealed record GetGallery(string CohortSlug, string AssignmentSlug) : IRequest<ReflectionGallery>;

public sealed record ReflectionGallery(string CohortSlug, string CohortName, string AssignmentSlug, string AssignmentTitle, IReadOnlyList<SharedReflection> Reflections);

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
            shared.Select(r => new SharedReflection(r.Id, r.AuthorName, r.SubmittedHtml, r.SubmittedAt!.Value, r.Comments)).ToList());
    }
}

/// <summary>A cohort member comments on a reflection shared in the gallery.</summary>
public sealed record CommentOnReflection(string CohortSlug, string AssignmentSlug, Guid ReflectionId, string Body) : IRequest;

internal sealed class CommentOnReflectionValidator : AbstractValidator<CommentOnReflection>
{
    public CommentOnReflectionValidator() => RuleFor(request => request.Body)
        .Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage("Write a comment first.")
        .MaximumLength(5_000).WithMessage("Keep a comment to 5,000 characters.");
}

internal sealed class CommentOnReflectionHandler(
    IReflectionsData data, ReflectionContext context, ICurrentUser currentUser, IMarkdownRenderer markdown, IMediator mediator, TimeProvider clock)
    : IRequestHandler<CommentOnReflection, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(CommentOnReflection request, CancellationToken cancellationToken)
    {
        var (cohort, assignment) = await context.ReadableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        var reflection = await data.Reflections
            .SingleOrDefaultAsync(r => r.Id == request.ReflectionId && r.CohortSlug == cohort.CohortSlug && r.AssignmentSlug == assignment.Slug
                                       && r.Audience == ReflectionAudience.Cohort && r.SubmittedAt != null, cancellationToken)
            ?? throw new NotFoundException($"Reflection {request.ReflectionId} is not shared in {request.CohortSlug}.");
        var name = currentUser.DisplayName ?? "A member";
        data.ReflectionComments.Add(new ReflectionComment(reflection.Id, currentUser.UserId, name, request.Body,
            markdown.RenderUserContent(request.Body).Html, clock.GetUtcNow()));
        await data.SaveChangesAsync(cancellationToken);
        await mediator.Publish(new MembersNotified([reflection.UserId], currentUser.UserId, name,
            $"{name} commented on your reflection “{assignment.Title}”", $"/cohorts/{cohort.CohortSlug}/reflections/{assignment.Slug}/gallery#reflection-{reflection.Id}"),
            cancellationToken);
        return MediatR.Unit.Value;
    }
}
