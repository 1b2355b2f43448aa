using Academy.Discussions.Domain;
using Academy.Discussions.Threads.ViewThread;
using Academy.Shared.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Data;

/// <summary>The module's sets in the database context the host shares; the host sees none of them.</summary>
internal sealed class DiscussionsData(DbContext context, DiscussionsQueries queries) : ModuleData(context), IDiscussionsData
{
    public DbSet<Space> Spaces => Set<Space>();
    public DbSet<DiscussionThread> Threads => Set<DiscussionThread>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();
    public DbSet<ReadMark> ReadMarks => Set<ReadMark>();
    public DbSet<ModerationEntry> ModerationLog => Set<ModerationEntry>();
    public DbSet<PostFlag> PostFlags => Set<PostFlag>();
    public DbSet<Draft> Drafts => Set<Draft>();
    public DbSet<PostLike> PostLikes => Set<PostLike>();
    public DbSet<ThreadFollow> ThreadFollows => Set<ThreadFollow>();

    public IAsyncEnumerable<ThreadHeader> ThreadHeader(string cohortSlug, int threadNumber, string userId, string draftPlace) =>
        queries.ThreadHeader(Context, cohortSlug, threadNumber, userId, draftPlace);

    public IAsyncEnumerable<PostView> PageOfPosts(Guid threadId, int afterRoot, int? at, bool isModerator, string userId) =>
        queries.PageOfPosts(Context, threadId, afterRoot, at, isModerator, userId);

    public IAsyncEnumerable<Attention.GetDiscussionsAttentionHandler.ItemRow> AttentionPage(string cohortSlug, DateTimeOffset answeredBy,
        DateTimeOffset? threadsSince, bool threadsTakesAll, bool threadsHasKey, int threadsKey,
        DateTimeOffset? flaggedSince, bool flaggedTakesAll, bool flaggedHasKey, Guid flaggedKey) =>
        queries.AttentionPage(Context, cohortSlug, answeredBy, threadsSince, threadsTakesAll, threadsHasKey, threadsKey, flaggedSince, flaggedTakesAll, flaggedHasKey, flaggedKey);

    public IAsyncEnumerable<Attention.GetDiscussionsAttentionHandler.FigureRow> AttentionCounts(string cohortSlug, DateTimeOffset answeredBy) =>
        queries.AttentionCounts(Context, cohortSlug, answeredBy);
}
