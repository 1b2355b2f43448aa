using System.Text;
using System.Text.RegularExpressions;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Academy.Shared.Markdown;

/// <summary>Markdown turned into safe HTML once, at write time; pages only show the stored result.</summary>
public sealed record RenderedMarkdown(string Html, IReadOnlyList<MarkdownHeading> Headings, int WordCount);

/// <summary>A heading of rendered content, for a table of contents.</summary>
public sealed record MarkdownHeading(int Level, string Id, string Text);

public interface IMarkdownRenderer
{
    /// <summary>Course content by trusted authors: headings get ids, tables, lists, emphasis and links.</summary>
    RenderedMarkdown RenderCourseContent(string markdown);

    /// <summary>Anything a learner or instructor types into a form.</summary>
    RenderedMarkdown RenderUserContent(string markdown);
}

/// <summary>
/// Both pipelines disable raw HTML and name their extensions one by one: never UseAdvancedExtensions, whose
/// generic attributes would accept <c>{onclick=...}</c>. After parsing, every link, image and autolink whose
/// scheme is not http, https or mailto (or relative) is turned back into plain text. Then HtmlSanitizer, the
/// second line of defence, keeps only the tags and attributes the pipeline is known to write
/// (<see cref="MarkdownAllowlist"/>), so a Markdig flaw or a careless extension cannot reach a page.
/// </summary>
internal sealed partial class MarkdownRenderer : IMarkdownRenderer
{
    private const string UserLinkRel = "nofollow ugc noopener";

    private readonly HtmlSanitizer courseSanitizer = MarkdownAllowlist.Sanitizer(MarkdownAllowlist.CourseTags, MarkdownAllowlist.CourseAttributes);
    private readonly HtmlSanitizer userSanitizer = MarkdownAllowlist.Sanitizer(MarkdownAllowlist.UserTags, MarkdownAllowlist.UserAttributes);

    private readonly MarkdownPipeline coursePipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .Build();

    private readonly MarkdownPipeline userPipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    public RenderedMarkdown RenderCourseContent(string markdown) => Render(markdown, coursePipeline, courseSanitizer, linkRel: null);

    public RenderedMarkdown RenderUserContent(string markdown) => Render(markdown, userPipeline, userSanitizer, UserLinkRel);

    private static RenderedMarkdown Render(string markdown, MarkdownPipeline pipeline, HtmlSanitizer sanitizer, string? linkRel)
    {
        var document = Markdig.Markdown.Parse(markdown ?? string.Empty, pipeline);
        NeutraliseUnsafeLinks(document, linkRel);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var headings = document.Descendants<HeadingBlock>()
            .Select(heading => new MarkdownHeading(heading.Level, heading.GetAttributes().Id ?? string.Empty, PlainText(heading.Inline)))
            .Where(heading => heading.Id.Length > 0)
            .ToList();

        return new RenderedMarkdown(sanitizer.Sanitize(writer.ToString()), headings, CountWords(document));
    }

    private static void NeutraliseUnsafeLinks(MarkdownDocument document, string? linkRel)
    {
        // Materialise first: the loops below rewrite the tree they walk.
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (IsSafeUrl(url))
            {
                if (linkRel is not null && !link.IsImage)
                {
                    link.GetAttributes().AddPropertyIfNotExist("rel", linkRel);
                }

                continue;
            }

            // Keep the words (the link text or an image's alt text), drop the destination.
            foreach (var child in link.ToList())
            {
                child.Remove();
                link.InsertBefore(child);
            }

            link.Remove();
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (IsSafeUrl(autolink.Url))
            {
                if (linkRel is not null)
                {
                    autolink.GetAttributes().AddPropertyIfNotExist("rel", linkRel);
                }

                continue;
            }

            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }

    /// <summary>
    /// Allows relative URLs and the http, https and mailto schemes. Browsers ignore whitespace and control
    /// characters inside a scheme ("java&#9;script:"), so those are removed before the scheme is read;
    /// entity-encoded schemes arrive here already decoded by the parser.
    /// </summary>
    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var compact = new StringBuilder(url.Length);
        foreach (var character in url)
        {
            if (character > ' ' && character != '\u007f')
            {
                compact.Append(character);
            }
        }

        var match = SchemePattern().Match(compact.ToString());
        if (!match.Success)
        {
            return !compact.ToString().StartsWith("\\\\", StringComparison.Ordinal); // no UNC paths
        }

        return match.Groups["scheme"].Value.ToLowerInvariant() is "http" or "https" or "mailto";
    }

    // A scheme is letters, digits, '+', '-', '.' before the first ':' with no '/', '?' or '#' before it.
    [GeneratedRegex("^(?<scheme>[^:/?#]*):")]
    private static partial Regex SchemePattern();

    private static string PlainText(ContainerInline? inlines)
    {
        if (inlines is null)
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        foreach (var inline in inlines.Descendants())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private static int CountWords(MarkdownDocument document)
    {
        var words = 0;
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            words += WordPattern().Count(literal.Content.ToString());
        }

        return words;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex WordPattern();
}
