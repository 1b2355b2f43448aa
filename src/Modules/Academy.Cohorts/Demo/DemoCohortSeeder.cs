using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Demo;

/// <summary>A person of the demo cohort, with the profile they show their peers.</summary>
public sealed record DemoMember(
    string UserId, string DisplayName, CohortRole Role, string Headline, string Organisation, string Industry, string Location,
    IReadOnlyList<string>? Expertise = null, IReadOnlyList<string>? Interests = null);

/// <summary>Creates or updates a demo cohort; running it twice changes nothing. Used in Development only.</summary>
public interface IDemoCohortSeeder
{
    /// <param name="connections">Pairs of user ids who already know each other.</param>
    Task SeedAsync(string cohortSlug, string cohortName, string courseSlug, DateOnly startsOn,
        IReadOnlyList<DemoMember> members, CancellationToken cancellationToken, IReadOnlyList<(string, string)>? connections = null);
}

internal sealed class DemoCohortSeeder(ICohortsData data, TimeProvider clock) : IDemoCohortSeeder
{
    public async Task SeedAsync(string cohortSlug, string cohortName, string courseSlug, DateOnly startsOn,
        IReadOnlyList<DemoMember> members, CancellationToken cancellationToken, IReadOnlyList<(string, string)>? connections = null)
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
            if (!profiles.ContainsKey(member.UserId))
            {
                // A profile is described once; later starts never overwrite what its owner edited.
                var profile = new MemberProfile(member.UserId, member.DisplayName);
                profile.Describe(member.DisplayName, member.Headline, member.Organisation, member.Industry, member.Location);
                profile.DescribeInterests(member.Expertise ?? [], member.Interests ?? []);
                data.MemberProfiles.Add(profile);
                profiles[member.UserId] = profile;
            }
        }

        // The pairs that exist already, in one query: a seeded cohort may bring thousands of connections.
        var wanted = (connections ?? []).Select(pair => Connection.Pair(pair.Item1, pair.Item2)).Distinct().ToList();
        var involved = wanted.Select(pair => pair.First).Distinct().ToList();
        var existing = (await data.Connections.Where(c => involved.Contains(c.FirstUserId))
                .Select(c => new { c.FirstUserId, c.SecondUserId }).ToListAsync(cancellationToken))
            .Select(c => (c.FirstUserId, c.SecondUserId)).ToHashSet();
        foreach (var (first, second) in wanted.Where(pair => !existing.Contains(pair)))
        {
            data.Connections.Add(new Connection(first, second, introducedBy: null, now));
        }

        await data.SaveChangesAsync(cancellationToken);
    }
}
