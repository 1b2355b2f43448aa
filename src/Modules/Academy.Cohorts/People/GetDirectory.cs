using System.Globalization;
using System.Linq.Expressions;
using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.Resources;
using Academy.Contracts.Access;
using Academy.Contracts.Cohorts;
using Academy.Shared.Data;
using Academy.Shared.Errors;
using Academy.Shared.Localization;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
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
    FilterChoices Industries, FilterChoices Interests, FilterChoices Locations, IReadOnlyList<PersonToMeet> PeopleToMeet)
{
    public bool IsFiltered { get; init; }
}

/// <summary>
/// What a filter offers, by name: every value the viewer may see, or when there are more than <see cref="MostShared"/>
/// (a location per member in a large cohort), the ones most members share, and <see cref="IsOpen"/> to say that any
/// other may be typed. A list of thousands is neither usable nor cheap to send.
/// </summary>
public sealed record FilterChoices(IReadOnlyList<string> Values, bool IsOpen)
{
    public const int MostShared = 40;
}

/// <summary>The last person of a page, by whom the next page is found: their name, then their id between namesakes.</summary>
public sealed record DirectoryKey(string Name, string UserId);

/// <param name="MutualNames">The first two people we both know in this cohort, by name; <paramref name="MutualCount"/> counts everyone we both know.</param>
public sealed record DirectoryEntry(Person Person, bool IsMe, bool IsConnected, IReadOnlyList<string> MutualNames, int MutualCount);

/// <summary>Someone worth meeting, and why, in words.</summary>
public sealed record PersonToMeet(Person Person, string Reason);

/// <summary>
/// At most three commands whatever the cohort's size, each returning only what the page shows: the cohort with the
/// viewer's place in it (and the filters' choices, distinct values worked out in the database, when they are not in
/// memory), one page of people with the mutual connections of those shown, and on the first page the five people to
/// meet (scored in the database) when they are not in memory. Filters, order and paging run in the database, by the
/// reader's collation (<see cref="NameOrder"/>), so Finnish pages put Å, Ä and Ö after Z as the whole list once did.
/// The choices and the people to meet are read over every member, so they are kept (<see cref="DirectoryMemory"/>):
/// the page itself is always read as it is now.
/// </summary>
internal sealed class GetDirectoryHandler(ICohortsData data, ICurrentUser currentUser, DirectoryMemory memory, IStringLocalizer<CohortsText> t)
    : IRequestHandler<GetDirectory, CohortDirectory>
{
    public const int PageSize = 50;

    private const int PeopleToMeetShown = 5;

    public async Task<CohortDirectory> Handle(GetDirectory request, CancellationToken cancellationToken)
    {
        var viewerId = currentUser.UserId;
        var isAdmin = currentUser.IsInRole(Roles.Admin);
        var generation = memory.Generation;
        var knownChoices = memory.ChoicesOf(request.CohortSlug);
        var cohort = await DirectoryCohort.LoadAsync(data, request.CohortSlug, viewerId, withChoices: knownChoices is null, cancellationToken);
        if (cohort is null || (cohort.ViewerRole is null && !isAdmin))
        {
            throw new NotFoundException($"The people of {request.CohortSlug} are not visible to {viewerId}.");
        }

        var choices = knownChoices ?? new CohortChoices(cohort.Choices, cohort.MemberCount);
        if (knownChoices is null)
        {
            memory.KeepChoices(request.CohortSlug, choices, generation);
        }

        var viewer = new PeopleViewer(viewerId, isAdmin || cohort.ViewerRole == CohortRole.Instructor);
        var filter = DirectoryFilter.Of(request);
        var after = string.IsNullOrEmpty(request.AfterName) || string.IsNullOrEmpty(request.AfterId) ? null : new DirectoryKey(request.AfterName, request.AfterId);

        // Who the viewer and each member both know is kept once read. It is read on a visit that reads nothing else over the
        // cohort: a first page that ranks the people to meet has the page's own query name them instead, so that no visit
        // runs more than three commands.
        var readsPeopleToMeet = after is null && cohort.ViewerRole is not null && !PeopleToMeet.AreKept(memory, cohort.Id, viewerId);
        var bothKnow = readsPeopleToMeet ? memory.BothKnowFor(cohort.Id, viewerId) : await memory.BothKnowAsync(data, cohort.Id, viewerId, cancellationToken);

        var rows = await PageAsync(cohort.Id, viewer, filter, after, bothKnow, cancellationToken);
        var shown = rows.Take(PageSize).ToList();
        var people = shown
            .Select(row => new DirectoryEntry(row.Card.ToPerson(request.CohortSlug, viewer), row.Card.UserId == viewerId, row.IsConnected,
                row.MutualNames, row.MutualCount))
            .ToList();
        var next = rows.Count > PageSize ? new DirectoryKey(shown[^1].Card.DisplayName, shown[^1].Card.UserId) : null;

        FilterChoices Choices(ChoiceKind kind, IEnumerable<string?> mine) => DirectoryChoice.Offered(choices.Choices, kind, viewer.Teaches, mine.OfType<string>());

        var peopleToMeet = after is null && cohort.ViewerRole is not null
            ? await PeopleToMeet.SuggestAsync(data, memory, request.CohortSlug, cohort, viewer, PeopleToMeetShown, t, cancellationToken)
            : [];
        return new CohortDirectory(request.CohortSlug, cohort.Name, choices.MemberCount, people, after is null, next,
            Choices(ChoiceKind.Industry, [cohort.MyIndustry]), Choices(ChoiceKind.Interest, [.. cohort.MyInterests ?? [], .. cohort.MyExpertise ?? []]),
            Choices(ChoiceKind.Location, [cohort.MyLocation]), peopleToMeet)
        {
            IsFiltered = filter.IsAny,
        };
    }

    /// <summary>
    /// One page of cards and one more (so the page knows whether another follows), in the reader's order, each with
    /// whether the viewer is connected to them: what a visit reads when the people both know are kept
    /// (<see cref="PeopleBothKnow"/>), as they are on every visit but the first. A filter or a keyset left null is no
    /// condition (EF writes the SQL once for each set of null parameters, without it). Compiled once for the app and
    /// collation (<see cref="Data.CohortsQueries"/>): the page was built and looked up anew on every visit.
    /// </summary>
    internal static readonly Expression<Func<DbContext, Guid, string, bool, string?, string?, string?, string?, string?, string?, IQueryable<DirectoryLine>>> PageQuery =
        (context, cohortId, viewerId, teaches, search, industry, location, interest, afterName, afterId) =>
            context.Set<CohortMember>()
                .Where(m => m.CohortId == cohortId)
                // Filters read only what the viewer may see, so a hidden field never gives a member away.
                .Where(m => search == null || m.DisplayName.ToLower().Contains(search))
                .Where(m => industry == null || context.Set<MemberProfile>().Any(p => p.UserId == m.UserId
                    && (teaches || p.UserId == viewerId || p.Visibility.Industry == FieldVisibility.Cohort) && p.Industry.ToLower() == industry))
                .Where(m => location == null || context.Set<MemberProfile>().Any(p => p.UserId == m.UserId
                    && (teaches || p.UserId == viewerId || p.Visibility.Location == FieldVisibility.Cohort) && p.Location.ToLower() == location))
                .Where(m => interest == null || context.Set<MemberProfile>().Any(p => p.UserId == m.UserId
                    && (teaches || p.UserId == viewerId || p.Visibility.Tags == FieldVisibility.Cohort)
                    && (p.Interests.Any(tag => tag.ToLower() == interest) || p.Expertise.Any(tag => tag.ToLower() == interest))))
                .Where(m => afterName == null || afterId == null
                    || string.Compare(EF.Functions.Collate(m.DisplayName, NameOrder.Reader), afterName) > 0
                    || (EF.Functions.Collate(m.DisplayName, NameOrder.Reader) == afterName && string.Compare(m.UserId, afterId) > 0))
                // Ordered and cut after the profiles' join, so each profile is found by its key as the page is walked: with the
                // page cut first, PostgreSQL joined its 51 members by hashing every profile in the database.
                .SelectMany(member => context.Set<MemberProfile>().Where(profile => profile.UserId == member.UserId).DefaultIfEmpty(), MemberCards.Card)
                .OrderBy(m => EF.Functions.Collate(m.DisplayName, NameOrder.Reader)).ThenBy(m => m.UserId)
                .Take(PageSize + 1)
                .Select(card => new DirectoryLine
                {
                    Card = card,
                    IsConnected = context.Set<Connection>().Where(mine => mine.FirstUserId == viewerId || mine.SecondUserId == viewerId)
                        .Select(mine => mine.FirstUserId == viewerId ? mine.SecondUserId : mine.FirstUserId)
                        .Contains(card.UserId),
                });

    /// <summary>
    /// The page of <see cref="PageQuery"/> with the people the viewer and each member both know, for the visit that reads
    /// them: a row per card and person we both know (one when there is none), with that person's name when they are in
    /// this cohort. A query apart from the page alone: when one query served both, SQLite built the join's rows and sorted
    /// the page again on every visit, with nothing to join, and the page alone reads in about half the time.
    /// </summary>
    /// <remarks>
    /// My connections are written out twice here and once in the page, as an expression to compile has no variables.
    /// Everyone we both know is found outwards from my own connections (a few dozen, whatever the cohort's size): each
    /// connection of one of mine, seen from its other end, the member it may make mutual. My own are left out, so my card
    /// names nobody. Scanning each card's connections instead cost three correlated subqueries a card.
    /// </remarks>
    internal static readonly Expression<Func<DbContext, Guid, string, bool, string?, string?, string?, string?, string?, string?, IQueryable<DirectoryLine>>> PageWithMutualsQuery =
        WithMutuals(PageQuery, (context, cohortId, viewerId, page) =>
            from line in page
            join known in context.Set<Connection>()
                    .Where(c => c.FirstUserId != viewerId && c.SecondUserId != viewerId
                                && context.Set<Connection>().Where(mine => mine.FirstUserId == viewerId || mine.SecondUserId == viewerId)
                                    .Select(mine => mine.FirstUserId == viewerId ? mine.SecondUserId : mine.FirstUserId)
                                    .Contains(c.SecondUserId))
                    .Select(c => new { Member = c.FirstUserId, Mutual = c.SecondUserId })
                    .Concat(context.Set<Connection>()
                        .Where(c => c.FirstUserId != viewerId && c.SecondUserId != viewerId
                                    && context.Set<Connection>().Where(mine => mine.FirstUserId == viewerId || mine.SecondUserId == viewerId)
                                        .Select(mine => mine.FirstUserId == viewerId ? mine.SecondUserId : mine.FirstUserId)
                                        .Contains(c.FirstUserId))
                        .Select(c => new { Member = c.SecondUserId, Mutual = c.FirstUserId }))
                on line.Card.UserId equals known.Member into mutuals
            from mutual in mutuals.DefaultIfEmpty()
            join member in context.Set<CohortMember>().Where(m => m.CohortId == cohortId) on mutual.Mutual equals member.UserId into named
            from name in named.DefaultIfEmpty()
            orderby EF.Functions.Collate(line.Card.DisplayName, NameOrder.Reader), line.Card.UserId
            select new DirectoryLine { Card = line.Card, IsConnected = line.IsConnected, MutualId = mutual.Mutual, MutualName = name.DisplayName });

    /// <summary>
    /// <paramref name="page"/>'s query with <paramref name="withMutuals"/> applied to its rows: one expression that takes
    /// the page's parameters, so that it compiles as one query (<paramref name="withMutuals"/> names the page's context,
    /// cohort and viewer as its own first three).
    /// </summary>
    private static Expression<TQuery> WithMutuals<TQuery>(Expression<TQuery> page,
        Expression<Func<DbContext, Guid, string, IQueryable<DirectoryLine>, IQueryable<DirectoryLine>>> withMutuals) where TQuery : Delegate =>
        Expression.Lambda<TQuery>(
            new ReplacingExpressionVisitor([.. withMutuals.Parameters], [.. page.Parameters.Take(3), page.Body]).Visit(withMutuals.Body),
            page.Parameters);

    /// <summary>
    /// The page's cards in order, each with the people the viewer and that member both know: from <paramref name="bothKnow"/>
    /// when it is kept, or else named by the page's own query, a row per card and person both know.
    /// </summary>
    private async Task<List<DirectoryRow>> PageAsync(Guid cohortId, PeopleViewer viewer, DirectoryFilter filter, DirectoryKey? after, PeopleBothKnow? bothKnow,
        CancellationToken cancellationToken)
    {
        var rows = await data.DirectoryPage(NameOrder.Collation(data.Database.ProviderName, CultureInfo.CurrentCulture), cohortId, viewer.UserId, viewer.Teaches,
                filter.Search, filter.Industry, filter.Location, filter.Interest, after?.Name, after?.UserId, withMutuals: bothKnow is null)
            .ToListAsync(cancellationToken);
        bothKnow ??= PeopleBothKnow.Of(rows.Where(row => row.MutualId is not null).Select(row => new BothKnowRow(row.Card.UserId, row.MutualId!, row.MutualName)));

        var readersOrder = NameOrder.Comparer(AcademyCultures.Normalize(CultureInfo.CurrentCulture.Name));
        var cards = new List<DirectoryRow>(Math.Min(rows.Count, PageSize + 1));
        foreach (var row in rows)
        {
            if (cards.Count > 0 && cards[^1].Card.UserId == row.Card.UserId)
            {
                continue; // the same card again, with another person both know
            }

            var (names, count) = bothKnow.Of(row.Card.UserId, readersOrder);
            cards.Add(new DirectoryRow(row.Card, row.IsConnected, names, count));
        }

        return cards;
    }

    private sealed record DirectoryRow(MemberCard Card, bool IsConnected, IReadOnlyList<string> MutualNames, int MutualCount);
}

/// <summary>One person the viewer and <see cref="Member"/> both know: their id, and their name when they are in the cohort.</summary>
internal sealed record BothKnowRow(string Member, string MutualId, string? MutualName);

/// <summary>
/// Everyone the viewer and each member of a cohort both know. Read outwards from the viewer's own connections, as the
/// directory's page query does (each connection of one of theirs, seen from its other end), so it holds the viewer's
/// connections' connections in the cohort, whatever the cohort's size. Kept for each viewer (<see cref="DirectoryMemory"/>),
/// so that the page's query reads the cards alone: joined to the connections it ran a row per card and person both know.
/// The names are ordered when shown, in the reader's language, so one copy serves both languages.
/// </summary>
internal sealed class PeopleBothKnow
{
    private static readonly (IReadOnlyList<string> Names, int Count) Nobody = ([], 0);

    private readonly Dictionary<string, List<(string Id, string? Name)>> byMember;

    private PeopleBothKnow(Dictionary<string, List<(string Id, string? Name)>> byMember) => this.byMember = byMember;

    public static PeopleBothKnow Of(IEnumerable<BothKnowRow> rows)
    {
        var byMember = new Dictionary<string, List<(string Id, string? Name)>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byMember.TryGetValue(row.Member, out var known))
            {
                byMember[row.Member] = known = [];
            }

            known.Add((row.MutualId, row.MutualName));
        }

        return new PeopleBothKnow(byMember);
    }

    /// <summary>The first two in the cohort by name, in the reader's order as the directory itself is sorted (ids between namesakes), and how many in all.</summary>
    public (IReadOnlyList<string> Names, int Count) Of(string memberId, IComparer<string?> readersOrder)
    {
        if (!byMember.TryGetValue(memberId, out var known))
        {
            return Nobody;
        }

        (string Id, string Name)? first = null, second = null;
        foreach (var (id, name) in known)
        {
            if (name is null)
            {
                continue;
            }

            if (first is null || Before((id, name), first.Value))
            {
                (second, first) = (first, (id, name));
            }
            else if (second is null || Before((id, name), second.Value))
            {
                second = (id, name);
            }
        }

        IReadOnlyList<string> names = (first, second) switch
        {
            (null, _) => [],
            ({ } one, null) => [one.Name],
            ({ } one, { } two) => [one.Name, two.Name],
        };
        return (names, known.Count);

        bool Before((string Id, string Name) x, (string Id, string Name) y)
        {
            var byName = readersOrder.Compare(x.Name, y.Name);
            return byName < 0 || (byName == 0 && string.CompareOrdinal(x.Id, y.Id) < 0);
        }
    }

    /// <summary>
    /// For each of the cohort's members, the people the viewer and they both know, in one command: each connection of one
    /// of the viewer's own, seen from its other end, when that end is a member; the viewer's own connections' cards name
    /// those they know too, and the viewer's card nobody.
    /// </summary>
    public static async Task<PeopleBothKnow> ReadAsync(ICohortsData data, Guid cohortId, string viewerId, CancellationToken cancellationToken)
    {
        var mine = data.Connections.Where(c => c.FirstUserId == viewerId || c.SecondUserId == viewerId)
            .Select(c => c.FirstUserId == viewerId ? c.SecondUserId : c.FirstUserId);
        var members = data.CohortMembers.Where(m => m.CohortId == cohortId);
        var known = data.Connections
            .Where(c => c.FirstUserId != viewerId && c.SecondUserId != viewerId && mine.Contains(c.SecondUserId))
            .Select(c => new { Member = c.FirstUserId, Mutual = c.SecondUserId })
            .Concat(data.Connections
                .Where(c => c.FirstUserId != viewerId && c.SecondUserId != viewerId && mine.Contains(c.FirstUserId))
                .Select(c => new { Member = c.SecondUserId, Mutual = c.FirstUserId }));
        var rows = await (
                from both in known
                join member in members on both.Member equals member.UserId
                join named in members on both.Mutual equals named.UserId into names
                from name in names.DefaultIfEmpty()
                select new BothKnowRow(both.Member, both.Mutual, name == null ? null : name.DisplayName))
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return Of(rows);
    }
}

/// <summary>
/// A card of the directory's page (<see cref="GetDirectoryHandler.PageQuery"/>), with one person the viewer and that member
/// both know when the page reads them (<see cref="GetDirectoryHandler.PageWithMutualsQuery"/>).
/// </summary>
internal sealed class DirectoryLine
{
    public MemberCard Card { get; init; } = null!;
    public bool IsConnected { get; init; }
    public string? MutualId { get; init; }
    public string? MutualName { get; init; }
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

/// <summary>
/// A value one can filter by, and how many <see cref="Members"/> have it; <see cref="HiddenFromPeers"/> when they show
/// it to the cohort's instructors only.
/// </summary>
internal sealed record DirectoryChoice(ChoiceKind Kind, string Value, bool HiddenFromPeers, int Members)
{
    /// <summary>The choices most shared first, as they are kept, so that a filter's offer is read from the top of the list.</summary>
    public static List<DirectoryChoice> Ranked(IEnumerable<DirectoryChoice> choices) =>
        choices.OrderByDescending(choice => choice.Members).ThenBy(choice => choice.Value, StringComparer.Ordinal).ToList();

    /// <summary>
    /// What a filter of <paramref name="kind"/> offers a viewer, from <paramref name="ranked"/> choices (see <see cref="Ranked"/>),
    /// by name. A value only instructors may see is offered to a peer only when it is their own (<paramref name="mine"/>).
    /// </summary>
    public static FilterChoices Offered(IReadOnlyList<DirectoryChoice> ranked, ChoiceKind kind, bool teaches, IEnumerable<string> mine)
    {
        var own = new HashSet<string>(mine, StringComparer.OrdinalIgnoreCase);
        var offered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var isOpen = false;
        foreach (var choice in ranked)
        {
            if (choice.Kind != kind || (choice.HiddenFromPeers && !teaches && !own.Contains(choice.Value)) || offered.Contains(choice.Value))
            {
                continue;
            }

            // One more value than the list holds: the filter is open to any.
            isOpen = offered.Count == FilterChoices.MostShared;
            if (isOpen)
            {
                break;
            }

            offered.Add(choice.Value);
        }

        return new FilterChoices(offered.Order(StringComparer.CurrentCultureIgnoreCase).ToList(), isOpen);
    }
}

/// <summary>
/// The cohort, the viewer's role there and profile, and when asked every distinct value the filters offer with how many
/// members have each and how many are in the cohort, in one query: a row per value (one row when there is none), the rest
/// read once (its subqueries name no column of the row).
/// </summary>
internal sealed class DirectoryCohort
{
    public Guid Id { get; init; }
    public string Name { get; init; } = string.Empty;

    /// <summary>How many are in the cohort: read with the choices only, and kept with them.</summary>
    public int MemberCount { get; init; }

    public CohortRole? ViewerRole { get; init; }
    public string? MyIndustry { get; init; }
    public string? MyLocation { get; init; }
    public List<string>? MyInterests { get; init; }
    public List<string>? MyExpertise { get; init; }
    public bool HasConnections { get; init; }
    public IReadOnlyList<DirectoryChoice> Choices { get; init; } = [];

    /// <summary>
    /// The cohort and the viewer's role and profile, without the choices or how many are in it (counting them reads every
    /// member): what a visit reads when both are kept in memory (<see cref="CohortChoices"/>), as they are but for the first
    /// visit after a change. Compiled once for the app.
    /// </summary>
    internal static readonly Expression<Func<DbContext, string, string, IQueryable<DirectoryCohort>>> WithoutChoicesQuery =
        (context, cohortSlug, viewerId) =>
            from cohort in context.Set<Cohort>().Where(c => c.Slug == cohortSlug)
            from me in context.Set<MemberProfile>().Where(p => p.UserId == viewerId).DefaultIfEmpty()
            select new DirectoryCohort
            {
                Id = cohort.Id,
                Name = cohort.Name,
                ViewerRole = context.Set<CohortMember>().Where(m => m.CohortId == cohort.Id && m.UserId == viewerId).Select(m => (CohortRole?)m.Role).FirstOrDefault(),
                HasConnections = context.Set<Connection>().Any(c => c.FirstUserId == viewerId || c.SecondUserId == viewerId),
                MyIndustry = me!.Industry,
                MyLocation = me.Location,
                MyInterests = me.Interests,
                MyExpertise = me.Expertise,
            };

    public static async Task<DirectoryCohort?> LoadAsync(ICohortsData data, string cohortSlug, string viewerId, bool withChoices, CancellationToken cancellationToken)
    {
        if (!withChoices)
        {
            return await data.DirectoryCohortWithoutChoices(cohortSlug, viewerId).FirstOrDefaultAsync(cancellationToken);
        }

        var cohortId = data.Cohorts.Where(c => c.Slug == cohortSlug).Select(c => c.Id);
        var members = data.CohortMembers.Where(m => cohortId.Contains(m.CohortId));
        // The values of each profile in the cohort, marked when only instructors may see them.
        var profiles = data.MemberProfiles.Where(p => members.Any(m => m.UserId == p.UserId));
        var choices = profiles.Where(p => p.Industry != "")
            .Select(p => new { Kind = ChoiceKind.Industry, Value = p.Industry, Hidden = p.Visibility.Industry == FieldVisibility.Instructors })
            .Concat(profiles.Where(p => p.Location != "")
                .Select(p => new { Kind = ChoiceKind.Location, Value = p.Location, Hidden = p.Visibility.Location == FieldVisibility.Instructors }))
            .Concat(data.Database.ProviderName == NameOrder.SqliteProvider
                ? ProfileTags.OfCohort(data, cohortSlug).Join(profiles, tag => tag.UserId, p => p.UserId,
                    (tag, p) => new { Kind = ChoiceKind.Interest, Value = tag.Tag, Hidden = p.Visibility.Tags == FieldVisibility.Instructors })
                : profiles.SelectMany(p => p.Interests.Concat(p.Expertise),
                    (p, tag) => new { Kind = ChoiceKind.Interest, Value = tag, Hidden = p.Visibility.Tags == FieldVisibility.Instructors }))
            .GroupBy(choice => new { choice.Kind, choice.Value, choice.Hidden })
            .Select(g => new { g.Key.Kind, g.Key.Value, g.Key.Hidden, Members = g.Count() });
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
                    MyLocation = me.Location,
                    MyInterests = me.Interests,
                    MyExpertise = me.Expertise,
                    Kind = (ChoiceKind?)choice.Kind,
                    choice.Value,
                    Hidden = (bool?)choice.Hidden,
                    Members = (int?)choice.Members,
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
            MyIndustry = first.MyIndustry, MyLocation = first.MyLocation, MyInterests = first.MyInterests, MyExpertise = first.MyExpertise,
            HasConnections = first.HasConnections,
            Choices = DirectoryChoice.Ranked(rows.Where(row => row.Kind is not null && row.Value is not null)
                .Select(row => new DirectoryChoice(row.Kind!.Value, row.Value!, row.Hidden == true, row.Members ?? 0))),
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
/// database over the cohort (the people you both know counted outwards from your connections), so only the five
/// chosen leave it, each with the first of the people you both know.
/// </summary>
internal static class PeopleToMeet
{
    /// <summary>Whether the viewer's people to meet are kept in this language, so that showing them reads nothing.</summary>
    public static bool AreKept(DirectoryMemory memory, Guid cohortId, string viewerId) => memory.SuggestionsFor(cohortId, viewerId, Language) is not null;

    /// <summary>The language the people to meet are kept in: their order and the first of those both know follow its collation.</summary>
    private static string Language => CultureInfo.CurrentCulture.TwoLetterISOLanguageName;

    public static async Task<IReadOnlyList<PersonToMeet>> SuggestAsync(ICohortsData data, DirectoryMemory memory, string cohortSlug, DirectoryCohort cohort,
        PeopleViewer viewer, int count, IStringLocalizer<CohortsText> t, CancellationToken cancellationToken)
    {
        var myTags = (cohort.MyInterests ?? []).Concat(cohort.MyExpertise ?? []).Select(tag => tag.ToLowerInvariant()).Distinct().ToList();
        var myIndustry = string.IsNullOrWhiteSpace(cohort.MyIndustry) ? string.Empty : cohort.MyIndustry.ToLowerInvariant();
        var language = Language;
        var generation = memory.Generation;
        var chosen = memory.SuggestionsFor(cohort.Id, viewer.UserId, language);
        if (chosen is null)
        {
            // Nothing can score without a connection, an interest or an industry of one's own: no query then.
            chosen = cohort.HasConnections || myTags.Count > 0 || myIndustry.Length > 0
                ? await RankAsync(data, cohort.Id, viewer, myTags, myIndustry, count, cancellationToken)
                : [];
            memory.KeepSuggestions(cohort.Id, viewer.UserId, language, chosen, generation);
        }

        return Explained(chosen, cohortSlug, viewer, myTags, myIndustry, t);
    }

    /// <summary>The best few, ranked over the cohort in the database, each with the first of the people both know.</summary>
    private static async Task<IReadOnlyList<SuggestedMember>> RankAsync(ICohortsData data, Guid cohortId, PeopleViewer viewer, List<string> myTags, string myIndustry,
        int count, CancellationToken cancellationToken)
    {
        var viewerId = viewer.UserId;
        var teaches = viewer.Teaches;
        var members = data.CohortMembers.Where(member => member.CohortId == cohortId);
        var mine = data.Connections.Where(c => c.FirstUserId == viewerId || c.SecondUserId == viewerId)
            .Select(c => c.FirstUserId == viewerId ? c.SecondUserId : c.FirstUserId);
        var myCohortConnections = members.Where(m => mine.Contains(m.UserId)).Select(m => m.UserId);
        // Each connection both ways, so "who knows this member" is a lookup by one column.
        var edges = data.Connections.Select(c => new { From = c.FirstUserId, To = c.SecondUserId })
            .Concat(data.Connections.Select(c => new { From = c.SecondUserId, To = c.FirstUserId }));
        var best = MemberCards.Of(data, members.Where(m => m.UserId != viewerId && !mine.Contains(m.UserId)))
            .Select(card => new
            {
                card.UserId,
                card.DisplayName,
                Score = (edges.Count(edge => edge.To == card.UserId && myCohortConnections.Contains(edge.From)) * 3)
                        + (teaches || card.TagsVisibility == FieldVisibility.Cohort
                            ? (card.Interests!.Count(tag => myTags.Contains(tag.ToLower())) + card.Expertise!.Count(tag => myTags.Contains(tag.ToLower()))) * 2
                            : 0)
                        + (myIndustry != "" && (teaches || card.IndustryVisibility == FieldVisibility.Cohort) && card.Industry!.ToLower() == myIndustry ? 1 : 0),
            })
            .Where(candidate => candidate.Score > 0)
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => EF.Functions.Collate(candidate.DisplayName, NameOrder.Reader))
            .ThenBy(candidate => candidate.UserId)
            .Take(count)
            .Select(candidate => candidate.UserId)
            .InReaderOrder(data.Database.ProviderName, CultureInfo.CurrentCulture); // named here: a query used inside another is not rewritten with it
        // The chosen few with the people both know in the cohort, found from each one's own connections.
        return await MemberCards.Of(data, members.Where(m => best.Contains(m.UserId)))
            .Select(card => new SuggestedMember
            {
                Card = card,
                Mutual = data.Connections
                    .Where(c => c.FirstUserId == card.UserId || c.SecondUserId == card.UserId)
                    .Count(c => myCohortConnections.Contains(c.FirstUserId == card.UserId ? c.SecondUserId : c.FirstUserId)),
                FirstMutualName = data.Connections
                    .Where(c => c.FirstUserId == card.UserId || c.SecondUserId == card.UserId)
                    .Select(c => c.FirstUserId == card.UserId ? c.SecondUserId : c.FirstUserId)
                    .Where(other => mine.Contains(other))
                    .Join(members, other => other, m => m.UserId, (other, m) => m)
                    .OrderBy(m => EF.Functions.Collate(m.DisplayName, NameOrder.Reader)).ThenBy(m => m.UserId)
                    .Select(m => m.DisplayName)
                    .FirstOrDefault(),
            })
            .InReaderOrder(data.Database.ProviderName, CultureInfo.CurrentCulture)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
    }

    private static IReadOnlyList<PersonToMeet> Explained(IReadOnlyList<SuggestedMember> chosen, string cohortSlug, PeopleViewer viewer, List<string> myTags, string myIndustry,
        IStringLocalizer<CohortsText> t)
    {
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

                return (Person: person, Score: (candidate.Mutual * 3) + (shared.Count * 2) + (sameIndustry ? 1 : 0), Reasons: reasons);
            })
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.Person.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(candidate => new PersonToMeet(candidate.Person, Capitalise(string.Join("; ", candidate.Reasons))))
            .ToList();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>One of the people to meet as the database ranked them: the card, how many of the viewer's connections in the cohort know them, and the first of those by name.</summary>
internal sealed class SuggestedMember
{
    public MemberCard Card { get; init; } = null!;
    public int Mutual { get; init; }
    public string? FirstMutualName { get; init; }
}
