using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;
using Academy.Discussions.Threads;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Posts.EditPost;

internal static class OwnPosts
{
    /// <summary>The caller's own, not deleted post (tracked); anyone else's is not found.</summary>
    public static async Task<(Post Post, string ThreadTitle, string? ThreadLanguage)> FindOwnAsync(this IDiscussionsData data, Participant participant, int threadNumber,
        int sequence, CancellationToken cancellationToken)
    {
        var found = await data.PostAt(participant, threadNumber, sequence)
            .Where(found => found.Post.AuthorId == participant.Author.UserId && found.Post.DeletedAt == null)
            .Select(found => new { found.Post, found.Thread.Title, found.Thread.ContentLanguage })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? throw new NotFoundException($"Post {threadNumber}/{sequence} is not this user's to change.")
            : (found.Post, found.Title, found.ContentLanguage);
    }
}
