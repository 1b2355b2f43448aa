using Academy.Shared.Markdown;

namespace Academy.UnitTests.Shared.Markdown;

/// <summary>The sanitizer after Markdig keeps all that the pipelines write and nothing else.</summary>
public sealed class MarkdownAllowlistTests
{
    private const string EveryConstruct = """
        ## Heading

        Text *em* **strong** ~~del~~ ~sub~ ^sup^ ++ins++ ==mark== `code` [link](https://example.com "title") ![picture](/a.png "caption") <https://auto.example>
        a second line

        > quote

        - item

        3. three

        ```csharp
        var x = 1;
        ```

        ***

        | L | C | R |
        |:--|:-:|--:|
        | 1 | 2 | 3 |
        """;

    private readonly IMarkdownRenderer renderer = new MarkdownRenderer();

    [Fact]
    public void Every_construct_the_user_pipeline_writes_survives_the_sanitizer()
    {
        var html = renderer.RenderUserContent(EveryConstruct).Html;

        foreach (var expected in new[]
                 {
                     "<h2>Heading</h2>", "<em>em</em>", "<strong>strong</strong>", "<del>del</del>", "<sub>sub</sub>", "<sup>sup</sup>",
                     "<ins>ins</ins>", "<mark>mark</mark>", "<code>code</code>",
                     "<a href=\"https://example.com\" rel=\"nofollow ugc noopener\" title=\"title\">link</a>",
                     "<img src=\"/a.png\" alt=\"picture\" title=\"caption\">", "<a href=\"https://auto.example\" rel=\"nofollow ugc noopener\">",
                     "<br>", "<blockquote>", "<ul>", "<li>item</li>", "<ol start=\"3\">", "<pre><code class=\"language-csharp\">", "<hr>",
                     "<table>", "<thead>", "<tbody>", "<th style=\"text-align: left\">L</th>", "<th style=\"text-align: center\">C</th>",
                     "<td style=\"text-align: right\">3</td>",
                 })
        {
            Assert.Contains(expected, html);
        }
    }

    [Fact]
    public void The_course_pipeline_keeps_its_heading_ids_and_list_styles()
    {
        var html = renderer.RenderCourseContent("## Your radar\n\na. first\nb. second\n").Html;

        Assert.Contains("<h2 id=\"your-radar\">Your radar</h2>", html);
        Assert.Contains("<ol type=\"a\">", html);
    }

    [Fact]
    public void What_no_pipeline_writes_is_removed()
    {
        var sanitizer = MarkdownAllowlist.Sanitizer(MarkdownAllowlist.UserTags, MarkdownAllowlist.UserAttributes);

        var html = sanitizer.Sanitize(
            "<p onclick=\"x()\" id=\"login\" style=\"color: red; text-align: center\">p</p><div>gone with its tag</div>" +
            "<a href=\"javascript:alert(1)\">a</a><a href=\"notes/today\">b</a><img src=\"data:image/png;base64,AA==\">" +
            "<code class=\"language-js btn-danger\">c</code><iframe src=\"https://example.com\"></iframe><form><input name=\"x\"></form>");

        // A tag no pipeline writes goes with its content: Markdig never writes one, so nothing of a post is lost.
        Assert.Equal("<p style=\"text-align: center\">p</p><a>a</a><a href=\"notes/today\">b</a><img><code class=\"language-js\">c</code>", html);
    }
}
