using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.People;

internal static class OwnProfile
{
    public static async Task<MemberProfile> OwnProfileAsync(this ICohortsData data, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var profile = await data.MemberProfiles.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (profile is null)
        {
            profile = new MemberProfile(userId, currentUser.DisplayName ?? "A member");
            data.MemberProfiles.Add(profile);
        }

        return profile;
    }
}
