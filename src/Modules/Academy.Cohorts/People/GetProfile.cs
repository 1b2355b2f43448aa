using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
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

internal sealed class GetProfileHandler(ICohortsData data, ICurrentUser currentUser, IMediator mediator, IStringLocalizer<CohortsText> t) : IRequestHandler<GetProfile, ProfileView>
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
        // The request between the two and whether the viewer blocked the member, in one command: the member is in the cohort, so the row is there.
        // A request from someone the viewer blocked is not shown to them, as on their connections page.
        var viewerBlocked = data.PersonBlocks.Where(b => b.BlockerId == viewerId && b.BlockedId == memberId);
        var pendingBetween = data.ConnectionRequests
            .Where(r => r.Status == RequestStatus.Pending
                        && ((r.FromUserId == viewerId && r.ToUserId == memberId)
                            || (r.FromUserId == memberId && r.ToUserId == viewerId && r.ReachesReceiver && !viewerBlocked.Any())))
            .OrderBy(r => r.CreatedAt);
        var between = await data.CohortMembers.AsNoTracking()
            .Where(m => m.UserId == memberId)
            .Select(m => new
            {
                PendingId = pendingBetween.Select(r => (Guid?)r.Id).FirstOrDefault(),
                PendingFrom = pendingBetween.Select(r => r.FromUserId).FirstOrDefault(),
                Blocked = viewerBlocked.Any(),
            })
            .FirstAsync(cancellationToken);
        var state = memberId == viewerId ? ConnectionState.Me
            : around.AreConnected(viewerId, memberId) ? ConnectionState.Connected
            : between.PendingId is null ? ConnectionState.NotConnected
            : between.PendingFrom == viewerId ? ConnectionState.RequestSent : ConnectionState.RequestReceived;

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
                .Where(field => field.Item2 == FieldVisibility.Instructors).Select(field => t[field.Item1].Value).ToList()
            : [];

        return new ProfileView(people.CohortSlug, people.CohortName, people.PersonOf(memberId),
            profile is not null && people.MaySee(memberId, visibility.Bio) && profile.BioHtml.Length > 0 ? profile.BioHtml : null,
            links, state, between.PendingId,
            around.MutualWith(memberId).Where(people.Contains).Select(people.PersonOf).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
            people.ViewerTeaches, showsActivity, threads, reflections, hidden, people.ViewerIsMember, between.Blocked);
    }
}
