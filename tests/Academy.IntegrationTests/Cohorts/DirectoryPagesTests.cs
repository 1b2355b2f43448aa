using System.Net;
using Academy.Cohorts.Demo;
using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// The directory pages a cohort of 2,000 by fifty, in the reader's order, each page after the last one's name: a page
/// costs what it costs in a cohort of ten, the search and filters go with the next page, and a field a member shows only
/// to instructors is never a filter for their peers.
/// </summary>
public abstract class DirectoryPagesTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const int Large = 2_000;
    private const int Small = 10;
    private const int PageSize = 50;

    /// <summary>Names across the alphabet, with Å, Ä and Ö (after Z in Finnish), lower case and namesakes, whom only their ids tell apart.</summary>
    private static readonly string[] Surnames = ["Öhman", "Zetterberg", "de Vries", "Äijälä", "Aalto", "Åberg", "Virtanen", "Lindqvist"];

    private static string NameOf(int i) => i % 97 == 0 ? "Saman Nimi" : $"{Surnames[i % Surnames.Length]} {i:0000}";

    private sealed record Arranged(string Cohort, string ViewerId, IReadOnlyList<(string Id, string Name)> Members);

    /// <summary>
    /// A cohort of <paramref name="size"/> (the viewer included) in one save. The viewer knows the first two members, who
    /// both know the third; every third member shares the viewer's interest; every twentieth lives in Turku; a few keep
    /// Oulu, their location, for the instructors. <paramref name="locationOf"/>, when given, places each member instead.
    /// </summary>
    private async Task<Arranged> CohortAsync(string viewerId, int size, string? instructorId = null, Func<int, string>? locationOf = null)
    {
        var slug = $"pages-{Guid.NewGuid():N}"[..20];
        var members = Enumerable.Range(0, size - 1).Select(i => (Id: $"{slug}-{i:0000}", Name: NameOf(i))).ToList();
        await app.WithScopeAsync(services => services.GetRequiredService<IDemoCohortSeeder>().SeedAsync(slug, "Paged cohort", Arrange.Course, Arrange.Today,
            [
                new DemoMember(viewerId, "Paging Viewer", CohortRole.Learner, "", "", "Energy", "", [], ["networks"]),
                .. instructorId is null ? [] : new[] { new DemoMember(instructorId, "Their Instructor", CohortRole.Instructor, "", "", "", "") },
                .. members.Select((member, i) => new DemoMember(member.Id, member.Name, CohortRole.Learner, "Director", "Org", i % 2 == 0 ? "Energy" : "Retail",
                    locationOf?.Invoke(i) ?? (i % 500 == 7 ? "Oulu" : i % 20 == 0 ? "Turku" : "Helsinki"), ["strategy"], [i % 3 == 0 ? "networks" : "finance"])),
            ],
            CancellationToken.None,
            [(viewerId, members[0].Id), (viewerId, members[1].Id), (members[0].Id, members[2].Id), (members[1].Id, members[2].Id)]));
        var hidden = members.Where((_, i) => i % 500 == 7).Select(member => member.Id).ToList();
        await app.WithDbAsync(async db =>
        {
            foreach (var profile in await db.MemberProfiles.Where(p => hidden.Contains(p.UserId)).ToListAsync())
            {
                profile.Edit(new ProfileChanges(profile.Headline, profile.Organisation, profile.Industry, profile.Location, "", profile.Expertise, profile.Interests,
                    null, null, null, null, false, FieldVisibility.Cohort, FieldVisibility.Cohort, FieldVisibility.Cohort, FieldVisibility.Instructors,
                    FieldVisibility.Cohort, FieldVisibility.Cohort, FieldVisibility.Cohort), "");
            }

            return await db.SaveChangesAsync();
        });
        return new Arranged(slug, viewerId, [(viewerId, "Paging Viewer"), .. members]);
    }

    private static async Task<Page> GetInAsync(AcademyClient client, string url, string language = "fi")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(language);
        var page = await Page.ReadAsync(await client.Http.SendAsync(request), url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    private static IReadOnlyList<string> Cards(Page page) =>
        page.Document.QuerySelectorAll(".people-grid > li .person-name").Select(link => link.GetAttribute("href")!.Split('/')[^1]).ToList();

    /// <summary>The cards that name people the viewer and that member both know, by member id, with what they say.</summary>
    private static Dictionary<string, string> MutualsOf(Page page) =>
        page.Document.QuerySelectorAll(".people-grid > li")
            .Where(card => card.QuerySelector(".mutual") is not null)
            .ToDictionary(card => card.QuerySelector(".person-name")!.GetAttribute("href")!.Split('/')[^1], card => card.QuerySelector(".mutual")!.TextContent.Trim());

    private static string? NextOf(Page page)
    {
        var next = page.Document.QuerySelector("nav.list-pages a[rel=next]");
        if (next is not null)
        {
            Assert.False(string.IsNullOrEmpty(next.ParentElement!.GetAttribute("aria-label")));
        }

        return next?.GetAttribute("href");
    }

    /// <summary>Follows the next links from <paramref name="url"/> to the last page; every page is checked and kept.</summary>
    private static async Task<List<Page>> AllPagesAsync(AcademyClient client, string url, string language = "fi")
    {
        var pages = new List<Page> { await GetInAsync(client, url, language) };
        while (NextOf(pages[^1]) is { } next)
        {
            Assert.True(pages.Count < 100, "The next links go round in a circle.");
            pages.Add(await GetInAsync(client, next, language));
            Assert.NotNull(pages[^1].Document.QuerySelector($"nav.list-pages a[href='{url}']")); // back to the first page
        }

        Assert.All(pages, page => Assert.InRange(Cards(page).Count, 0, PageSize));
        return pages;
    }

    [Fact]
    public async Task A_directory_of_2000_pages_by_fifty_in_finnish_order_everyone_once_with_the_commands_of_a_directory_of_ten_and_so_does_a_profile()
    {
        var (viewer, viewerId) = await app.NewLearnerAsync("Paging Viewer");
        var small = await CohortAsync(viewerId, Small);
        var large = await CohortAsync(viewerId, Large);

        var smallFirst = await GetInAsync(viewer, $"/cohorts/{small.Cohort}/people");
        Assert.Equal(Small, Cards(smallFirst).Count);
        Assert.Null(NextOf(smallFirst));
        var smallLater = await GetInAsync(viewer, $"/cohorts/{small.Cohort}/people?afterName={Uri.EscapeDataString(small.Members[1].Name)}&afterId={small.Members[1].Id}");

        // The people we both know are named, in order, on the card of the one who knows both of the viewer's connections,
        // and on no other card: not on the viewer's own, nor on those of the viewer's connections.
        var smallInEnglish = await GetInAsync(viewer, $"/cohorts/{small.Cohort}/people", "en");
        Assert.Equal(new Dictionary<string, string> { [small.Members[3].Id] = "You both know Saman Nimi and Zetterberg 0001" }, MutualsOf(smallInEnglish));
        // The first visit's own query named them; since the second they are kept, and read no more: the same names.
        var smallAgain = await GetInAsync(viewer, $"/cohorts/{small.Cohort}/people");
        Assert.Equal(MutualsOf(smallFirst), MutualsOf(smallAgain));
        Assert.Single(MutualsOf(smallAgain));
        var smallLaterKept = await GetInAsync(viewer, $"/cohorts/{small.Cohort}/people?afterName={Uri.EscapeDataString(small.Members[1].Name)}&afterId={small.Members[1].Id}");

        var pages = await AllPagesAsync(viewer, $"/cohorts/{large.Cohort}/people");

        var finnish = Comparer<string>.Create((x, y) => NameOrder.Compare("fi", x, y));
        var expected = large.Members.OrderBy(member => member.Name, finnish).ThenBy(member => member.Id, StringComparer.Ordinal).Select(member => member.Id);
        Assert.Equal(expected, pages.SelectMany(Cards));
        Assert.Equal(Large / PageSize, pages.Count);
        Assert.All(pages.SkipLast(1), page => Assert.Equal(PageSize, Cards(page).Count));
        Assert.NotEmpty(pages[0].Document.QuerySelectorAll(".suggestions li"));
        Assert.Contains("de Vries 0002", pages[0].Text(".suggestions")); // knows both the viewer's connections
        Assert.Empty(pages[1].Document.QuerySelectorAll(".suggestions li")); // suggested on the first page only

        // The first page (with its suggestions) and every later one cost what they cost among ten people: at most three
        // commands, the second page reading who the viewer and each member both know, and two (the cohort, the cards) once that is kept.
        Assert.InRange(smallFirst.DbCommands, 1, 3);
        Assert.Equal(smallFirst.DbCommands, pages[0].DbCommands);
        Assert.InRange(smallLater.DbCommands, 1, 3);
        Assert.Equal(smallLater.DbCommands, pages[1].DbCommands);
        Assert.Equal(2, smallAgain.DbCommands);
        Assert.Equal(2, smallLaterKept.DbCommands);
        Assert.All(pages.Skip(2), page => Assert.Equal(smallLaterKept.DbCommands, page.DbCommands));

        // So does a profile with the people both know (Members[3] is the third member, after the viewer).
        var smallProfile = await GetInAsync(viewer, $"/cohorts/{small.Cohort}/people/{small.Members[3].Id}", "en");
        var largeProfile = await GetInAsync(viewer, $"/cohorts/{large.Cohort}/people/{large.Members[3].Id}", "en");
        Assert.Equal("You both know Saman Nimi, Zetterberg 0001.", largeProfile.Text(".mutual"));
        Assert.InRange(smallProfile.DbCommands, 1, 3);
        Assert.Equal(smallProfile.DbCommands, largeProfile.DbCommands);
    }

    [Fact]
    public async Task A_search_and_filters_go_with_every_next_page_and_a_location_shown_only_to_instructors_is_no_filter_for_peers()
    {
        var (viewer, viewerId) = await app.NewLearnerAsync("Filtering Viewer");
        var (instructor, instructorId) = await app.NewLearnerAsync("Their Instructor");
        var cohort = await CohortAsync(viewerId, Large, instructorId);
        var people = $"/cohorts/{cohort.Cohort}/people";

        // Typed in lower case, the name still finds its capital Ä; with an interest it is 83 people, two pages.
        var search = await AllPagesAsync(viewer, $"{people}?search=%C3%A4ij%C3%A4l%C3%A4&interest=networks", "en");
        var found = search.SelectMany(page => page.Document.QuerySelectorAll(".people-grid > li")).ToList();
        Assert.Equal(Enumerable.Range(0, Large - 1).Count(i => i % 97 != 0 && i % Surnames.Length == 3 && i % 3 == 0), found.Count);
        Assert.Equal(2, search.Count);
        Assert.All(found, card => Assert.StartsWith("Äijälä", card.QuerySelector(".person-name")!.TextContent.Trim(), StringComparison.Ordinal));
        Assert.Contains("search=%C3%A4ij%C3%A4l%C3%A4", NextOf(search[0]));
        Assert.Contains("interest=networks", NextOf(search[0]));
        Assert.Equal("äijälä", search[1].InputValue("search"));

        var turku = await AllPagesAsync(viewer, $"{people}?industry=Energy&location=Turku", "en");
        var inTurku = turku.SelectMany(page => page.Document.QuerySelectorAll(".people-grid .person-meta")).Select(meta => meta.TextContent).ToList();
        Assert.Equal(100, inTurku.Count);
        Assert.All(inTurku, meta => Assert.Equal("Org · Energy · Turku", meta));

        // Oulu is four people's location for the instructors only: not a choice for a peer, and no filter either.
        var asPeer = await GetInAsync(viewer, people, "en");
        Assert.DoesNotContain("Oulu", asPeer.Text("#location option"));
        Assert.Contains("Turku", asPeer.Text("#location option"));
        var peerFilter = await GetInAsync(viewer, $"{people}?location=Oulu", "en");
        Assert.Empty(Cards(peerFilter));
        Assert.Equal("Nobody matches your search.", peerFilter.Text("[role=status]"));
        var instructorFilter = await GetInAsync(instructor, $"{people}?location=oulu", "en");
        Assert.Contains("Oulu", (await GetInAsync(instructor, people, "en")).Text("#location option"));
        Assert.Equal(4, Cards(instructorFilter).Count);
    }

    [Fact]
    public async Task A_location_few_share_is_typed_rather_than_chosen_among_every_one_and_still_finds_its_people()
    {
        var (viewer, viewerId) = await app.NewLearnerAsync("Typing Viewer");
        var cohort = await CohortAsync(viewerId, 61, locationOf: i => i < 10 ? "Tampere" : $"Village {i:00}");
        var people = $"/cohorts/{cohort.Cohort}/people";

        // 51 places: more than a list offers. The field suggests the 40 most shared, Tampere (ten people) among them.
        var first = await GetInAsync(viewer, people, "en");
        Assert.Null(first.Document.QuerySelector("select#location"));
        var field = first.Document.QuerySelector("input#location[list=location-choices]");
        Assert.NotNull(field);
        Assert.Equal("Type any, or pick one of the 40 most shared.", first.Text($"#{field.GetAttribute("aria-describedby")}"));
        var suggested = first.Document.QuerySelectorAll("datalist#location-choices option").Select(option => option.GetAttribute("value")).ToList();
        Assert.Equal(FilterChoices.MostShared, suggested.Count);
        Assert.Contains("Tampere", suggested);
        Assert.NotNull(first.Document.QuerySelector("select#industry")); // two industries: still a list

        // A place no list offers, typed in lower case, finds the one person there and stays in the field.
        var typed = await GetInAsync(viewer, $"{people}?location=village%2057", "en");
        Assert.Equal([cohort.Members[58].Id], Cards(typed));
        Assert.Equal("village 57", typed.InputValue("location"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDirectoryPagesTests(SqliteApp app) : DirectoryPagesTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDirectoryPagesTests(PostgresApp app) : DirectoryPagesTests<PostgresApp>(app);
