using Academy.Contracts.Privacy;
using Academy.Discussions.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Privacy;

/// <summary>
/// A member's part of the discussions. Their posts belong to the conversation others replied to and quoted,
/// so after deletion they stay under "Former member" without the member's id; what is only theirs (drafts,
/// likes, follows, read marks) goes.
/// </summary>
internal sealed class DiscussionsPersonalData(IDiscussionsData data) : IPersonalDataProvider
{
    public string Area => "Discussions";

    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(string userId, CancellationToken cancellationToken) =>
        new Dictionary<string, object>
        {
            ["Threads started"] = await data.Threads.Where(t => t.AuthorId == userId).OrderBy(t => t.Number)
                .Select(t => new { Cohort = t.CohortSlug, t.Number, t.Title, t.CreatedAt }).ToListAsync(cancellationToken),
            ["Posts"] = await (
                    from post in data.Posts
                    where post.AuthorId == userId
                    join thread in data.Threads on post.ThreadId equals thread.Id
                    orderby thread.Number, post.Sequence
                    select new
                    {
                        Cohort = thread.CohortSlug, Thread = thread.Number, ThreadTitle = thread.Title, post.Sequence, post.CreatedAt, post.EditedAt,
                        Deleted = post.DeletedAt != null, Text = post.BodyMarkdown,
                    })
                .ToListAsync(cancellationToken),
            ["Drafts"] = await data.Drafts.Where(d => d.UserId == userId)
                .Select(d => new { Cohort = d.CohortSlug, d.Place, d.Title, Text = d.Body, d.SavedAt }).ToListAsync(cancellationToken),
            ["Likes"] = await (
                    from like in data.PostLikes
                    where like.UserId == userId
                    join post in data.Posts on like.PostId equals post.Id
                    join thread in data.Threads on post.ThreadId equals thread.Id
                    select new { Cohort = thread.CohortSlug, Thread = thread.Number, Post = post.Sequence, like.LikedAt })
                .ToListAsync(cancellationToken),
            ["Threads followed"] = await (
                    from follow in data.ThreadFollows
                    where follow.UserId == userId
                    join thread in data.Threads on follow.ThreadId equals thread.Id
                    select new { Cohort = thread.CohortSlug, Thread = thread.Number, Level = follow.Level.ToString() })
                .ToListAsync(cancellationToken),
            ["Posts flagged"] = await data.PostFlags.Where(f => f.FlaggedById == userId)
                .Select(f => new { Cohort = f.CohortSlug, Thread = f.ThreadNumber, Post = f.PostSequence, f.Reason, f.FlaggedAt }).ToListAsync(cancellationToken),
        };

    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        const string former = FormerMember.Name;

        // A thread whose latest post is theirs shows "Former member" as its last poster.
        await data.Threads
            .Where(t => data.Posts.Any(p => p.ThreadId == t.Id && p.AuthorId == userId && p.Sequence == t.PostCount))
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.LastPostAuthorName, former), cancellationToken);
        await data.Threads.Where(t => t.AuthorId == userId)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.AuthorId, string.Empty).SetProperty(x => x.AuthorName, former), cancellationToken);
        await data.Posts.Where(p => p.AuthorId == userId)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.AuthorId, string.Empty).SetProperty(x => x.AuthorName, former), cancellationToken);

        var liked = await data.PostLikes.Where(like => like.UserId == userId).Select(like => like.PostId).ToListAsync(cancellationToken);
        await data.PostLikes.Where(like => like.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.Posts.Where(p => liked.Contains(p.Id))
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.LikeCount, x => data.PostLikes.Count(like => like.PostId == x.Id)), cancellationToken);

        await data.Drafts.Where(d => d.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.ThreadFollows.Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.ReadMarks.Where(m => m.UserId == userId).ExecuteDeleteAsync(cancellationToken);

        // Moderation records stay (what was flagged or hidden, and why), without who.
        await data.PostFlags.Where(f => f.FlaggedById == userId)
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.FlaggedById, string.Empty).SetProperty(x => x.FlaggedByName, former), cancellationToken);
        await data.ModerationLog.Where(entry => entry.ModeratorId == userId)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.ModeratorId, string.Empty).SetProperty(x => x.ModeratorName, former), cancellationToken);
    }
}
