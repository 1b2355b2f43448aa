using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Threads;
using Academy.Shared.Errors;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Posts.EditPost;

/// <summary>The author's own post, for editing: its Markdown source.</summary>
public sealed record GetPostForEditing(string CohortSlug, int ThreadNumber, int Sequence) : IRequest<PostSource>;

public sealed record PostSource(string ThreadTitle, int Sequence, string Markdown);

/// <summary>The author changes their post; the earlier text is kept in its history.</summary>
public sealed record EditPost(string CohortSlug, int ThreadNumber, int Sequence, string Body) : IRequest;

internal sealed class EditPostValidator : AbstractValidator<EditPost>
{
    public EditPostValidator() => RuleFor(request => request.Body).ValidPostBody();
}

internal static class OwnPosts
{
    /// <summary>The caller's own, not deleted post (tracked); anyone else's is not found.</summary>
    public static async Task<(Post Post, string ThreadTitle)> FindOwnAsync(this IDiscussionsData data, Participant participant, int threadNumber,
        int sequence, CancellationToken cancellationToken)
    {
        var found = await data.PostAt(participant, threadNumber, sequence)
            .Where(found => found.Post.AuthorId == participant.Author.UserId && found.Post.DeletedAt == null)
            .Select(found => new { found.Post, found.Thread.Title })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? throw new NotFoundException($"Post {threadNumber}/{sequence} is not this user's to change.")
            : (found.Post, found.Title);
    }
}

internal sealed class GetPostForEditingHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GetPostForEditing, PostSource>
{
    public async Task<PostSource> Handle(GetPostForEditing request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var (post, title) = await data.FindOwnAsync(participant, request.ThreadNumber, request.Sequence, cancellationToken);
        return new PostSource(title, post.Sequence, post.BodyMarkdown);
    }
}

internal sealed class EditPostHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser, IMarkdownRenderer markdown, TimeProvider clock)
    : IRequestHandler<EditPost, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EditPost request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var (post, _) = await data.FindOwnAsync(participant, request.ThreadNumber, request.Sequence, cancellationToken);
        post.Edit(new RenderedPost(request.Body, markdown.RenderUserContent(request.Body).Html), clock.GetUtcNow());
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}
