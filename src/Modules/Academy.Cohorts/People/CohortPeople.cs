using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.People;

/// <summary>A member of the cohort as another member may see them: fields hidden from the viewer are null or empty.</summary>
public sealed record Person(
    string UserId, string Name, CohortRole Role, string? Headline, string? Organisation, string? Industry, string? Location,
    IReadOnlyList<string> Expertise, IReadOnlyList<string> Interests, string? AvatarUrl)
{
    public string Url(string cohortSlug) => $"/cohorts/{cohortSlug}/people/{UserId}";
}

/// <summary>
/// The members of one cohort with their profiles' card fields, read in one query, as the signed-in viewer may see them.
/// Not found for anyone who is not a member (admins see every cohort, as its instructors would). Pages that show one or
/// a few people read only those (<see cref="LoadSomeAsync"/>); the whole cohort is for what is the whole cohort by nature
/// (the network graph, the instructors' roster and dashboard).
/// </summary>
internal sealed class CohortPeople
{
    private readonly Dictionary<string, MemberCard> rows;

    private CohortPeople(CohortRow cohort, string cohortSlug, PeopleViewer viewer, IEnumerable<MemberCard> members)
    {
        CohortId = cohort.Id;
        CohortSlug = cohortSlug;
        CohortName = cohort.Name;
        CourseSlug = cohort.CourseSlug;
        StartsOn = cohort.StartsOn;
        TimeZone = cohort.TimeZone;
        Viewer = viewer;
        rows = members.ToDictionary(row => row.UserId);
    }

    public Guid CohortId { get; }
    public string CohortSlug { get; }
    public string CohortName { get; }
    public string CourseSlug { get; }
    public DateOnly StartsOn { get; }
    public string TimeZone { get; }
    public PeopleViewer Viewer { get; }
    public string ViewerId => Viewer.UserId;

    /// <summary>The viewer is an instructor of this cohort or an admin: fields shown to instructors only are visible.</summary>
    public bool ViewerTeaches => Viewer.Teaches;

    public bool ViewerIsMember => rows.ContainsKey(ViewerId);

    public IEnumerable<string> MemberIds => rows.Keys;

    public bool Contains(string userId) => rows.ContainsKey(userId);

    public string NameOf(string userId) => rows.TryGetValue(userId, out var row) ? row.DisplayName : "A former member";

    public CohortRole RoleOf(string userId) => rows[userId].Role;

    public DateTimeOffset JoinedAt(string userId) => rows[userId].JoinedAt;

    public static Task<CohortPeople> LoadAsync(ICohortsData data, ICurrentUser viewer, string cohortSlug, CancellationToken cancellationToken) =>
        LoadAsync(data, viewer, cohortSlug, only: null, cancellationToken);

    /// <summary>
    /// As <see cref="LoadAsync(ICohortsData, ICurrentUser, string, CancellationToken)"/>, with only the viewer and these
    /// members (those who are in the cohort), for what concerns one or two people: the same checks, whatever the cohort's
    /// size. Not found, too, when none of them is in the cohort (an admin outside it asking about a non-member).
    /// </summary>
    public static Task<CohortPeople> LoadSomeAsync(ICohortsData data, ICurrentUser viewer, string cohortSlug, IReadOnlyCollection<string> userIds,
        CancellationToken cancellationToken) =>
        LoadAsync(data, viewer, cohortSlug, userIds.Append(viewer.UserId).Distinct().ToList(), cancellationToken);

    private static async Task<CohortPeople> LoadAsync(ICohortsData data, ICurrentUser viewer, string cohortSlug, List<string>? only, CancellationToken cancellationToken)
    {
        var viewerId = viewer.UserId;
        var members = data.CohortMembers.Where(member => member.CohortId == data.Cohorts.Where(c => c.Slug == cohortSlug).Select(c => c.Id).FirstOrDefault());
        if (only is not null)
        {
            members = members.Where(member => only.Contains(member.UserId));
        }

        var rows = await (
                from card in MemberCards.Of(data, members)
                from cohort in data.Cohorts.Where(c => c.Slug == cohortSlug)
                select new { Cohort = new CohortRow(cohort.Id, cohort.Name, cohort.CourseSlug, cohort.StartsOn, cohort.TimeZone), Card = card })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var isAdmin = viewer.IsInRole(Roles.Admin);
        var own = rows.FirstOrDefault(row => row.Card.UserId == viewerId)?.Card;
        // Nobody of those asked for is in the cohort (or it has nobody): there is nothing to see or do there.
        if (rows.Count == 0 || (own is null && !isAdmin))
        {
            throw new NotFoundException($"The people of {cohortSlug} are not visible to {viewerId}.");
        }

        return new CohortPeople(rows[0].Cohort, cohortSlug, new PeopleViewer(viewerId, isAdmin || own?.Role == CohortRole.Instructor), rows.Select(row => row.Card));
    }

    /// <summary>As <see cref="LoadAsync(ICohortsData, ICurrentUser, string, CancellationToken)"/>, for what only the cohort's instructors (and admins) may do: not found for anyone else.</summary>
    public static async Task<CohortPeople> LoadTaughtAsync(ICohortsData data, ICurrentUser viewer, string cohortSlug, CancellationToken cancellationToken)
    {
        var people = await LoadAsync(data, viewer, cohortSlug, cancellationToken);
        return people.ViewerTeaches ? people : throw new NotFoundException($"{viewer.UserId} does not teach {cohortSlug}.");
    }

    public bool MaySee(string ownerId, FieldVisibility visibility) => Viewer.MaySee(ownerId, visibility);

    /// <summary>The member as the viewer may see them.</summary>
    public Person PersonOf(string userId) => rows[userId].ToPerson(CohortSlug, Viewer);

    public IEnumerable<Person> Everyone() => rows.Values
        .OrderBy(row => row.Role == CohortRole.Instructor ? 0 : 1)
        .ThenBy(row => row.DisplayName, StringComparer.CurrentCultureIgnoreCase)
        .Select(row => row.ToPerson(CohortSlug, Viewer));

    private sealed record CohortRow(Guid Id, string Name, string CourseSlug, DateOnly StartsOn, string TimeZone);
}

/// <summary>Who is connected with whom, around one person: their connections and their connections' connections.</summary>
internal sealed class ConnectionsAround
{
    private readonly Dictionary<string, HashSet<string>> neighbours = [];

    private ConnectionsAround(string centre, IEnumerable<(string First, string Second)> edges)
    {
        Centre = centre;
        foreach (var (first, second) in edges)
        {
            Neighbours(first).Add(second);
            Neighbours(second).Add(first);
        }
    }

    public string Centre { get; }

    public IReadOnlySet<string> Mine => Neighbours(Centre);

    public bool AreConnected(string one, string other) => Neighbours(one).Contains(other);

    /// <summary>The people both the centre and <paramref name="userId"/> are connected with.</summary>
    public IReadOnlyList<string> MutualWith(string userId) => userId == Centre ? [] : Neighbours(userId).Where(Mine.Contains).ToList();

    /// <summary>One query: every connection that touches the centre or one of the centre's connections.</summary>
    public static async Task<ConnectionsAround> LoadAsync(ICohortsData data, string centre, CancellationToken cancellationToken)
    {
        var mine = data.Connections
            .Where(c => c.FirstUserId == centre || c.SecondUserId == centre)
            .Select(c => c.FirstUserId == centre ? c.SecondUserId : c.FirstUserId);
        var edges = await data.Connections
            .Where(c => c.FirstUserId == centre || c.SecondUserId == centre || mine.Contains(c.FirstUserId) || mine.Contains(c.SecondUserId))
            .Select(c => new { c.FirstUserId, c.SecondUserId })
            .ToListAsync(cancellationToken);
        return new ConnectionsAround(centre, edges.Select(edge => (edge.FirstUserId, edge.SecondUserId)));
    }

    private HashSet<string> Neighbours(string userId)
    {
        if (!neighbours.TryGetValue(userId, out var set))
        {
            set = [];
            neighbours[userId] = set;
        }

        return set;
    }
}
