using Academy.Discussions.Access;
using Academy.Discussions.Data;
using Academy.Discussions.Domain;

namespace Academy.Discussions.Threads;

internal static class ThreadQueries
{
    /// <summary>
    /// A thread by its cohort and number, as every address names it, if the participant may see it: a thread in
    /// the space of a module that has not opened for them is not found.
    /// </summary>
    public static IQueryable<DiscussionThread> ThreadAt(this IDiscussionsData data, Participant participant, int threadNumber) =>
        data.VisibleThreads(participant).Where(thread => thread.Number == threadNumber);

    /// <summary>
    /// The cohort's threads the participant may see: all for moderators, none in a module space before the module opens.
    /// The thread page's compiled header query checks the same rule after its read (<see cref="Participant.MaySeeSpaceOf"/>).
    /// </summary>
    public static IQueryable<DiscussionThread> VisibleThreads(this IDiscussionsData data, Participant participant)
    {
        var threads = data.Threads.Where(thread => thread.CohortSlug == participant.CohortSlug);
        var closed = participant.ClosedModules;
        return closed.Count == 0
            ? threads
            : threads.Where(thread => !data.Spaces.Any(space => space.Id == thread.SpaceId && space.ModuleSlug != null && closed.Contains(space.ModuleSlug)));
    }

    /// <summary>A post by its cohort, thread number and place in the thread, with its thread, if the participant may see the thread.</summary>
    public static IQueryable<PostInThread> PostAt(this IDiscussionsData data, Participant participant, int threadNumber, int sequence) =>
        from thread in data.ThreadAt(participant, threadNumber)
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
