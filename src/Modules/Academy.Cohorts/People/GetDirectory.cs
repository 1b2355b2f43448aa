using System.Globalization;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Data;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.People;

/// <summary>
/// The cohort's members by name, 50 at a time, searchable by name and filtered by industry, interest and location, with
/// the mutual connections each has with me. A page after the first starts after the person <see cref="AfterName"/> and
/// <see cref="AfterId"/> name (the last of the page before).
/// </summary>
public sealed record GetDirectory(
    string CohortSlug, string? Search = null, string? Industry = null, string? Interest = null, string? Location = null,
    string? AfterName = null, string? AfterId = null) : IRequest<CohortDirectory>;

/// <param name="Next">Where the next page starts; null on the last page.</param>
/// <param name="PeopleToMeet">Suggestions, on the first page only.</param>
public sealed record CohortDirectory(
    string CohortSlug, string CohortName, int MemberCount, IReadOnlyList<DirectoryEntry> People, bool IsFirstPage, DirectoryKey? Next,
    IReadOnlyList<string> Industries, IReadOnlyList<string> Interests, IReadOnlyList<string> Locations, IReadOnlyList<PersonToMeet> PeopleToMeet)
{
    public bool IsFiltered { get; init; }
}

/// <summary>The last person of a page, by whom the next page is found: their name, then their id between namesakes.</summary>
public sealed record DirectoryKey(string Name, string UserId);

/// <param name="MutualNames">The first two people we both know in this cohort, by name; <paramref name="MutualCount"/> counts everyone we both know.</param>
public sealed record DirectoryEntry(Person Person, bool IsMe, bool IsConnected, IReadOnlyList<string> MutualNames, int MutualCount);

/// <summary>Someone worth meeting, and why, in words.</summary>
public sealed record PersonToMeet(Person Person, string Reason);

/// <summary>
/// Three commands whatever the cohort's size, each returning only what the page shows: the cohort with the viewer's place in
/// it and the filters' choices (distinct values, in the database), one page of people with the mutual connections of those
/// shown, and the five people to meet (scored in the database). Filters, order and paging run in the database too, by
/// the reader's collation (<see cref="NameOrder"/>), so Finnish pages put Å, Ä and Ö after Z as the whole list once did.
/// No cache: every figure is read as it is now on whichever instance answers, so nothing has to be forgotten when a
/// profile, a membership or a connection changes.
/// </summary>
internal sealed class GetDirectoryHandler(ICohortsData data, ICurrentUser currentUser, IStringLocalizer<CohortsText> t) : IRequestHandler<GetDirectory, CohortDirectory>
{
    public const int PageSize = 50;

    public async Task<CohortDirectory> Handle(GetDirectory request, CancellationToken cancellationToken)
    {
        var viewerId = currentUser.UserId;
        var isAdmin = currentUser.IsInRole(Roles.Admin);
        var cohort = await DirectoryCohort.LoadAsync(data, request.CohortSlug, viewerId, cancellationToken);
        if (cohort is null || (cohort.ViewerRole is null && !isAdmin))
        {
            throw new NotFoundException($"The people of {request.CohortSlug} are not visible to {viewerId}.");
        }

        var viewer = new PeopleViewer(viewerId, isAdmin || cohort.ViewerRole == CohortRole.Instructor);
        var filter = DirectoryFilter.Of(request);
        var after = string.IsNullOrEmpty(request.AfterName) || string.IsNullOrEmpty(request.AfterId) ? null : new DirectoryKey(request.AfterName, request.AfterId);

        var rows = await PageAsync(cohort.Id, viewer, filter, after, cancellationToken);
        var shown = rows.Take(PageSize).ToList();
        var people = shown
            .Select(row => new DirectoryEntry(row.Card.ToPerson(request.CohortSlug, viewer), row.Card.UserId == viewerId, row.IsConnected,
                row.MutualNames, row.MutualCount))
            .ToList();
        var next = rows.Count > PageSize ? new DirectoryKey(shown[^1].Card.DisplayName, shown[^1].Card.UserId) : null;

        IReadOnlyList<string> Choices(ChoiceKind kind) => cohort.Choices
            .Where(choice => choice.Kind == kind && (choice.PeersSee || viewer.Teaches))
            .Select(choice => choice.Value).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCultureIgnoreCase).ToList();

        // Nothing can score without a connection, an interest or an industry of one's own: no query then.
        var mayMeet = cohort.HasConnections || !string.IsNullOrWhiteSpace(cohort.MyIndustry) || cohort.MyInterests is { Count: > 0 } || cohort.MyExpertise is { Count: > 0 };
        var peopleToMeet = after is null && cohort.ViewerRole is not null && mayMeet
            ? await PeopleToMeet.SuggestAsync(data, request.CohortSlug, cohort, viewer, 5, t, cancellationToken)
            : [];
        return new CohortDirectory(request.CohortSlug, cohort.Name, cohort.MemberCount, people, after is null, next,
            Choices(ChoiceKind.Industry), Choices(ChoiceKind.Interest), Choices(ChoiceKind.Location), peopleToMeet)
        {
            IsFiltered = filter.IsAny,
        };
    }

    /// <summary>One page and one more row (so the page knows whether another follows), with the mutual connections of those on it.</summary>
    private async Task<List<DirectoryRow>> PageAsync(Guid cohortId, PeopleViewer viewer, DirectoryFilter filter, DirectoryKey? after, CancellationToken cancellationToken)
    {
        var viewerId = viewer.UserId;
        var teaches = viewer.Teaches;
        var members = data.CohortMembers.Where(member => member.CohortId == cohortId);
        var cards = MemberCards.Of(data, members);

        // Filters read only what the viewer may see, so a hidden field never gives a member away.
        if (filter.Search is { } search)
        {
            cards = cards.Where(card => card.DisplayName.ToLower().Contains(search));
        }

        if (filter.Industry is { } industry)
        {
            cards = cards.Where(card => (teaches || card.UserId == viewerId || card.IndustryVisibility == FieldVisibility.Cohort) && card.Industry!.ToLower() == industry);
        }

        if (filter.Location is { } location)
        {
            cards = cards.Where(card => (teaches || card.UserId == viewerId || card.LocationVisibility == FieldVisibility.Cohort) && card.Location!.ToLower() == location);
        }

        if (filter.Interest is { } interest)
        {
            cards = cards.Where(card => (teaches || card.UserId == viewerId || card.TagsVisibility == FieldVisibility.Cohort)
                                        && (card.Interests!.Any(tag => tag.ToLower() == interest) || card.Expertise!.Any(tag => tag.ToLower() == interest)));
        }

        if (after is not null)
        {
            cards = cards.Where(card => string.Compare(EF.Functions.Collate(card.DisplayName, NameOrder.Reader), after.Name) > 0
                                        || (EF.Functions.Collate(card.DisplayName, NameOrder.Reader) == after.Name && string.Compare(card.UserId, after.UserId) > 0));
        }

        var mine = data.Connections.Where(c => c.FirstUserId == viewerId || c.SecondUserId == viewerId)
            .Select(c => c.FirstUserId == viewerId ? c.SecondUserId : c.FirstUserId);
        return await cards
            .OrderBy(card => EF.Functions.Collate(card.DisplayName, NameOrder.Reader))
            .ThenBy(card => card.UserId)
            .Take(PageSize + 1)
            .Select(card => new DirectoryRow
            {
                Card = card,
                IsConnected = mine.Contains(card.UserId),
                // Everyone we both know counts; the first two of them in this cohort are named.
                MutualCount = data.Connections.Count(c => card.UserId != viewerId &&
                    ((c.FirstUserId == card.UserId && mine.Contains(c.SecondUserId)) || (c.SecondUserId == card.UserId && mine.Contains(c.FirstUserId)))),
                FirstMutualName = members
                    .Where(m => card.UserId != viewerId && mine.Contains(m.UserId) && data.Connections.Any(c =>
                        (c.FirstUserId == card.UserId && c.SecondUserId == m.UserId) || (c.SecondUserId == card.UserId && c.FirstUserId == m.UserId)))
                    .OrderBy(m => EF.Functions.Collate(m.DisplayName, NameOrder.Reader)).ThenBy(m => m.UserId)
                    .Select(m => m.DisplayName)
                    .FirstOrDefault(),
                SecondMutualName = members
                    .Where(m => card.UserId != viewerId && mine.Contains(m.UserId) && data.Connections.Any(c =>
                        (c.FirstUserId == card.UserId && c.SecondUserId == m.UserId) || (c.SecondUserId == card.UserId && c.FirstUserId == m.UserId)))
                    .OrderBy(m => EF.Functions.Collate(m.DisplayName, NameOrder.Reader)).ThenBy(m => m.UserId)
                    .Select(m => m.DisplayName)
                    .Skip(1)
                    .FirstOrDefault(),
            })
            .InReaderOrder(data.Database.ProviderName, CultureInfo.CurrentCulture)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    private sealed class DirectoryRow
    {
        public MemberCard Card { get; init; } = null!;
        public bool IsConnected { get; init; }
        public int MutualCount { get; init; }
        public string? FirstMutualName { get; init; }
        public string? SecondMutualName { get; init; }

        public IReadOnlyList<string> MutualNames => new[] { FirstMutualName, SecondMutualName }.OfType<string>().ToList();
    }
}

/// <summary>What the viewer typed and chose, trimmed and in lower case as the database compares it (empty means no filter).</summary>
internal sealed record DirectoryFilter(string? Search, string? Industry, string? Interest, string? Location)
{
    public bool IsAny => Search is not null || Industry is not null || Interest is not null || Location is not null;

    public static DirectoryFilter Of(GetDirectory request) =>
        new(Folded(request.Search), Folded(request.Industry), Folded(request.Interest), Folded(request.Location));

    private static string? Folded(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}

internal enum ChoiceKind
{
    Industry,
    Interest,
    Location,
}

/// <summary>A value one can filter by; <see cref="PeersSee"/> is false when only the cohort's instructors may see it.</summary>
internal sealed class DirectoryChoice
{
    public ChoiceKind Kind { get; init; }
    public string Value { get; init; } = string.Empty;
    public bool PeersSee { get; init; }
}

/// <summary>
/// The cohort, how many are in it, the viewer's role there and profile, and every distinct value the filters offer, in one
/// query: a row per value (one row when there is none), the rest read once (its subqueries name no column of the row).
/// </summary>
internal sealed class DirectoryCohort
{
    public Guid Id { get; init; }
    public string Name { get; init; } = string.Empty;
    public int MemberCount { get; init; }
    public CohortRole? ViewerRole { get; init; }
    public string? MyIndustry { get; init; }
    public List<string>? MyInterests { get; init; }
    public List<string>? MyExpertise { get; init; }
    public bool HasConnections { get; init; }
    public List<DirectoryChoice> Choices { get; init; } = [];

    public static async Task<DirectoryCohort?> LoadAsync(ICohortsData data, string cohortSlug, string viewerId, CancellationToken cancellationToken)
    {
        var cohortId = data.Cohorts.Where(c => c.Slug == cohortSlug).Select(c => c.Id);
        var members = data.CohortMembers.Where(m => cohortId.Contains(m.CohortId));
        // The values of each profile in the cohort, marked with whether its owner's peers see them (the viewer sees their own).
        var profiles = data.MemberProfiles.Where(p => members.Any(m => m.UserId == p.UserId));
        var choices = profiles.Where(p => p.Industry != "")
            .Select(p => new { Kind = ChoiceKind.Industry, Value = p.Industry, PeersSee = p.Visibility.Industry == FieldVisibility.Cohort || p.UserId == viewerId })
            .Concat(profiles.Where(p => p.Location != "")
                .Select(p => new { Kind = ChoiceKind.Location, Value = p.Location, PeersSee = p.Visibility.Location == FieldVisibility.Cohort || p.UserId == viewerId }))
            .Concat(data.Database.ProviderName == NameOrder.SqliteProvider
                ? ProfileTags.OfCohort(data, cohortSlug).Join(data.MemberProfiles, tag => tag.UserId, p => p.UserId,
                    (tag, p) => new { Kind = ChoiceKind.Interest, Value = tag.Tag, PeersSee = p.Visibility.Tags == FieldVisibility.Cohort || p.UserId == viewerId })
                : profiles.SelectMany(p => p.Interests.Concat(p.Expertise),
                    (p, tag) => new { Kind = ChoiceKind.Interest, Value = tag, PeersSee = p.Visibility.Tags == FieldVisibility.Cohort || p.UserId == viewerId }))
            .Distinct();
        var myProfile = data.MemberProfiles.Where(p => p.UserId == viewerId);
        // Left joins on nothing but the row: the cohort's one row comes back even without a profile or a choice.
        var rows = await (
                from cohort in data.Cohorts.Where(c => c.Slug == cohortSlug)
                join me in myProfile on true equals true into mine
                from me in mine.DefaultIfEmpty()
                join choice in choices on true equals true into all
                from choice in all.DefaultIfEmpty()
                select new
                {
                    cohort.Id,
                    cohort.Name,
                    MemberCount = members.Count(),
                    ViewerRole = members.Where(m => m.UserId == viewerId).Select(m => (CohortRole?)m.Role).FirstOrDefault(),
                    HasConnections = data.Connections.Any(c => c.FirstUserId == viewerId || c.SecondUserId == viewerId),
                    MyIndustry = me.Industry,
                    MyInterests = me.Interests,
                    MyExpertise = me.Expertise,
                    Kind = (ChoiceKind?)choice.Kind,
                    choice.Value,
                    PeersSee = (bool?)choice.PeersSee,
                })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var first = rows[0];
        return new DirectoryCohort
        {
            Id = first.Id, Name = first.Name, MemberCount = first.MemberCount, ViewerRole = first.ViewerRole,
            MyIndustry = first.MyIndustry, MyInterests = first.MyInterests, MyExpertise = first.MyExpertise, HasConnections = first.HasConnections,
            Choices = rows.Where(row => row.Kind is not null && row.Value is not null)
                .Select(row => new DirectoryChoice { Kind = row.Kind!.Value, Value = row.Value!, PeersSee = row.PeersSee == true }).ToList(),
        };
    }
}

/// <summary>One expertise or interest of one profile.</summary>
internal sealed class ProfileTag
{
    public string UserId { get; init; } = string.Empty;
    public string Tag { get; init; } = string.Empty;
}

internal static class ProfileTags
{
    /// <summary>
    /// On SQLite, the expertise and interests of the cohort's members' profiles, a row each. The servers unnest the lists
    /// in the query EF writes (a lateral join); EF will not write one for SQLite, which has it (json_each), so it is said in SQL.
    /// </summary>
    public static IQueryable<ProfileTag> OfCohort(ICohortsData data, string cohortSlug) => data.Database.SqlQuery<ProfileTag>($"""
        SELECT p."UserId", tag.value AS "Tag"
        FROM "cohorts_cohorts" AS c
        JOIN "cohorts_members" AS m ON m."CohortId" = c."Id"
        JOIN "cohorts_profiles" AS p ON p."UserId" = m."UserId", json_each(p."Interests") AS tag
        WHERE c."Slug" = {cohortSlug}
        UNION ALL
        SELECT p."UserId", tag.value AS "Tag"
        FROM "cohorts_cohorts" AS c
        JOIN "cohorts_members" AS m ON m."CohortId" = c."Id"
        JOIN "cohorts_profiles" AS p ON p."UserId" = m."UserId", json_each(p."Expertise") AS tag
        WHERE c."Slug" = {cohortSlug}
        """);
}

/// <summary>
/// Suggestions ranked by what the course says makes an introduction work: people you both know first, then
/// shared interests (theirs, or their expertise matching your interests), then the same industry. Scored in the
/// database over the cohort, so only the five chosen leave it, with the names of the people you both know.
/// </summary>
internal static class PeopleToMeet
{
    public static async Task<IReadOnlyList<PersonToMeet>> SuggestAsync(ICohortsData data, string cohortSlug, DirectoryCohort cohort, PeopleViewer viewer,
        int count, IStringLocalizer<CohortsText> t, CancellationToken cancellationToken)
    {
        var viewerId = viewer.UserId;
        var teaches = viewer.Teaches;
        var myTags = (cohort.MyInterests ?? []).Concat(cohort.MyExpertise ?? []).Select(tag => tag.ToLowerInvariant()).Distinct().ToList();
        var myIndustry = string.IsNullOrWhiteSpace(cohort.MyIndustry) ? string.Empty : cohort.MyIndustry.ToLowerInvariant();
        var members = data.CohortMembers.Where(member => member.CohortId == cohort.Id);
        var mine = data.Connections.Where(c => c.FirstUserId == viewerId || c.SecondUserId == viewerId)
            .Select(c => c.FirstUserId == viewerId ? c.SecondUserId : c.FirstUserId);
        var myCohortConnections = members.Where(m => mine.Contains(m.UserId)).Select(m => m.UserId);

        var scored = MemberCards.Of(data, members)
            .Where(card => card.UserId != viewerId && !mine.Contains(card.UserId))
            .Select(card => new
            {
                Card = card,
                Mutual = data.Connections.Count(c =>
                    (c.FirstUserId == card.UserId && myCohortConnections.Contains(c.SecondUserId)) || (c.SecondUserId == card.UserId && myCohortConnections.Contains(c.FirstUserId))),
                Shared = teaches || card.TagsVisibility == FieldVisibility.Cohort
                    ? card.Interests!.Count(tag => myTags.Contains(tag.ToLower())) + card.Expertise!.Count(tag => myTags.Contains(tag.ToLower()))
                    : 0,
                SameIndustry = myIndustry != "" && (teaches || card.IndustryVisibility == FieldVisibility.Cohort) && card.Industry!.ToLower() == myIndustry ? 1 : 0,
            })
            .Select(candidate => new { candidate.Card, candidate.Mutual, Score = (candidate.Mutual * 3) + (candidate.Shared * 2) + candidate.SameIndustry })
            .Where(candidate => candidate.Score > 0)
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => EF.Functions.Collate(candidate.Card.DisplayName, NameOrder.Reader))
            .ThenBy(candidate => candidate.Card.UserId)
            .Take(count)
            .Select(candidate => new
            {
                candidate.Card,
                candidate.Mutual,
                FirstMutualName = members
                    .Where(m => myCohortConnections.Contains(m.UserId) && data.Connections.Any(c =>
                        (c.FirstUserId == candidate.Card.UserId && c.SecondUserId == m.UserId) || (c.SecondUserId == candidate.Card.UserId && c.FirstUserId == m.UserId)))
                    .OrderBy(m => EF.Functions.Collate(m.DisplayName, NameOrder.Reader)).ThenBy(m => m.UserId)
                    .Select(m => m.DisplayName)
                    .FirstOrDefault(),
            });
        var chosen = await scored.InReaderOrder(data.Database.ProviderName, CultureInfo.CurrentCulture).AsNoTracking().ToListAsync(cancellationToken);

        var mineShared = new HashSet<string>(myTags, StringComparer.OrdinalIgnoreCase);
        return chosen
            .Select(candidate =>
            {
                var person = candidate.Card.ToPerson(cohortSlug, viewer);
                var shared = person.Interests.Concat(person.Expertise).Where(mineShared.Contains).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                var sameIndustry = myIndustry.Length > 0 && string.Equals(myIndustry, person.Industry, StringComparison.OrdinalIgnoreCase);
                var reasons = new List<string>();
                if (candidate is { Mutual: > 0, FirstMutualName: { } named })
                {
                    reasons.Add(candidate.Mutual == 1 ? t["reason: you both know {0}", named] : t["reason: you both know {0} and {1} more", named, candidate.Mutual - 1]);
                }

                if (shared.Count > 0)
                {
                    reasons.Add(t["shares your interest in {0}", string.Join(", ", shared.Take(3))]);
                }

                if (sameIndustry)
                {
                    reasons.Add(t["also works in {0}", person.Industry!]);
                }

                return new PersonToMeet(person, Capitalise(string.Join("; ", reasons)));
            })
            .ToList();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
