using Academy.Discussions.Threads.ViewThread;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Data;

/// <summary>
/// The module's hottest reads, compiled once for the app so that a call skips EF's lookup of the translated query; each
/// query is written beside the use case that runs it. A compiled query serves only the model it first ran with, so this
/// is a singleton of the app, not a static: one process may host apps on several providers (the test run does).
/// </summary>
internal sealed class DiscussionsQueries
{
    public Func<DbContext, Guid, int, int?, bool, string, IAsyncEnumerable<PostView>> PageOfPosts { get; } =
        EF.CompileAsyncQuery(GetThreadHandler.PageOfPostsQuery);
}
