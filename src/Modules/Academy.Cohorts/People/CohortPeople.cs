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
/// The members of one cohort with their profiles, read in one query, as the signed-in viewer may see them.
/// Not found for anyone who is not a member (admins see every cohort, as its instructors would).
/// </summary>
internal sealed class CohortPeople
{
    private readonly Dictionary<string, MemberRow> rows;

    private CohortPeople(MemberRow cohort, string cohortSlug, string viewerId, bool viewerTeaches, IEnumerable<MemberRow> members)
    {
        CohortId = cohort.CohortId;
        CohortSlug = cohortSlug;
        CohortName = cohort.CohortName;
        CourseSlug = cohort.CourseSlug;
        StartsOn = cohort.StartsOn;
        TimeZone = cohort.TimeZone;
        ViewerId = viewerId;
        ViewerTeaches = viewerTeaches;
        rows = members.ToDictionary(row => row.UserId);
    }

    public Guid CohortId { get; }
    public string CohortSlug { get; }
    public string CohortName { get; }
    public string CourseSlug { get; }
    public DateOnly StartsOn { get; }
    public string TimeZone { get; }
    public string ViewerId { get; }

    /// <summary>The viewer is an instructor of this cohort or an admin: fields shown to instructors only are visible.</summary>
    public bool ViewerTeaches { get; }

    public bool ViewerIsMember => rows.ContainsKey(ViewerId);

    public IEnumerable<string> MemberIds => rows.Keys;

    public bool Contains(string userId) => rows.ContainsKey(userId);

    public string NameOf(string userId) => rows.TryGetValue(userId, out var row) ? row.DisplayName : "A former member";

    public CohortRole RoleOf(string userId) => rows[userId].Role;

    public DateTimeOffset JoinedAt(string userId) => rows[userId].JoinedAt;

    public MemberProfile? ProfileOf(string userId) => rows.TryGetValue(userId, out var row) ? row.Profile : null;

    public static async Task<CohortPeople> LoadAsync(ICohortsData data, ICurrentUser viewer, string cohortSlug, CancellationToken cancellationToken)
    {
        var members = await (
                from cohort in data.Cohorts
                where cohort.Slug == cohortSlug
                join member in data.CohortMembers on cohort.Id equals member.CohortId
                join profile in data.MemberProfiles on member.UserId equals profile.UserId into profiles
                from profile in profiles.DefaultIfEmpty()
                select new MemberRow
                {
                    CohortId = cohort.Id, CohortName = cohort.Name, CourseSlug = cohort.CourseSlug, StartsOn = cohort.StartsOn, TimeZone = cohort.TimeZone,
                    UserId = member.UserId, DisplayName = member.DisplayName, Role = member.Role, JoinedAt = member.JoinedAt, Profile = profile,
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var viewerId = viewer.UserId;
        var isAdmin = viewer.IsInRole(Roles.Admin);
        var own = members.FirstOrDefault(row => row.UserId == viewerId);
        if (members.Count == 0 || (own is null && !isAdmin))
        {
            throw new NotFoundException($"The people of {cohortSlug} are not visible to {viewerId}.");
        }

        return new CohortPeople(members[0], cohortSlug, viewerId, isAdmin || own?.Role == CohortRole.Instructor, members);
    }

    /// <summary>As <see cref="LoadAsync"/>, for what only the cohort's instructors (and admins) may do: not found for anyone else.</summary>
    public static async Task<CohortPeople> LoadTaughtAsync(ICohortsData data, ICurrentUser viewer, string cohortSlug, CancellationToken cancellationToken)
    {
        var people = await LoadAsync(data, viewer, cohortSlug, cancellationToken);
        return people.ViewerTeaches ? people : throw new NotFoundException($"{viewer.UserId} does not teach {cohortSlug}.");
    }

    public bool MaySee(string ownerId, FieldVisibility visibility) =>
        visibility == FieldVisibility.Cohort || ownerId == ViewerId || ViewerTeaches;

    /// <summary>The member as the viewer may see them.</summary>
    public Person PersonOf(string userId)
    {
        var row = rows[userId];
        var profile = row.Profile;
        var visibility = profile?.Visibility ?? new ProfileVisibility();
        string? Shown(string? value, FieldVisibility fieldVisibility) =>
            string.IsNullOrWhiteSpace(value) || !MaySee(userId, fieldVisibility) ? null : value;
        var tagsShown = MaySee(userId, visibility.Tags);
        return new Person(userId, row.DisplayName, row.Role,
            Shown(profile?.Headline, visibility.Headline), Shown(profile?.Organisation, visibility.Organisation),
            Shown(profile?.Industry, visibility.Industry), Shown(profile?.Location, visibility.Location),
            tagsShown ? profile?.Expertise ?? [] : [], tagsShown ? profile?.Interests ?? [] : [],
            profile is { AvatarVersion: > 0 } ? $"/cohorts/{CohortSlug}/people/{userId}/avatar?v={profile.AvatarVersion}" : null);
    }

    public IEnumerable<Person> Everyone() => rows.Values
        .OrderBy(row => row.Role == CohortRole.Instructor ? 0 : 1)
        .ThenBy(row => row.DisplayName, StringComparer.CurrentCultureIgnoreCase)
        .Select(row => PersonOf(row.UserId));

    private sealed class MemberRow
    {
        public Guid CohortId { get; init; }
        public string CohortName { get; init; } = string.Empty;
        public string CourseSlug { get; init; } = string.Empty;
        public DateOnly StartsOn { get; init; }
        public string TimeZone { get; init; } = string.Empty;
        public string UserId { get; init; } = string.Empty;
        public string DisplayName { get; init; } = string.Empty;
        public CohortRole Role { get; init; }
        public DateTimeOffset JoinedAt { get; init; }
        public MemberProfile? Profile { get; init; }
    }
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
