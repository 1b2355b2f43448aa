using Academy.Discussions.Attention;
using Academy.Discussions.Threads.ViewThread;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Data;

/// <summary>The module's hottest reads, compiled once for the app (see <see cref="Academy.Shared.Data.ModuleData"/>'s <c>Context</c>).</summary>
internal sealed class DiscussionsQueries
{
    public Func<DbContext, string, int, string, string, IAsyncEnumerable<ThreadHeader>> ThreadHeader { get; } =
        EF.CompileAsyncQuery(GetThreadHandler.ThreadHeaderQuery);

    public Func<DbContext, Guid, int, int?, bool, string, IAsyncEnumerable<PostView>> PageOfPosts { get; } =
        EF.CompileAsyncQuery(GetThreadHandler.PageOfPostsQuery);

    public Func<DbContext, string, DateTimeOffset, DateTimeOffset?, bool, bool, int, DateTimeOffset?, bool, bool, Guid, IAsyncEnumerable<GetDiscussionsAttentionHandler.ItemRow>> AttentionPage { get; } =
        EF.CompileAsyncQuery(GetDiscussionsAttentionHandler.PageQuery);

    public Func<DbContext, string, DateTimeOffset, IAsyncEnumerable<GetDiscussionsAttentionHandler.FigureRow>> AttentionCounts { get; } =
        EF.CompileAsyncQuery(GetDiscussionsAttentionHandler.CountsQuery);
}
