using Academy.Discussions.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Composer;

internal static class DraftCleanup
{
    /// <summary>Once the text is posted, its draft has served.</summary>
    public static Task DiscardDraftAsync(this IDiscussionsData data, string userId, string cohortSlug, string place, CancellationToken cancellationToken) =>
        data.Drafts.Where(d => d.UserId == userId && d.CohortSlug == cohortSlug && d.Place == place).ExecuteDeleteAsync(cancellationToken);
}
