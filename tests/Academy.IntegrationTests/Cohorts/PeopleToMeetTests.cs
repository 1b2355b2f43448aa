using Academy.Cohorts.Demo;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// "People to meet" in the directory: ranked as the course says introductions work, people you both know first, then
/// shared interests, then the same industry, each with the reason said; nobody one knows already, nobody without a reason.
/// </summary>
public abstract class PeopleToMeetTests<TApp>(TApp app) where TApp : AcademyApp
{
    [Fact]
    public async Task Suggestions_say_why_people_you_both_know_first_then_shared_interests_then_the_same_industry()
    {
        var names = new[] { "Viewer Veera", "Mutual Mikael", "Friend Of Friend Frida", "Interest Ilkka", "Industry Inka", "Nothing Nina" };
        var ids = new List<string>();
        AcademyClient? viewer = null;
        foreach (var name in names)
        {
            var (client, id) = await app.NewLearnerAsync(name);
            viewer ??= client;
            ids.Add(id);
        }

        var (veera, mikael, frida, ilkka, inka, nina) = (ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]);
        var profiles = new Dictionary<string, (string Industry, string[] Interests)>
        {
            [veera] = ("Energy", ["community building", "listening"]),
            [mikael] = ("Retail", []),
            [frida] = ("Shipping", []),
            [ilkka] = ("Games", ["Community Building"]),
            [inka] = ("energy", []),
            [nina] = ("Banking", ["sailing"]),
        };
        var cohort = $"meet-{Guid.NewGuid():N}"[..16];
        await app.WithScopeAsync(services => services.GetRequiredService<IDemoCohortSeeder>().SeedAsync(cohort, "People to meet", Arrange.Course, Arrange.Today,
            ids.Select((id, i) => new DemoMember(id, names[i], CohortRole.Learner, "", "", profiles[id].Industry, "", [], profiles[id].Interests)).ToList(),
            CancellationToken.None, connections: [(veera, mikael), (mikael, frida)]));

        var page = await viewer!.GetAsync($"/cohorts/{cohort}/people");
        var suggestions = page.Document.QuerySelectorAll(".suggestions li")
            .Select(item => (Name: item.QuerySelector(".person-name")!.TextContent.Trim(), Reason: item.QuerySelector(".reason")!.TextContent.Trim()))
            .ToList();

        Assert.Equal(
        [
            ("Friend Of Friend Frida", "You both know Mutual Mikael"),
            ("Interest Ilkka", "Shares your interest in Community Building"),
            ("Industry Inka", "Also works in energy"),
        ], suggestions);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqlitePeopleToMeetTests(SqliteApp app) : PeopleToMeetTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresPeopleToMeetTests(PostgresApp app) : PeopleToMeetTests<PostgresApp>(app);
