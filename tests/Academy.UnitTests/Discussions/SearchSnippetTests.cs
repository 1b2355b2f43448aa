using Academy.Discussions.Search;

namespace Academy.UnitTests.Discussions;

public sealed class SearchSnippetTests
{
    [Fact]
    public void A_snippet_is_about_thirty_words_around_the_first_found_word_with_every_found_word_marked()
    {
        var body = string.Join(' ', Enumerable.Range(1, 100).Select(i => i == 50 ? "Bridges" : i == 55 ? "bridges," : $"w{i}"));

        var snippet = SearchSql.Snippet(body, ["bridges"]);

        Assert.StartsWith("… w40 ", snippet);
        Assert.EndsWith("w69 …", snippet);
        Assert.Contains($"{SearchSql.Start}Bridges{SearchSql.Stop}", snippet);
        Assert.Contains($"{SearchSql.Start}bridges,{SearchSql.Stop}", snippet);
        Assert.Equal(30, snippet.Split(' ').Count(token => token != "…"));
    }

    [Fact]
    public void A_short_post_is_its_own_snippet()
    {
        Assert.Equal($"Weak ties build {SearchSql.Start}bridges{SearchSql.Stop}", SearchSql.Snippet("Weak ties build bridges", ["bridges"]));
    }
}
