using System.Linq.Expressions;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;

namespace Academy.Cohorts.People;

/// <summary>Who is looking at a cohort's people: fields a member shows to instructors only are visible to its instructors (and admins) and to the member.</summary>
internal sealed record PeopleViewer(string UserId, bool Teaches)
{
    public bool MaySee(string ownerId, FieldVisibility visibility) => visibility == FieldVisibility.Cohort || ownerId == UserId || Teaches;
}

/// <summary>
/// A member as a list shows them: the cohort's copy of their name and role and the profile fields a card shows, with
/// the visibility of each (a member without a profile has null fields, visible to the cohort). Read by
/// <see cref="MemberCards.Of"/>, which the database can filter and order before any row leaves it.
/// </summary>
internal sealed class MemberCard
{
    public string UserId { get; init; } = string.Empty;
    public string DisplayName { get; init; } = string.Empty;
    public CohortRole Role { get; init; }
    public DateTimeOffset JoinedAt { get; init; }
    public string? Headline { get; init; }
    public string? Organisation { get; init; }
    public string? Industry { get; init; }
    public string? Location { get; init; }
    public List<string>? Expertise { get; init; }
    public List<string>? Interests { get; init; }
    public int AvatarVersion { get; init; }
    public FieldVisibility HeadlineVisibility { get; init; }
    public FieldVisibility OrganisationVisibility { get; init; }
    public FieldVisibility IndustryVisibility { get; init; }
    public FieldVisibility LocationVisibility { get; init; }
    public FieldVisibility TagsVisibility { get; init; }

    /// <summary>The member as the viewer may see them: hidden fields are null or empty.</summary>
    public Person ToPerson(string cohortSlug, PeopleViewer viewer)
    {
        string? Shown(string? value, FieldVisibility visibility) => string.IsNullOrWhiteSpace(value) || !viewer.MaySee(UserId, visibility) ? null : value;
        var tagsShown = viewer.MaySee(UserId, TagsVisibility);
        return new Person(UserId, DisplayName, Role,
            Shown(Headline, HeadlineVisibility), Shown(Organisation, OrganisationVisibility), Shown(Industry, IndustryVisibility), Shown(Location, LocationVisibility),
            tagsShown ? Expertise ?? [] : [], tagsShown ? Interests ?? [] : [],
            Avatars.UrlOf(cohortSlug, UserId, AvatarVersion));
    }
}

internal static class Avatars
{
    /// <summary>Where a member's picture is, by its version so that a new one is fetched; null for none.</summary>
    public static string? UrlOf(string cohortSlug, string userId, int avatarVersion) =>
        avatarVersion > 0 ? $"/cohorts/{cohortSlug}/people/{userId}/avatar?v={avatarVersion}" : null;
}

internal static class MemberCards
{
    /// <summary>These members with their profiles' card fields, one row each; compose filters, order and paging on it.</summary>
    public static IQueryable<MemberCard> Of(ICohortsData data, IQueryable<CohortMember> members) =>
        members.SelectMany(member => data.MemberProfiles.Where(profile => profile.UserId == member.UserId).DefaultIfEmpty(), Card);

    /// <summary>
    /// A member and their profile (null for none) as a card: the projection of <see cref="Of"/>, and of compiled
    /// queries that name it as the result selector of the same left join.
    /// </summary>
    public static readonly Expression<Func<CohortMember, MemberProfile?, MemberCard>> Card = (member, profile) => new MemberCard
    {
        UserId = member.UserId, DisplayName = member.DisplayName, Role = member.Role, JoinedAt = member.JoinedAt,
        Headline = profile!.Headline, Organisation = profile.Organisation, Industry = profile.Industry, Location = profile.Location,
        Expertise = profile.Expertise, Interests = profile.Interests, AvatarVersion = profile == null ? 0 : profile.AvatarVersion,
        HeadlineVisibility = profile == null ? FieldVisibility.Cohort : profile.Visibility.Headline,
        OrganisationVisibility = profile == null ? FieldVisibility.Cohort : profile.Visibility.Organisation,
        IndustryVisibility = profile == null ? FieldVisibility.Cohort : profile.Visibility.Industry,
        LocationVisibility = profile == null ? FieldVisibility.Cohort : profile.Visibility.Location,
        TagsVisibility = profile == null ? FieldVisibility.Cohort : profile.Visibility.Tags,
    };
}
