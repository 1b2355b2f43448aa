using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Discussions;

/// <summary>A member whose browser asks for Finnish reads the discussions in Finnish; what the members wrote stays as written.</summary>
public abstract class DiscussionsInFinnishTests<TApp>(TApp app) : DiscussionsTestBase<TApp>(app) where TApp : AcademyApp
{
    private static async Task<Page> GetInFinnishAsync(AcademyClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("fi-FI,fi;q=0.9,en;q=0.8");
        return await Page.ReadAsync(await client.Http.SendAsync(request), url);
    }

    [Fact]
    public async Task The_discussions_their_threads_and_search_speak_Finnish_to_a_Finnish_reader()
    {
        var cohort = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Signals from the field", "What did your radar pick up this week?");
        await ReplyAsync(cohort.Second, $"/cohorts/{cohort.Slug}/discussions/{number}", "Two new competitors.");

        var overview = await GetInFinnishAsync(cohort.First, $"/cohorts/{cohort.Slug}/discussions");

        Assert.Equal(HttpStatusCode.OK, overview.Status);
        Assert.Equal("fi", overview.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Keskustelut", overview.Text("h1"));
        Assert.Contains("Tiedotteet", overview.Text("h2"));
        Assert.Contains("Kahvihuone", overview.Text("h2"));
        Assert.Equal("Merkitse kaikki luetuiksi", overview.Text(".cohort-nav button"));
        Assert.Contains("1 vastaus", overview.Text(".thread-replies"));
        Assert.Contains("Signals from the field", overview.Text(".thread-title[translate=no]")); // the title as its writer wrote it

        var thread = await GetInFinnishAsync(cohort.First, $"/cohorts/{cohort.Slug}/discussions/{number}");
        Assert.Equal("Signals from the field", thread.Text("h1[translate=no]"));
        Assert.Contains("1 vastaus", thread.Text(".thread-header .meta"));
        Assert.Equal("Vastaa", thread.Text("#reply-heading"));
        Assert.Equal("Vastaa", thread.Document.QuerySelector("ol.posts")!.GetAttribute("data-text-reply")); // the live script's words

        var search = await GetInFinnishAsync(cohort.First, $"/cohorts/{cohort.Slug}/discussions/search?q=%20");
        Assert.Equal("Hae keskusteluista", search.Text("h1"));
        Assert.Equal("Kirjoita sana tai pari, joita haetaan.", search.FieldError("search-q"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDiscussionsInFinnishTests(SqliteApp app) : DiscussionsInFinnishTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresDiscussionsInFinnishTests(PostgresApp app) : DiscussionsInFinnishTests<PostgresApp>(app);
