using Academy.Discussions.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Threads;

/// <summary>The reply and new-thread forms carry a key: the same form sent twice is answered with what it made the first time.</summary>
internal static class IdempotentPosts
{
    /// <summary>The thread and number of the post this author already made with this key, if any.</summary>
    public static async Task<(int ThreadNumber, int Sequence)?> PostedWithAsync(this IDiscussionsData data, string authorId, Guid? idempotencyKey,
        CancellationToken cancellationToken)
    {
        if (idempotencyKey is not { } key)
        {
            return null;
        }

        var found = await (from post in data.Posts
                           where post.AuthorId == authorId && post.IdempotencyKey == key
                           join thread in data.Threads on post.ThreadId equals thread.Id
                           select new { thread.Number, post.Sequence }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Number, found.Sequence);
    }
}
