using Academy.Reflections.Resources;
using Academy.Shared.Markdown;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Writing;

/// <summary>The editor's preview: the text as it will look once submitted (the same safe pipeline).</summary>
public sealed record PreviewReflection(string CohortSlug, string AssignmentSlug, string Body) : IRequest<string>;

internal sealed class PreviewReflectionValidator : AbstractValidator<PreviewReflection>
{
    public PreviewReflectionValidator(IStringLocalizer<ReflectionsText> t) => RuleFor(request => request.Body).MaximumLength(ReflectionRules.MaximumLength)
        .WithMessage(_ => ReflectionRules.TooLongMessage(t));
}

internal sealed class PreviewReflectionHandler(ReflectionContext context, IMarkdownRenderer markdown) : IRequestHandler<PreviewReflection, string>
{
    public async Task<string> Handle(PreviewReflection request, CancellationToken cancellationToken)
    {
        await context.WritableAsync(request.CohortSlug, request.AssignmentSlug, cancellationToken);
        return markdown.RenderUserContent(request.Body ?? string.Empty).Html;
    }
}
