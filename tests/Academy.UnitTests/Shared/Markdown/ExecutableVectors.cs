using AngleSharp.Html.Parser;

namespace Academy.UnitTests.Shared.Markdown;

/// <summary>
/// Finds what a browser would execute in an HTML fragment: script-capable elements, event-handler
/// attributes, and URLs whose scheme is not http, https or mailto. Parsed like a browser parses, so an
/// escaped "&lt;script&gt;" shown as text does not count.
/// </summary>
internal static class ExecutableVectors
{
    private static readonly HashSet<string> DangerousElements =
        ["script", "iframe", "frame", "object", "embed", "style", "link", "meta", "base", "form", "svg", "math", "template"];

    private static readonly HashSet<string> UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "data"];

    public static IReadOnlyList<string> Find(string html)
    {
        var found = new List<string>();
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><body>{html}</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            var name = element.LocalName;
            if (DangerousElements.Contains(name))
            {
                found.Add($"<{name}> element");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style")
                {
                    found.Add($"{attribute.Name} attribute on <{name}>");
                }

                if (UrlAttributes.Contains(attribute.Name) && !HasSafeScheme(attribute.Value))
                {
                    found.Add($"{attribute.Name}=\"{attribute.Value}\" on <{name}>");
                }
            }
        }

        return found;
    }

    private static bool HasSafeScheme(string url)
    {
        var compact = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true;
        }

        return compact[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }
}
