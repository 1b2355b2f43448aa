using Academy.Reflections.PeerReviews;
using Academy.Reflections.Review;
using Microsoft.EntityFrameworkCore;

namespace Academy.Reflections.Data;

/// <summary>The module's hottest reads, compiled once for the app (see <see cref="Academy.Shared.Data.ModuleData"/>'s <c>Context</c>).</summary>
internal sealed class ReflectionsQueries
{
    public Func<DbContext, string, string, string, IAsyncEnumerable<PeerReviewingRow>> PeerReviewingOf { get; } =
        EF.CompileAsyncQuery(GetPeerReviewingHandler.PeerReviewingQuery);

    public Func<DbContext, string, string[], DateTimeOffset?, Guid, DateTimeOffset?, Guid, IAsyncEnumerable<GetReviewQueueHandler.QueueRow>> ReviewQueuePage { get; } =
        EF.CompileAsyncQuery(GetReviewQueueHandler.PageQuery);

    public Func<DbContext, string, string[], DateTimeOffset?, bool, bool, Guid, DateTimeOffset?, bool, bool, Guid, IAsyncEnumerable<GetReflectionsAttentionHandler.ItemRow>> AttentionPage { get; } =
        EF.CompileAsyncQuery(GetReflectionsAttentionHandler.PageQuery);

    public Func<DbContext, string, string[], IAsyncEnumerable<GetReflectionsAttentionHandler.FigureRow>> AttentionCounts { get; } =
        EF.CompileAsyncQuery(GetReflectionsAttentionHandler.CountsQuery);
}
