using System.Linq.Expressions;
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
/// Both queries are compiled once for the app (<see cref="Data.CohortsQueries"/>): they were built and looked up anew
/// on every visit.
/// </summary>
internal sealed class GetProfileHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, IStringLocalizer<CohortsText> t) : IRequestHandler<GetProfile, ProfileView>
{
    /// <summary>
    /// The member in the cohort, with their card and profile, the viewer's role there, and what stands between the two:
    /// a connection, the request between them, and whether the viewer blocked the member. A request from someone the
    /// viewer blocked is not shown to them, as on their connections page. My connections and the request are written out
    /// twice, as an expression to compile has no variables.
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string, string, IQueryable<ProfileFound>>> ProfileQuery =
        (context, cohortSlug, viewerId, memberId) =>
            from card in context.Set<CohortMember>()
                .Where(m => m.UserId == memberId && context.Set<Cohort>().Any(c => c.Slug == cohortSlug && c.Id == m.CohortId))
                .SelectMany(member => context.Set<MemberProfile>().Where(p => p.UserId == member.UserId).DefaultIfEmpty(), MemberCards.Card)
            from cohort in context.Set<Cohort>().Where(c => c.Slug == cohortSlug)
            from about in context.Set<MemberProfile>().Where(p => p.UserId == card.UserId).DefaultIfEmpty()
            select new ProfileFound
            {
                Card = card,
                CohortName = cohort.Name,
                ViewerRole = context.Set<CohortMember>().Where(m => m.CohortId == cohort.Id && m.UserId == viewerId).Select(m => (CohortRole?)m.Role).FirstOrDefault(),
                Profile = about == null ? null : new ProfileDetails
                {
                    BioHtml = about.BioHtml, LinkedInUrl = about.LinkedInUrl, XUrl = about.XUrl, BlogUrl = about.BlogUrl, WebsiteUrl = about.WebsiteUrl,
                    ShowsActivity = about.ShowsActivity, Headline = about.Visibility.Headline, Organisation = about.Visibility.Organisation,
                    Industry = about.Visibility.Industry, Location = about.Visibility.Location, Bio = about.Visibility.Bio,
                    Tags = about.Visibility.Tags, Links = about.Visibility.Links,
                },
                Connected = context.Set<Connection>().Where(c => c.FirstUserId == viewerId || c.SecondUserId == viewerId)
                    .Select(c => c.FirstUserId == viewerId ? c.SecondUserId : c.FirstUserId)
                    .Contains(memberId),
                PendingId = context.Set<ConnectionRequest>()
                    .Where(r => r.Status == RequestStatus.Pending
                                && ((r.FromUserId == viewerId && r.ToUserId == memberId)
                                    || (r.FromUserId == memberId && r.ToUserId == viewerId && r.ReachesReceiver
                                        && !context.Set<PersonBlock>().Any(b => b.BlockerId == viewerId && b.BlockedId == memberId))))
                    .OrderBy(r => r.CreatedAt)
                    .Select(r => (Guid?)r.Id)
                    .FirstOrDefault(),
                PendingFrom = context.Set<ConnectionRequest>()
                    .Where(r => r.Status == RequestStatus.Pending
                                && ((r.FromUserId == viewerId && r.ToUserId == memberId)
                                    || (r.FromUserId == memberId && r.ToUserId == viewerId && r.ReachesReceiver
                                        && !context.Set<PersonBlock>().Any(b => b.BlockerId == viewerId && b.BlockedId == memberId))))
                    .OrderBy(r => r.CreatedAt)
                    .Select(r => r.FromUserId)
                    .FirstOrDefault(),
                Blocked = context.Set<PersonBlock>().Any(b => b.BlockerId == viewerId && b.BlockedId == memberId),
            };

    /// <summary>The people in the cohort whom both the viewer and the member are connected with.</summary>
    internal static readonly Expression<Func<DbContext, string, string, string, IQueryable<MemberCard>>> MutualQuery =
        (context, cohortSlug, viewerId, memberId) =>
            context.Set<CohortMember>()
                .Where(m => context.Set<Cohort>().Any(c => c.Slug == cohortSlug && c.Id == m.CohortId)
                            && context.Set<Connection>().Where(c => c.FirstUserId == viewerId || c.SecondUserId == viewerId)
                                .Select(c => c.FirstUserId == viewerId ? c.SecondUserId : c.FirstUserId)
                                .Contains(m.UserId)
                            && context.Set<Connection>().Any(c =>
                                (c.FirstUserId == memberId && c.SecondUserId == m.UserId) || (c.SecondUserId == memberId && c.FirstUserId == m.UserId)))
                .SelectMany(member => context.Set<MemberProfile>().Where(p => p.UserId == member.UserId).DefaultIfEmpty(), MemberCards.Card);

    public async Task<ProfileView> Handle(GetProfile request, CancellationToken cancellationToken)
    {
        var viewerId = currentUser.UserId;
        var memberId = request.MemberId;
        var isAdmin = currentUser.IsInRole(Roles.Admin);
        var found = await data.Profile(request.CohortSlug, viewerId, memberId).FirstOrDefaultAsync(cancellationToken);
        if (found is null || (found.ViewerRole is null && !isAdmin))
        {
            throw new NotFoundException($"{memberId} is not a member of {request.CohortSlug} that {viewerId} may see.");
        }

        // None when the member is the viewer.
        var mutualCards = memberId == viewerId ? [] : await data.MutualCards(request.CohortSlug, viewerId, memberId).ToListAsync(cancellationToken);

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

/// <summary>What <see cref="GetProfileHandler.ProfileQuery"/> finds of a member and of what stands between them and the viewer.</summary>
internal sealed class ProfileFound
{
    public MemberCard Card { get; init; } = null!;
    public string CohortName { get; init; } = string.Empty;
    public CohortRole? ViewerRole { get; init; }
    public ProfileDetails? Profile { get; init; }
    public bool Connected { get; init; }
    public Guid? PendingId { get; init; }
    public string? PendingFrom { get; init; }
    public bool Blocked { get; init; }
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
