using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using Ganss.Xss;

namespace Academy.Shared.Markdown;

/// <summary>
/// What our Markdown pipelines write, and so all that HtmlSanitizer lets through after them. Derived from the
/// pipelines' extensions: CommonMark itself (paragraphs, headings, quotes, lists, code, rules, breaks,
/// emphasis, links, images), pipe tables (their alignment as a <c>text-align</c> style), emphasis extras
/// (del, ins, mark, sub, sup) and autolinks; the course pipeline adds heading ids and list extras (an
/// ordered list's <c>type</c>). An extension added to a pipeline must be added here too, or its output is dropped.
/// </summary>
internal static class MarkdownAllowlist
{
    public static readonly string[] UserTags =
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code", "hr", "br",
        "em", "strong", "a", "img",
        "table", "thead", "tbody", "tr", "th", "td",
        "del", "ins", "mark", "sub", "sup",
    ];

    public static readonly string[] UserAttributes = ["href", "title", "rel", "src", "alt", "start", "class", "style"];

    public static readonly string[] CourseTags = UserTags;

    public static readonly string[] CourseAttributes = [.. UserAttributes, "id", "type"];

    /// <summary>Relative URLs pass as well: HtmlSanitizer only judges a scheme that is there.</summary>
    private static readonly string[] Schemes = ["http", "https", "mailto"];

    /// <summary>The only class Markdig writes is a fenced code block's language.</summary>
    private const string CodeLanguageClass = "language-";

    public static HtmlSanitizer Sanitizer(IEnumerable<string> tags, IEnumerable<string> attributes)
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(attributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(["text-align"], StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<CssRuleType>(),
        });
        sanitizer.PostProcessNode += (_, processed) => KeepOnlyCodeLanguageClasses(processed.Node);
        return sanitizer;
    }

    private static void KeepOnlyCodeLanguageClasses(INode node)
    {
        if (node is not IElement { ClassList.Length: > 0 } element)
        {
            return;
        }

        foreach (var name in element.ClassList.Where(name => !name.StartsWith(CodeLanguageClass, StringComparison.Ordinal)).ToList())
        {
            element.ClassList.Remove(name);
        }

        if (element.ClassList.Length == 0)
        {
            element.RemoveAttribute("class");
        }
    }
}
