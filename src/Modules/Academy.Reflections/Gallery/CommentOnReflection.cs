using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Reflections.Data;
using Academy.Reflections.Domain;
using Academy.Reflections.Resources;
using Academy.Reflections.Writing;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Gallery;

/// <summary>A cohort member comments on a reflection shared in the gallery.</summary>
public sealed record CommentOnReflection(string CohortSlug, string AssignmentSlug, Guid ReflectionId, string Body) : IRequest;

internal sealed class CommentOnReflectionValidator : AbstractValidator<CommentOnReflection>
{
    public CommentOnReflectionValidator(IStringLocalizer<ReflectionsText> t) => RuleFor(request => request.Body)
        .Must(body => !string.IsNullOrWhiteSpace(body)).WithMessage(_ => t["Write a comment first."])
        .MaximumLength(5_000).WithMessage(_ => t["Keep a comment to {0} characters.", 5_000.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]);
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
            new Words(typeof(ReflectionsText), "{0} commented on your reflection “{1}”", name, assignment.Title), $"/cohorts/{cohort.CohortSlug}/reflections/{assignment.Slug}/gallery#reflection-{reflection.Id}",
            NotificationKind.ReflectionFeedback, cohort.CohortSlug),
            cancellationToken);
        return MediatR.Unit.Value;
    }
}
