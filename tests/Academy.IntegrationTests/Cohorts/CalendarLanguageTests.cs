using System.Net;
using Academy.Contracts.Cohorts;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Cohorts;

/// <summary>
/// A calendar app fetches the personal feed with none of its owner's cookies or languages, so the feed's own words are
/// in the language its owner chose on their account page (English when they chose none), whatever the request asks for.
/// </summary>
[Collection(SqliteCollection.Name)]
public sealed class CalendarLanguageTests(SqliteApp app)
{
    private async Task<(string Cohort, string Token)> MemberWhoChoseAsync(string? language)
    {
        var (person, id) = await app.NewLearnerAsync("Calendar Reader");
        if (language is not null)
        {
            var saved = await person.SubmitAsync("/Account/Manage", "language-and-zone",
                new Dictionary<string, string> { ["Input.Language"] = language, ["Input.TimeZone"] = "Europe/Helsinki" });
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        }

        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-8), members: (id, CohortRole.Learner));
        var token = await app.WithDbAsync(db => db.CohortMembers.Where(m => m.UserId == id).Select(m => m.CalendarToken).SingleAsync());
        return (cohort, token);
    }

    /// <summary>The feed as a calendar app fetches it (no sign-in), asking for a language; its folded lines joined.</summary>
    private async Task<string> FeedAsync(string cohort, string token, string acceptLanguage)
    {
        using var calendarApp = app.CreateAcademyClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/cohorts/{cohort}/calendar.ics?token={token}");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        var response = await calendarApp.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).Replace("\r\n ", string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_chose_finnish_gets_a_finnish_feed_from_a_calendar_app_that_asks_for_english()
    {
        var (cohort, token) = await MemberWhoChoseAsync("fi");

        var feed = await FeedAsync(cohort, token, "en-US,en;q=0.9");

        Assert.Contains("SUMMARY:Moduuli 1 avautuu: Why leaders should engage personally", feed); // the course's words stay as written
        Assert.Contains("SUMMARY:Reflektioiden määräpäivä: moduuli 1", feed);
        Assert.DoesNotContain("opens:", feed);
    }

    [Fact]
    public async Task Someone_who_chose_english_gets_an_english_feed_from_a_calendar_app_that_asks_for_finnish()
    {
        var (cohort, token) = await MemberWhoChoseAsync("en");

        var feed = await FeedAsync(cohort, token, "fi-FI,fi;q=0.9");

        Assert.Contains("SUMMARY:Module 1 opens: Why leaders should engage personally", feed);
        Assert.Contains("SUMMARY:Reflections due: module 1", feed);
        Assert.DoesNotContain("avautuu", feed);
    }

    [Fact]
    public async Task Someone_who_chose_no_language_gets_the_default_one_whatever_the_calendar_app_asks_for()
    {
        var (cohort, token) = await MemberWhoChoseAsync(null);

        var feed = await FeedAsync(cohort, token, "fi-FI,fi;q=0.9");

        Assert.Contains("SUMMARY:Module 1 opens: Why leaders should engage personally", feed);
    }
}
