using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.People;

/// <summary>A member's profile in one cohort, as the viewer may see it, with what connects the two.</summary>
public sealed record GetProfile(string CohortSlug, string MemberId) : IRequest<ProfileView>;

/// <param name="HiddenFromPeers">The fields peers do not see, named for the member (and instructors) viewing the profile.</param>
/// <param name="ViewerBlocked">The viewer has blocked this member (whether the member blocked the viewer is never told).</param>
public sealed record ProfileView(
    string CohortSlug, string CohortName, Person Person, string? BioHtml, IReadOnlyList<ProfileLink> Links,
    ConnectionState State, Guid? PendingRequestId, IReadOnlyList<Person> Mutual, bool ViewerTeaches,
    bool ShowsActivity, IReadOnlyList<ActivityItem> Threads, IReadOnlyList<ActivityItem> SharedReflections,
    IReadOnlyList<string> HiddenFromPeers, bool ViewerIsMember, bool ViewerBlocked = false);

public sealed record ProfileLink(string Label, string Url);

/// <summary>Where the viewer stands with a member.</summary>
public enum ConnectionState
{
    Me,
    Connected,
    RequestSent,
    RequestReceived,
    NotConnected,
}

/// <summary>
/// Two queries whatever the cohort's size: the member with the viewer's place in the cohort and what stands between the two,
/// then the people in the cohort both know; then the member's public activity from the other modules, when they show it.
/// </summary>
internal sealed class GetProfileHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, IStringLocalizer<CohortsText> t) : IRequestHandler<GetProfile, ProfileView>
{
    public async Task<ProfileView> Handle(GetProfile request, CancellationToken cancellationToken)
    {
        var viewerId = currentUser.UserId;
        var memberId = request.MemberId;
        var isAdmin = currentUser.IsInRole(Roles.Admin);
        var cohorts = data.Cohorts.Where(c => c.Slug == request.CohortSlug);
        var members = data.CohortMembers.Where(m => cohorts.Any(c => c.Id == m.CohortId));
        var mine = data.Connections.Where(c => c.FirstUserId == viewerId || c.SecondUserId == viewerId)
            .Select(c => c.FirstUserId == viewerId ? c.SecondUserId : c.FirstUserId);
        // The people in the cohort both know (none when the member is the viewer).
        var mutual = MemberCards.Of(data, members.Where(m => mine.Contains(m.UserId) && data.Connections.Any(c =>
            (c.FirstUserId == memberId && c.SecondUserId == m.UserId) || (c.SecondUserId == memberId && c.FirstUserId == m.UserId))));
        // The request between the two and whether the viewer blocked the member.
        // A request from someone the viewer blocked is not shown to them, as on their connections page.
        var viewerBlocked = data.PersonBlocks.Where(b => b.BlockerId == viewerId && b.BlockedId == memberId);
        var pendingBetween = data.ConnectionRequests
            .Where(r => r.Status == RequestStatus.Pending
                        && ((r.FromUserId == viewerId && r.ToUserId == memberId)
                            || (r.FromUserId == memberId && r.ToUserId == viewerId && r.ReachesReceiver && !viewerBlocked.Any())))
            .OrderBy(r => r.CreatedAt);
        var found = await (
                from card in MemberCards.Of(data, members.Where(m => m.UserId == memberId))
                from cohort in cohorts
                from about in data.MemberProfiles.Where(p => p.UserId == card.UserId).DefaultIfEmpty()
                select new
                {
                    Card = card,
                    CohortName = cohort.Name,
                    ViewerRole = members.Where(m => m.UserId == viewerId).Select(m => (CohortRole?)m.Role).FirstOrDefault(),
                    Profile = about == null ? null : new ProfileDetails
                    {
                        BioHtml = about.BioHtml, LinkedInUrl = about.LinkedInUrl, XUrl = about.XUrl, BlogUrl = about.BlogUrl, WebsiteUrl = about.WebsiteUrl,
                        ShowsActivity = about.ShowsActivity, Headline = about.Visibility.Headline, Organisation = about.Visibility.Organisation,
                        Industry = about.Visibility.Industry, Location = about.Visibility.Location, Bio = about.Visibility.Bio,
                        Tags = about.Visibility.Tags, Links = about.Visibility.Links,
                    },
                    Connected = mine.Contains(memberId),
                    PendingId = pendingBetween.Select(r => (Guid?)r.Id).FirstOrDefault(),
                    PendingFrom = pendingBetween.Select(r => r.FromUserId).FirstOrDefault(),
                    Blocked = viewerBlocked.Any(),
                })
            .AsNoTracking()
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || (found.ViewerRole is null && !isAdmin))
        {
            throw new NotFoundException($"{memberId} is not a member of {request.CohortSlug} that {viewerId} may see.");
        }

        var mutualCards = memberId == viewerId ? [] : await mutual.AsNoTracking().ToListAsync(cancellationToken);

        var viewer = new PeopleViewer(viewerId, isAdmin || found.ViewerRole == CohortRole.Instructor);
        var state = memberId == viewerId ? ConnectionState.Me
            : found.Connected ? ConnectionState.Connected
            : found.PendingId is null ? ConnectionState.NotConnected
            : found.PendingFrom == viewerId ? ConnectionState.RequestSent : ConnectionState.RequestReceived;

        var profile = found.Profile;
        var links = profile is null || !viewer.MaySee(memberId, profile.Links)
            ? []
            : new[] { ("LinkedIn", profile.LinkedInUrl), ("X", profile.XUrl), ("Blog", profile.BlogUrl), ("Website", profile.WebsiteUrl) }
                .Where(link => !string.IsNullOrEmpty(link.Item2)).Select(link => new ProfileLink(link.Item1, link.Item2!)).ToList();

        var showsActivity = profile?.ShowsActivity == true;
        var threads = showsActivity ? await mediator.Send(new GetThreadsStartedBy(request.CohortSlug, memberId), cancellationToken) : [];
        var reflections = showsActivity ? await mediator.Send(new GetReflectionsSharedBy(request.CohortSlug, memberId), cancellationToken) : [];

        var hidden = profile is not null && (memberId == viewerId || viewer.Teaches)
            ? new[] { ("Headline", profile.Headline), ("Organisation", profile.Organisation), ("Industry", profile.Industry),
                    ("Location", profile.Location), ("Bio", profile.Bio), ("Expertise and interests", profile.Tags), ("Links", profile.Links) }
                .Where(field => field.Item2 == FieldVisibility.Instructors).Select(field => t[field.Item1].Value).ToList()
            : [];

        return new ProfileView(request.CohortSlug, found.CohortName, found.Card.ToPerson(request.CohortSlug, viewer),
            profile is not null && viewer.MaySee(memberId, profile.Bio) && profile.BioHtml.Length > 0 ? profile.BioHtml : null,
            links, state, found.PendingId,
            mutualCards.Select(card => card.ToPerson(request.CohortSlug, viewer)).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
            viewer.Teaches, showsActivity, threads, reflections, hidden, found.ViewerRole is not null, found.Blocked);
    }
}

/// <summary>What the profile page shows of a profile besides its card, and who may see each part.</summary>
internal sealed class ProfileDetails
{
    public string BioHtml { get; init; } = string.Empty;
    public string? LinkedInUrl { get; init; }
    public string? XUrl { get; init; }
    public string? BlogUrl { get; init; }
    public string? WebsiteUrl { get; init; }
    public bool ShowsActivity { get; init; }
    public FieldVisibility Headline { get; init; }
    public FieldVisibility Organisation { get; init; }
    public FieldVisibility Industry { get; init; }
    public FieldVisibility Location { get; init; }
    public FieldVisibility Bio { get; init; }
    public FieldVisibility Tags { get; init; }
    public FieldVisibility Links { get; init; }
}
