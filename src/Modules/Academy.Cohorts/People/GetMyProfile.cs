using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.People;

/// <summary>The signed-in member's own profile, for editing.</summary>
public sealed record GetMyProfile : IRequest<MyProfile>;

public sealed record MyProfile(
    string DisplayName, string Headline, string Organisation, string Industry, string Location, string Bio,
    IReadOnlyList<string> Expertise, IReadOnlyList<string> Interests, string? LinkedInUrl, string? XUrl, string? BlogUrl, string? WebsiteUrl,
    bool ShowsActivity, FieldVisibility HeadlineVisibility, FieldVisibility OrganisationVisibility, FieldVisibility IndustryVisibility,
    FieldVisibility LocationVisibility, FieldVisibility BioVisibility, FieldVisibility TagsVisibility, FieldVisibility LinksVisibility,
    string? AvatarUrl, string? FirstCohortSlug);

internal sealed class GetMyProfileHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetMyProfile, MyProfile>
{
    public async Task<MyProfile> Handle(GetMyProfile request, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        var profile = await data.MemberProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken)
            ?? new MemberProfile(userId, currentUser.DisplayName ?? string.Empty);
        var cohort = await data.CohortMembers.Where(m => m.UserId == userId)
            .Join(data.Cohorts, m => m.CohortId, c => c.Id, (m, c) => new { c.Slug, c.StartsOn })
            .OrderByDescending(c => c.StartsOn).Select(c => c.Slug).FirstOrDefaultAsync(cancellationToken);
        var visibility = profile.Visibility;
        return new MyProfile(profile.DisplayName, profile.Headline, profile.Organisation, profile.Industry, profile.Location, profile.BioMarkdown,
            profile.Expertise, profile.Interests, profile.LinkedInUrl, profile.XUrl, profile.BlogUrl, profile.WebsiteUrl, profile.ShowsActivity,
            visibility.Headline, visibility.Organisation, visibility.Industry, visibility.Location, visibility.Bio, visibility.Tags, visibility.Links,
            cohort is null ? null : Avatars.UrlOf(cohort, userId, profile.AvatarVersion), cohort);
    }
}
