using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Connections;

internal static class ConnectionWrites
{
    /// <summary>Connects two people (once), and closes any request still open between them.</summary>
    public static async Task ConnectAsync(this ICohortsData data, string one, string other, string? introducedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (first, second) = Connection.Pair(one, other);
        if (!await data.Connections.AnyAsync(c => c.FirstUserId == first && c.SecondUserId == second, cancellationToken))
        {
            data.Connections.Add(new Connection(one, other, introducedBy, now));
        }

        var open = await data.ConnectionRequests
            .Where(r => r.Status == RequestStatus.Pending && ((r.FromUserId == one && r.ToUserId == other) || (r.FromUserId == other && r.ToUserId == one)))
            .ToListAsync(cancellationToken);
        open.ForEach(r => r.Decide(RequestStatus.Accepted, now));
    }

    public static async Task<string> NameOfAsync(this ICohortsData data, string userId, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        await data.MemberProfiles.Where(p => p.UserId == userId).Select(p => p.DisplayName).FirstOrDefaultAsync(cancellationToken)
        ?? currentUser.DisplayName ?? "A member";
}
