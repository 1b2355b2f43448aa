using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Demo;

/// <summary>A person of the demo cohort, with the profile they show their peers.</summary>
public sealed record DemoMember(
    string UserId, string DisplayName, CohortRole Role, string Headline, string Organisation, string Industry, string Location);

/// <summary>Creates or updates a demo cohort; running it twice changes nothing. Used in Development only.</summary>
public interface IDemoCohortSeeder
{
    Task SeedAsync(string cohortSlug, string cohortName, string courseSlug, DateOnly startsOn,
        IReadOnlyList<DemoMember> members, CancellationToken cancellationToken);
}

internal sealed class DemoCohortSeeder(ICohortsData data, TimeProvider clock) : IDemoCohortSeeder
{
    public async Task SeedAsync(string cohortSlug, string cohortName, string courseSlug, DateOnly startsOn,
        IReadOnlyList<DemoMember> members, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cohort = await data.Cohorts.Include(c => c.Members).SingleOrDefaultAsync(c => c.Slug == cohortSlug, cancellationToken);
        if (cohort is null)
        {
            cohort = new Cohort(cohortSlug, cohortName, courseSlug, startsOn);
            data.Cohorts.Add(cohort);
        }

        var userIds = members.Select(m => m.UserId).ToList();
        var profiles = await data.MemberProfiles.Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        foreach (var member in members)
        {
            cohort.Enrol(member.UserId, member.DisplayName, member.Role, now);
            if (!profiles.TryGetValue(member.UserId, out var profile))
            {
                profile = new MemberProfile(member.UserId, member.DisplayName);
                data.MemberProfiles.Add(profile);
            }

            profile.Describe(member.DisplayName, member.Headline, member.Organisation, member.Industry, member.Location);
        }

        await data.SaveChangesAsync(cancellationToken);
    }
}
