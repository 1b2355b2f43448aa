using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Errors;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Connections;

internal static class IntroductionLookup
{
    /// <summary>
    /// An introduction waiting for <paramref name="introducerId"/> to pass it on or decline; not found for anyone else, nor when
    /// the introducer blocked the asker (they never see it).
    /// </summary>
    public static async Task<Introduction> AskedOfAsync(this ICohortsData data, Guid introductionId, string introducerId, CancellationToken cancellationToken) =>
        await data.Introductions.SingleOrDefaultAsync(
            i => i.Id == introductionId && i.IntroducerId == introducerId && i.Status == IntroductionStatus.Asked
                 && !data.PersonBlocks.Any(b => b.BlockerId == introducerId && b.BlockedId == i.RequesterId), cancellationToken)
        ?? throw new NotFoundException($"No introduction {introductionId} waits for {introducerId}.");
}
