using Academy.Discussions.Access;
using Academy.Discussions.Resources;
using Academy.Discussions.Threads;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Composer;

/// <summary>What a post will look like, rendered by the same pipeline that renders it when posted.</summary>
public sealed record PreviewPost(string CohortSlug, string Body) : IRequest<string>;

internal sealed class PreviewPostValidator : AbstractValidator<PreviewPost>
{
    public PreviewPostValidator(IStringLocalizer<DiscussionsText> t) => RuleFor(request => request.Body).MaximumLength(PostRules.MaximumBodyLength)
        .WithMessage(_ => t["Posts can have at most {0:N0} characters. Split a long text into several posts.", PostRules.MaximumBodyLength]);
}

internal sealed class PreviewPostHandler(IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown) : IRequestHandler<PreviewPost, string>
{
    public async Task<string> Handle(PreviewPost request, CancellationToken cancellationToken)
    {
        await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        return markdown.RenderUserContent(request.Body ?? string.Empty).Html;
    }
}
