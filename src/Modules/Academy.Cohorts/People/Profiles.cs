using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Files;
using Academy.Shared.Markdown;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.People;

/// <summary>Where the viewer stands with a member.</summary>
public enum ConnectionState
{
    Me,
    Connected,
    RequestSent,
    RequestReceived,
    NotConnected,
}

/// <summary>A member's profile in one cohort, as the viewer may see it, with what connects the two.</summary>
public sealed record GetProfile(string CohortSlug, string MemberId) : IRequest<ProfileView>;

/// <param name="HiddenFromPeers">The fields peers do not see, named for the member (and instructors) viewing the profile.</param>
public sealed record ProfileView(
    string CohortSlug, string CohortName, Person Person, string? BioHtml, IReadOnlyList<ProfileLink> Links,
    ConnectionState State, Guid? PendingRequestId, IReadOnlyList<Person> Mutual, bool ViewerTeaches,
    bool ShowsActivity, IReadOnlyList<ActivityItem> Threads, IReadOnlyList<ActivityItem> SharedReflections,
    IReadOnlyList<string> HiddenFromPeers, bool ViewerIsMember);

public sealed record ProfileLink(string Label, string Url);

internal sealed class GetProfileHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator) : IRequestHandler<GetProfile, ProfileView>
{
    public async Task<ProfileView> Handle(GetProfile request, CancellationToken cancellationToken)
    {
        var people = await CohortPeople.LoadAsync(data, currentUser, request.CohortSlug, cancellationToken);
        if (!people.Contains(request.MemberId))
        {
            throw new NotFoundException($"{request.MemberId} is not a member of {request.CohortSlug}.");
        }

        var viewerId = people.ViewerId;
        var memberId = request.MemberId;
        var around = await ConnectionsAround.LoadAsync(data, viewerId, cancellationToken);
        var pending = await data.ConnectionRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Pending &&
                        ((r.FromUserId == viewerId && r.ToUserId == memberId) || (r.FromUserId == memberId && r.ToUserId == viewerId && r.ReachesReceiver)))
            .Select(r => new { r.Id, r.FromUserId })
            .FirstOrDefaultAsync(cancellationToken);
        var state = memberId == viewerId ? ConnectionState.Me
            : around.AreConnected(viewerId, memberId) ? ConnectionState.Connected
            : pending is null ? ConnectionState.NotConnected
            : pending.FromUserId == viewerId ? ConnectionState.RequestSent : ConnectionState.RequestReceived;

        var profile = people.ProfileOf(memberId);
        var visibility = profile?.Visibility ?? new ProfileVisibility();
        var links = profile is null || !people.MaySee(memberId, visibility.Links)
            ? []
            : new[] { ("LinkedIn", profile.LinkedInUrl), ("X", profile.XUrl), ("Blog", profile.BlogUrl), ("Website", profile.WebsiteUrl) }
                .Where(link => !string.IsNullOrEmpty(link.Item2)).Select(link => new ProfileLink(link.Item1, link.Item2!)).ToList();

        var showsActivity = profile?.ShowsActivity == true;
        var threads = showsActivity ? await mediator.Send(new GetThreadsStartedBy(people.CohortSlug, memberId), cancellationToken) : [];
        var reflections = showsActivity ? await mediator.Send(new GetReflectionsSharedBy(people.CohortSlug, memberId), cancellationToken) : [];

        var hidden = memberId == viewerId || people.ViewerTeaches
            ? new[] { ("Headline", visibility.Headline), ("Organisation", visibility.Organisation), ("Industry", visibility.Industry),
                    ("Location", visibility.Location), ("Bio", visibility.Bio), ("Expertise and interests", visibility.Tags), ("Links", visibility.Links) }
                .Where(field => field.Item2 == FieldVisibility.Instructors).Select(field => field.Item1).ToList()
            : [];

        return new ProfileView(people.CohortSlug, people.CohortName, people.PersonOf(memberId),
            profile is not null && people.MaySee(memberId, visibility.Bio) && profile.BioHtml.Length > 0 ? profile.BioHtml : null,
            links, state, pending?.Id,
            around.MutualWith(memberId).Where(people.Contains).Select(people.PersonOf).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
            people.ViewerTeaches, showsActivity, threads, reflections, hidden, people.ViewerIsMember);
    }
}

/// <summary>The signed-in member's own profile, for editing.</summary>
public sealed record GetMyProfile : IRequest<MyProfile>;

public sealed record MyProfile(
    string DisplayName, string Headline, string Organisation, string Industry, string Location, string Bio,
    IReadOnlyList<string> Expertise, IReadOnlyList<string> Interests, string? LinkedInUrl, string? XUrl, string? BlogUrl, string? WebsiteUrl,
    bool ShowsActivity, FieldVisibility HeadlineVisibility, FieldVisibility OrganisationVisibility, FieldVisibility IndustryVisibility,
    FieldVisibility LocationVisibility, FieldVisibility BioVisibility, FieldVisibility TagsVisibility, FieldVisibility LinksVisibility,
    string? AvatarUrl, string? FirstCohortSlug);

/// <summary>Saves the member's profile; every field with its visibility.</summary>
public sealed record EditProfile(
    string Headline, string Organisation, string Industry, string Location, string Bio,
    string Expertise, string Interests, string? LinkedInUrl, string? XUrl, string? BlogUrl, string? WebsiteUrl, bool ShowsActivity,
    FieldVisibility HeadlineVisibility, FieldVisibility OrganisationVisibility, FieldVisibility IndustryVisibility,
    FieldVisibility LocationVisibility, FieldVisibility BioVisibility, FieldVisibility TagsVisibility, FieldVisibility LinksVisibility) : IRequest;

/// <summary>Replaces the member's picture with an uploaded JPEG, PNG or WebP of up to 2 MB.</summary>
public sealed record UploadAvatar(byte[] Bytes) : IRequest;

public sealed record RemoveAvatar : IRequest;

/// <summary>A member's picture, for members of a cohort they share.</summary>
public sealed record GetAvatar(string CohortSlug, string MemberId) : IRequest<AvatarImage>;

public sealed record AvatarImage(string ContentType, byte[] Bytes);

internal static class ProfileRules
{
    public const int MaximumBioLength = 2_000;
    public const int MaximumAvatarBytes = 2 * 1024 * 1024;
    public const int MaximumTags = 12;
    public const int MaximumTagLength = 40;

    /// <summary>Tags typed as a comma-separated list: trimmed, without duplicates.</summary>
    public static List<string> Tags(string? typed) => (typed ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();
}

internal sealed class EditProfileValidator : AbstractValidator<EditProfile>
{
    public EditProfileValidator()
    {
        RuleFor(request => request.Headline).MaximumLength(200).WithMessage("Keep the headline to 200 characters.");
        RuleFor(request => request.Organisation).MaximumLength(200).WithMessage("Keep the organisation to 200 characters.");
        RuleFor(request => request.Industry).MaximumLength(100).WithMessage("Keep the industry to 100 characters.");
        RuleFor(request => request.Location).MaximumLength(100).WithMessage("Keep the location to 100 characters.");
        RuleFor(request => request.Bio).MaximumLength(ProfileRules.MaximumBioLength)
            .WithMessage(request => $"A bio can have at most {ProfileRules.MaximumBioLength:N0} characters; this one has {request.Bio.Length:N0}.");
        foreach (var (name, tags) in new (string, Func<EditProfile, string>)[] { (nameof(EditProfile.Expertise), r => r.Expertise), (nameof(EditProfile.Interests), r => r.Interests) })
        {
            RuleFor(request => ProfileRules.Tags(tags(request)))
                .Must(list => list.Count <= ProfileRules.MaximumTags).WithMessage($"At most {ProfileRules.MaximumTags} tags, separated by commas.").OverridePropertyName(name)
                .Must(list => list.All(tag => tag.Length <= ProfileRules.MaximumTagLength)).WithMessage($"Keep each tag to {ProfileRules.MaximumTagLength} characters.");
        }

        foreach (var (name, url) in new (string, Func<EditProfile, string?>)[]
                 {
                     (nameof(EditProfile.LinkedInUrl), r => r.LinkedInUrl), (nameof(EditProfile.XUrl), r => r.XUrl),
                     (nameof(EditProfile.BlogUrl), r => r.BlogUrl), (nameof(EditProfile.WebsiteUrl), r => r.WebsiteUrl),
                 })
        {
            RuleFor(request => url(request))
                .Must(Academy.Shared.Text.WebAddress.IsEmptyOrHttps).WithMessage("Enter a full address starting with https://, for example https://www.linkedin.com/in/your-name.")
                .OverridePropertyName(name);
        }
    }
}

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
            profile.AvatarVersion > 0 && cohort is not null ? $"/cohorts/{cohort}/people/{userId}/avatar?v={profile.AvatarVersion}" : null, cohort);
    }
}

internal sealed class EditProfileHandler(ICohortsData data, ICurrentUser currentUser, IMarkdownRenderer markdown) : IRequestHandler<EditProfile, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(EditProfile request, CancellationToken cancellationToken)
    {
        var profile = await data.OwnProfileAsync(currentUser, cancellationToken);
        static string? Url(string? url) => string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        var bio = (request.Bio ?? string.Empty).Trim();
        profile.Edit(new ProfileChanges(
                (request.Headline ?? string.Empty).Trim(), (request.Organisation ?? string.Empty).Trim(), (request.Industry ?? string.Empty).Trim(),
                (request.Location ?? string.Empty).Trim(), bio, ProfileRules.Tags(request.Expertise), ProfileRules.Tags(request.Interests),
                Url(request.LinkedInUrl), Url(request.XUrl), Url(request.BlogUrl), Url(request.WebsiteUrl), request.ShowsActivity,
                request.HeadlineVisibility, request.OrganisationVisibility, request.IndustryVisibility, request.LocationVisibility,
                request.BioVisibility, request.TagsVisibility, request.LinksVisibility),
            bio.Length == 0 ? string.Empty : markdown.RenderUserContent(bio).Html);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class UploadAvatarValidator : AbstractValidator<UploadAvatar>
{
    public UploadAvatarValidator() => RuleFor(request => request.Bytes)
        .Must(bytes => bytes.Length > 0).WithMessage("Choose an image file.")
        .Must(bytes => bytes.Length <= ProfileRules.MaximumAvatarBytes).WithMessage("The picture can be at most 2 MB.")
        .Must(bytes => bytes.Length == 0 || bytes.Length > ProfileRules.MaximumAvatarBytes || UploadedImage.Recognise(bytes) is not null)
        .WithMessage("That file is not a JPEG, PNG or WebP picture.");
}

internal sealed class UploadAvatarHandler(ICohortsData data, ICurrentUser currentUser, TimeProvider clock) : IRequestHandler<UploadAvatar, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(UploadAvatar request, CancellationToken cancellationToken)
    {
        var image = UploadedImage.Recognise(request.Bytes) ?? throw new InvalidOperationException("The validator lets only images through.");
        var profile = await data.OwnProfileAsync(currentUser, cancellationToken);
        var avatar = await data.MemberAvatars.SingleOrDefaultAsync(a => a.UserId == profile.UserId, cancellationToken);
        if (avatar is null)
        {
            data.MemberAvatars.Add(new MemberAvatar(profile.UserId, image.ContentType, request.Bytes, clock.GetUtcNow()));
        }
        else
        {
            avatar.Replace(image.ContentType, request.Bytes, clock.GetUtcNow());
        }

        profile.AvatarChanged(hasAvatar: true);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class RemoveAvatarHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<RemoveAvatar, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RemoveAvatar request, CancellationToken cancellationToken)
    {
        var profile = await data.OwnProfileAsync(currentUser, cancellationToken);
        await data.MemberAvatars.Where(a => a.UserId == profile.UserId).ExecuteDeleteAsync(cancellationToken);
        profile.AvatarChanged(hasAvatar: false);
        await data.SaveChangesAsync(cancellationToken);
        return MediatR.Unit.Value;
    }
}

internal sealed class GetAvatarHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetAvatar, AvatarImage>
{
    public async Task<AvatarImage> Handle(GetAvatar request, CancellationToken cancellationToken)
    {
        var viewerId = currentUser.UserId;
        var sharesCohort = await (
                from cohort in data.Cohorts
                where cohort.Slug == request.CohortSlug
                join member in data.CohortMembers on cohort.Id equals member.CohortId
                where member.UserId == request.MemberId
                select cohort.Id)
            .AnyAsync(id => currentUser.IsInRole(Academy.Contracts.Access.Roles.Admin) || data.CohortMembers.Any(m => m.CohortId == id && m.UserId == viewerId), cancellationToken);
        var avatar = sharesCohort
            ? await data.MemberAvatars.AsNoTracking().Where(a => a.UserId == request.MemberId)
                .Select(a => new AvatarImage(a.ContentType, a.Bytes)).SingleOrDefaultAsync(cancellationToken)
            : null;
        return avatar ?? throw new NotFoundException($"No picture of {request.MemberId} for {viewerId} in {request.CohortSlug}.");
    }
}

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
