using Academy.Discussions.Data;
using Microsoft.EntityFrameworkCore;

namespace Academy.Discussions.Threads;

/// <summary>Threads are numbered within their cohort (the number is the stable part of their address).</summary>
internal sealed class ThreadNumbers(IDiscussionsData data)
{
    /// <summary>The next free number; a unique index refuses a number taken at the same moment, and the caller retries.</summary>
    public async Task<int> NextAsync(string cohortSlug, CancellationToken cancellationToken) =>
        (await data.Threads.Where(thread => thread.CohortSlug == cohortSlug).MaxAsync(thread => (int?)thread.Number, cancellationToken) ?? 0) + 1;
}
