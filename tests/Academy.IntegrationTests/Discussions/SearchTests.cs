using System.Net;
using Academy.IntegrationTests.Infrastructure;

namespace Academy.IntegrationTests.Discussions;

public abstract class SearchTests<TApp>(TApp app) : DiscussionsTestBase<TApp>(app) where TApp : AcademyApp
{
    [Fact]
    public async Task Search_finds_posts_of_the_cohort_with_the_words_highlighted_and_nothing_else()
    {
        var cohort = await CohortOfTwoAsync();
        var other = await CohortOfTwoAsync();
        var number = await StartThreadAsync(cohort.First, cohort.Slug, "Radar", "My radar filters signal from noise every Monday.");
        await ReplyAsync(cohort.Second, $"/cohorts/{cohort.Slug}/discussions/{number}", "Signals <b>matter</b> more than feeds.");
        await ReplyAsync(cohort.Second, $"/cohorts/{cohort.Slug}/discussions/{number}", "A signal I later withdrew.");
        await cohort.Second.SubmitAsync($"/cohorts/{cohort.Slug}/discussions/{number}/posts/3/delete", "delete-post", new Dictionary<string, string>());
        await StartThreadAsync(other.First, other.Slug, "Elsewhere", "Another cohort talks about signal too.");

        var results = await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions/search?q=signal");

        var snippets = results.Document.QuerySelectorAll(".search-results li")
            .Where(hit => hit.QuerySelector(".thread-title")!.TextContent == "Radar") // the course's pinned prompts speak of signals too
            .Select(hit => hit.QuerySelector(".snippet")!.InnerHtml).ToList();
        Assert.Single(snippets, snippet => snippet.Contains("<mark>signal</mark> from noise"));
        Assert.Contains(snippets, snippet => snippet.StartsWith("<mark>Signals</mark>", StringComparison.Ordinal)); // typed tags stay text (PostgreSQL drops them)
        Assert.Equal(2, snippets.Count); // not the deleted post, not the other cohort
        Assert.Empty(results.Document.QuerySelectorAll(".search-results b"));

        foreach (var hostile in new[] { "\"unbalanced", "AND OR NOT (", "*", "signal\" OR 1=1 --", "'; DROP TABLE discussions_posts; --" })
        {
            var page = await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions/search?q={Uri.EscapeDataString(hostile)}");
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }

        Assert.Contains("Type a word", (await cohort.First.GetAsync($"/cohorts/{cohort.Slug}/discussions/search?q=%20")).Text("#search-q-error"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.First.GetAsync($"/cohorts/{cohort.Slug}/discussions/search?q=signal")).Status);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteSearchTests(SqliteApp app) : SearchTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresSearchTests(PostgresApp app) : SearchTests<PostgresApp>(app);
