using Academy.Shared.Components;

namespace Academy.ComponentTests.Shared;

public sealed class MarkdownViewTests : Academy.ComponentTests.Infrastructure.LocalizedContext
{
    [Fact]
    public void The_html_rendered_at_write_time_is_shown_as_it_is_inside_prose_never_translated()
    {
        var view = Render<MarkdownView>(parameters => parameters.Add(p => p.Html, "<p>Use it as a <strong>radar</strong>.</p>"));

        view.MarkupMatches("<div class=\"prose\" translate=\"no\"><p>Use it as a <strong>radar</strong>.</p></div>");
    }

    [Fact]
    public void No_html_gives_an_empty_prose_block()
    {
        var view = Render<MarkdownView>(parameters => parameters.Add(p => p.Html, string.Empty));

        view.MarkupMatches("<div class=\"prose\" translate=\"no\"></div>");
    }
}
