using System.Text.Json;
using Academy.Shared.Markdown;

namespace Academy.UnitTests.Shared.Markdown;

public sealed class UserMarkdownSafetyTests
{
    private readonly IMarkdownRenderer renderer = new MarkdownRenderer();

    public static TheoryData<string> HostileMarkdown => new()
    {
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click]( javascript:alert(1) )",
        "[click](java\tscript:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
        "[click](javascript&colon;alert(1))",
        "[click](&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox(1))",
        "[click](<javascript:alert(1)>)",
        "![x](javascript:alert(1))",
        "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "[ref]\n\n[ref]: javascript:alert(1)",
        "[ref][r]\n\n[r]: &#106;avascript:alert(1) \"title\"",
        "![img][i]\n\n[i]: data:text/html,x",
        "[x](javascript:alert(1)){onclick=alert(1)}",
        "# Heading {onclick=alert(1)}",
        "text {#id .class onclick=alert(1)}",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<iframe src=javascript:alert(1)></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "`<script>`alert(1)`</script>`",
        "```html\n<script>alert(1)</script>\n```",
        "[a](https://example.com\" onmouseover=\"alert(1))",
        "[a](https://example.com 'x\" onmouseover=\"alert(1)')",
        "![a](https://example.com/x.png\"onerror=\"alert(1))",
        "www.example.com/\"onmouseover=\"alert(1)",
        "http://example.com/<script>alert(1)</script>",
        "[<img src=x onerror=alert(1)>](https://example.com)",
        "| a |\n|---|\n| <script>alert(1)</script> |",
        "> <img src=x onerror=alert(1)>",
        "[x](\\\\evil.example\\share)",
    };

    [Theory]
    [MemberData(nameof(HostileMarkdown))]
    public void Hostile_markdown_renders_without_an_executable_vector(string markdown)
    {
        var html = renderer.RenderUserContent(markdown).Html;

        Assert.Empty(ExecutableVectors.Find(html));
    }

    [Fact]
    public void Every_string_of_the_big_list_of_naughty_strings_renders_without_an_executable_vector()
    {
        var strings = JsonSerializer.Deserialize<string[]>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "blns", "blns.json")))!;
        Assert.True(strings.Length > 400, "the corpus must be the whole list");

        var failures = strings
            .SelectMany(text => new[] { text, $"[link]({text})", $"![image]({text})", $"<{text}>" })
            .Select(markdown => (markdown, vectors: ExecutableVectors.Find(renderer.RenderUserContent(markdown).Html)))
            .Where(result => result.vectors.Count > 0)
            .Select(result => $"{result.markdown} => {string.Join(", ", result.vectors)}")
            .ToList();

        Assert.Empty(failures);
    }

    [Fact]
    public void Raw_html_is_shown_as_text_not_interpreted()
    {
        var html = renderer.RenderUserContent("<b>bold?</b>").Html;

        Assert.Contains("&lt;b&gt;bold?&lt;/b&gt;", html);
    }

    [Theory]
    [InlineData("[site](https://example.com/a?b=c)", "https://example.com/a?b=c")]
    [InlineData("[site](http://example.com)", "http://example.com")]
    [InlineData("[mail](mailto:someone@example.com)", "mailto:someone@example.com")]
    [InlineData("[module](/courses/social-media-for-leaders)", "/courses/social-media-for-leaders")]
    [InlineData("[relative](notes/today)", "notes/today")]
    [InlineData("<https://example.com>", "https://example.com")]
    [InlineData("see https://example.com today", "https://example.com")]
    public void Safe_links_keep_their_destination(string markdown, string expectedHref)
    {
        var html = renderer.RenderUserContent(markdown).Html;

        Assert.Contains($"href=\"{expectedHref}\"", html);
    }

    [Fact]
    public void An_unsafe_link_keeps_its_words_but_loses_its_destination()
    {
        var html = renderer.RenderUserContent("Read [the report](javascript:alert(1)) now").Html;

        Assert.Equal("<p>Read the report now</p>\n", html);
    }

    [Fact]
    public void User_links_are_marked_as_user_generated_so_they_pass_no_reputation()
    {
        var html = renderer.RenderUserContent("[site](https://example.com)").Html;

        Assert.Contains("rel=\"nofollow ugc noopener\"", html);
    }

    [Fact]
    public void Line_breaks_typed_by_a_user_are_kept()
    {
        var html = renderer.RenderUserContent("first line\nsecond line").Html;

        Assert.Contains("<br>", html); // the sanitizer writes HTML, not XHTML
    }
}

public sealed class ExecutableVectorsTests
{
    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" java\tscript:alert(1)\">x</a>")]
    [InlineData("<img src=\"data:image/svg+xml,x\">")]
    [InlineData("<p onclick=\"x\">x</p>")]
    [InlineData("<script>x</script>")]
    public void The_detector_itself_sees_what_a_browser_would_run(string html) => Assert.NotEmpty(ExecutableVectors.Find(html));

    [Fact]
    public void The_detector_ignores_escaped_text() => Assert.Empty(ExecutableVectors.Find("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
}
