using Academy.Shared.Markdown;

namespace Academy.UnitTests.Shared.Markdown;

public sealed class CourseMarkdownTests
{
    private readonly IMarkdownRenderer renderer = new MarkdownRenderer();

    [Fact]
    public void Headings_get_ids_and_make_a_table_of_contents()
    {
        var rendered = renderer.RenderCourseContent("## Your radar\n\ntext\n\n### Smart filtering\n\nmore");

        Assert.Contains("<h2 id=\"your-radar\">Your radar</h2>", rendered.Html);
        Assert.Equal(
            [new MarkdownHeading(2, "your-radar", "Your radar"), new MarkdownHeading(3, "smart-filtering", "Smart filtering")],
            rendered.Headings);
    }

    [Fact]
    public void Tables_lists_and_emphasis_render()
    {
        var html = renderer.RenderCourseContent("| a | b |\n|---|---|\n| 1 | 2 |\n\n- *one*\n- **two**\n").Html;

        Assert.Contains("<table>", html);
        Assert.Contains("<em>one</em>", html);
        Assert.Contains("<strong>two</strong>", html);
    }

    [Fact]
    public void Course_content_is_also_free_of_raw_html_and_unsafe_links()
    {
        var html = renderer.RenderCourseContent("<script>alert(1)</script>\n\n[x](javascript:alert(1))").Html;

        Assert.Empty(ExecutableVectors.Find(html));
    }

    [Fact]
    public void Words_are_counted_from_the_text_not_the_markup()
    {
        var rendered = renderer.RenderCourseContent("## Two words\n\nThree more words, [linked here](https://example.com).");

        Assert.Equal(7, rendered.WordCount);
    }
}
