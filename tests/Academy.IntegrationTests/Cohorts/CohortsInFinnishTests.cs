using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>The cohort's main pages speak Finnish to a browser that asks for it, and English otherwise; names and course content stay as written.</summary>
[Collection(SqliteCollection.Name)]
public sealed class CohortsInFinnishTests(SqliteApp app)
{
    private static async Task<Page> GetInAsync(AcademyClient client, string url, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return await Page.ReadAsync(await client.Http.SendAsync(request), url);
    }

    [Fact]
    public async Task The_cohort_home_people_and_connections_pages_have_finnish_headings_for_a_finnish_browser()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Aino Finnish");
        var (_, instructorId) = await app.NewLearnerAsync("Ilkka Instructor");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-7), members: [(learnerId, CohortRole.Learner), (instructorId, CohortRole.Instructor)]);

        var home = await GetInAsync(learner, $"/cohorts/{cohort}", "fi-FI,fi;q=0.9,en;q=0.8");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal("Seuraava live-tapaaminen", home.Text("#next-session-heading"));
        Assert.Equal("Aikataulu", home.Text("#schedule-heading"));
        Assert.Contains("Live-tapaamiset", home.Text(".cohort-nav"));
        Assert.Equal("Kouluttajat", home.Text(".facts div:nth-child(2) dt"));
        Assert.Equal("Ilkka Instructor", home.Text(".facts dd[translate=no]"));

        var people = await GetInAsync(learner, $"/cohorts/{cohort}/people", "fi");
        Assert.Equal("Ihmiset", people.Heading);
        Assert.Contains("2 jäsentä", people.Text(".page-header .meta"));
        Assert.Equal("Kouluttaja", people.Text(".badge.instructor"));

        var connections = await GetInAsync(learner, "/connections", "fi");
        Assert.Equal("Yhteydet", connections.Heading);
        Assert.Equal("Yhteytesi (0)", connections.Text("#connections-heading"));

        var sessions = await GetInAsync(learner, $"/cohorts/{cohort}/sessions", "fi");
        Assert.Equal("Live-tapaamiset", sessions.Heading);
        Assert.Equal("Tapaamisia ei ole aikataulussa.", sessions.Text("#upcoming-heading ~ p.meta"));

        var english = await GetInAsync(learner, $"/cohorts/{cohort}", null);
        Assert.Equal("Next live session", english.Text("#next-session-heading"));
    }
}
