using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Resources;
using Academy.Discussions.Threads;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Localization;

namespace Academy.Discussions.Posts.EditPost;

/// <summary>The author changes their post; the earlier text is kept in its history.</summary>
public sealed record EditPost(string CohortSlug, int ThreadNumber, int Sequence, string Body) : IRequest;

internal sealed class EditPostValidator : AbstractValidator<EditPost>
{
    public EditPostValidator(IStringLocalizer<DiscussionsText> t) => RuleFor(request => request.Body).ValidPostBody(t);
}

internal sealed class EditPostHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock,
    IStringLocalizer<DiscussionsText> t)
    : IRequestHandler<EditPost, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EditPost request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var (post, _, _) = await data.FindOwnAsync(participant, request.ThreadNumber, request.Sequence, cancellationToken);
        if (post.IsDeleted)
        {
            throw new RuleViolation(t["A deleted post cannot be edited."]);
        }

        post.Edit(new RenderedPost(request.Body, markdown.RenderUserContent(request.Body).Html), clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
