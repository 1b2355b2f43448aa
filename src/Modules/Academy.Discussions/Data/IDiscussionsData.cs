using Academy.Discussions.Domain;
using Academy.Discussions.Threads.ViewThread;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Data;

/// <summary>The Discussions module's view of the database: only its own tables.</summary>
internal interface IDiscussionsData
{
    DbSet<Space> Spaces { get; }
    DbSet<DiscussionThread> Threads { get; }
    DbSet<Post> Posts { get; }
    DbSet<PostRevision> PostRevisions { get; }
    DbSet<ReadMark> ReadMarks { get; }
    DbSet<ModerationEntry> ModerationLog { get; }
    DbSet<PostFlag> PostFlags { get; }
    DbSet<Draft> Drafts { get; }
    DbSet<PostLike> PostLikes { get; }
    DbSet<ThreadFollow> ThreadFollows { get; }

    /// <summary>A thread's header for one reader (<see cref="GetThreadHandler.ThreadHeaderQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<ThreadHeader> ThreadHeader(string cohortSlug, int threadNumber, string userId, string draftPlace);

    /// <summary>A page of a thread's posts (<see cref="GetThreadHandler.PageOfPostsQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<PostView> PageOfPosts(Guid threadId, int afterRoot, int? at, bool isModerator, string userId);

    /// <summary>
    /// The dashboard's page of unanswered threads and open flags (<see cref="Attention.GetDiscussionsAttentionHandler.PageQuery"/>),
    /// each list from its start in the queue, by the app's compiled query.
    /// </summary>
    IAsyncEnumerable<Attention.GetDiscussionsAttentionHandler.ItemRow> AttentionPage(string cohortSlug, DateTimeOffset answeredBy,
        DateTimeOffset? threadsSince, bool threadsTakesAll, bool threadsHasKey, int threadsKey,
        DateTimeOffset? flaggedSince, bool flaggedTakesAll, bool flaggedHasKey, Guid flaggedKey);

    /// <summary>The sizes of those two lists (<see cref="Attention.GetDiscussionsAttentionHandler.CountsQuery"/>), by the app's compiled query.</summary>
    IAsyncEnumerable<Attention.GetDiscussionsAttentionHandler.FigureRow> AttentionCounts(string cohortSlug, DateTimeOffset answeredBy);

    /// <summary>For full-text search, the one place that speaks each provider's SQL.</summary>
    Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
