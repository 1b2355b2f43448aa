using Academy.Discussions.Data;
using Academy.Discussions.Domain;

namespace Academy.Discussions.Threads;

internal static class ThreadQueries
{
    /// <summary>A thread by its cohort and number: how every address names it.</summary>
    public static IQueryable<DiscussionThread> ThreadAt(this IDiscussionsData data, string cohortSlug, int threadNumber) =>
        data.Threads.Where(thread => thread.CohortSlug == cohortSlug && thread.Number == threadNumber);

    /// <summary>A post by its cohort, thread number and place in the thread, with its thread.</summary>
    public static IQueryable<PostInThread> PostAt(this IDiscussionsData data, string cohortSlug, int threadNumber, int sequence) =>
        from thread in data.ThreadAt(cohortSlug, threadNumber)
        join post in data.Posts on thread.Id equals post.ThreadId
        where post.Sequence == sequence
        select new PostInThread { Thread = thread, Post = post };
}

/// <summary>A post with its thread. Built with an initializer (not a constructor) so queries can go on filtering and projecting it.</summary>
internal sealed class PostInThread
{
    public required DiscussionThread Thread { get; init; }

    public required Post Post { get; init; }
}
