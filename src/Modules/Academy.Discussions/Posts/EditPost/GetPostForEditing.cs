using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Discussions.Posts.EditPost;

/// <summary>The author's own post, for editing: its Markdown source.</summary>
public sealed record GetPostForEditing(string CohortSlug, int ThreadNumber, int Sequence) : IRequest<PostSource>;

/// <param name="ThreadLanguage">The language of a thread the course opened (its title is course content); null for people's threads.</param>
public sealed record PostSource(string ThreadTitle, int Sequence, string Markdown, string? ThreadLanguage = null);

internal sealed class GetPostForEditingHandler(IDiscussionsData data, IMediator mediator, ICurrentUser currentUser)
    : IRequestHandler<GetPostForEditing, PostSource>
{
    public async Task<PostSource> Handle(GetPostForEditing request, CancellationToken cancellationToken)
    {
        var participant = await mediator.ParticipantAsync(currentUser, request.CohortSlug, cancellationToken);
        var (post, title, language) = await data.FindOwnAsync(participant, request.ThreadNumber, request.Sequence, cancellationToken);
        return new PostSource(title, post.Sequence, post.BodyMarkdown, language);
    }
}
