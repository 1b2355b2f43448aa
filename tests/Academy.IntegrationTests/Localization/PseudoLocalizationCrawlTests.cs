using System.Diagnostics;
using System.Text;
using Academy.IntegrationTests.Infrastructure;
using Academy.IntegrationTests.Security;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Xunit.Abstractions;
using Caller = Academy.IntegrationTests.Security.EndpointAccessMatrixTests<Academy.IntegrationTests.Security.SqliteMatrixApp>.Caller;

namespace Academy.IntegrationTests.Localization;

[CollectionDefinition(Name)]
public sealed class PseudoLocalizedCollection : ICollectionFixture<PseudoLocalizedApp>
{
    public const string Name = "Pseudo-localized demo";
}

/// <summary>
/// Every page a visitor, a learner, an instructor and an admin of the demo can reach by following links, under resources
/// wrapped in markers (<see cref="PseudoLocalizedApp"/>): text a person reads outside user content (<c>translate="no"</c>)
/// that lacks the markers is still hard-coded. The crawl must reach every page the access matrix lets the caller open,
/// so it cannot silently shrink.
/// </summary>
[Collection(PseudoLocalizedCollection.Name)]
public sealed class PseudoLocalizationCrawlTests(PseudoLocalizedApp app, ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(DemoCrawl.Callers), MemberType = typeof(DemoCrawl))]
    public async Task Every_page_the_caller_reaches_shows_only_resource_text_outside_user_content(Caller caller, string? email, string[] homes)
    {
        using var client = app.CreateAcademyClient();
        if (email is not null)
        {
            await client.SignInAsync(email);
        }

        var clock = Stopwatch.StartNew();
        var crawl = await SiteCrawl.CrawlAsync(client, DemoCrawl.Starts(homes));
        output.WriteLine($"{caller}: {crawl.Pages.Count} pages ({crawl.NotFollowed.Count} other answers) in {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine(string.Join(Environment.NewLine, crawl.Addresses.Concat(crawl.NotFollowed.Select(page => $"{page.Url} ({(int)page.Status})"))));

        var unmarked = crawl.Pages.SelectMany(page => Unmarked(page.Document).Select(finding => $"{page.Url}: \"{finding.Text}\" at {finding.Path}")).ToList();
        var reached = crawl.Pages.Select(page => page.Response.Headers.TryGetValues(PseudoLocalizedApp.RouteHeader, out var values) ? values.Single() : "?").ToHashSet();
        var missed = DemoCrawl.Missed(caller, reached);
        Assert.True(unmarked.Count == 0 && missed.Count == 0,
            $"{unmarked.Count} texts not from resources:{Environment.NewLine}{string.Join(Environment.NewLine, unmarked)}{Environment.NewLine}"
            + $"The crawl as {caller} did not reach: {string.Join(", ", missed)}");
    }

    private sealed record Finding(string Text, string Path);

    /// <summary>Visible text and the attributes people read (or hear) outside <c>translate="no"</c>, where letters remain once every marked span is taken out.</summary>
    private static IEnumerable<Finding> Unmarked(IHtmlDocument document)
    {
        if (HasUnmarkedLetters(document.Title ?? string.Empty))
        {
            yield return new Finding(document.Title!, "title");
        }

        var texts = new List<(IText Node, int Start)>();
        var stream = new StringBuilder();
        foreach (var text in VisibleTexts(document.Body!))
        {
            texts.Add((text, stream.Length));
            stream.Append(text.Data);
        }

        var covered = Covered(stream.ToString());
        foreach (var (node, start) in texts)
        {
            if (Enumerable.Range(start, node.Data.Length).Any(index => !covered[index] && char.IsLetter(stream[index])))
            {
                yield return new Finding(node.Data.Trim(), PathOf(node.ParentElement!));
            }
        }

        foreach (var element in document.Body!.QuerySelectorAll("*").Where(element => !IsUserContent(element)))
        {
            foreach (var name in (string[])["aria-label", "title", "placeholder", "alt"])
            {
                if (element.GetAttribute(name) is { } value && HasUnmarkedLetters(value))
                {
                    yield return new Finding($"{name}=\"{value}\"", PathOf(element));
                }
            }

            if (element is IHtmlInputElement { Type: "submit" or "button" or "reset" } button && HasUnmarkedLetters(button.Value))
            {
                yield return new Finding($"value=\"{button.Value}\"", PathOf(element));
            }
        }
    }

    /// <summary>The text nodes a reader sees: not scripts, styles or templates, not what a form field holds, not user content.</summary>
    private static IEnumerable<IText> VisibleTexts(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                yield return text;
            }
            else if (child is IElement element && element.LocalName is not ("script" or "style" or "template" or "textarea")
                                               && element.GetAttribute("translate") != "no")
            {
                foreach (var inner in VisibleTexts(element))
                {
                    yield return inner;
                }
            }
        }
    }

    private static bool IsUserContent(IElement element) => element.Closest("[translate=no]") is not null;

    private static bool HasUnmarkedLetters(string text)
    {
        var covered = Covered(text);
        return text.Where((character, index) => !covered[index] && char.IsLetter(character)).Any();
    }

    /// <summary>Which characters lie inside a marked span (markers included); spans nest, as a formatted resource holds others.</summary>
    private static bool[] Covered(string text)
    {
        var covered = new bool[text.Length];
        var depth = 0;
        for (var index = 0; index < text.Length; index++)
        {
            if (string.CompareOrdinal(text, index, PseudoLocalizer.Start, 0, PseudoLocalizer.Start.Length) == 0)
            {
                depth++;
                covered.AsSpan(index, PseudoLocalizer.Start.Length).Fill(true);
                index += PseudoLocalizer.Start.Length - 1;
            }
            else if (depth > 0 && string.CompareOrdinal(text, index, PseudoLocalizer.End, 0, PseudoLocalizer.End.Length) == 0)
            {
                depth--;
                covered.AsSpan(index, PseudoLocalizer.End.Length).Fill(true);
                index += PseudoLocalizer.End.Length - 1;
            }
            else
            {
                covered[index] = depth > 0;
            }
        }

        return covered;
    }

    /// <summary>A CSS-like path from the page's landmark down to the element: <c>main &gt; section.posts &gt; p:nth-child(2)</c>.</summary>
    private static string PathOf(IElement element)
    {
        var steps = new List<string>();
        for (var current = element; current is not null && current.LocalName != "body"; current = current.ParentElement)
        {
            var step = current.LocalName + (current.Id is { Length: > 0 } id ? "#" + id : string.Concat(current.ClassList.Select(name => "." + name)));
            if (current.Id is not { Length: > 0 } && current.ParentElement is { } parent && parent.Children.Count(sibling => sibling.LocalName == current.LocalName) > 1)
            {
                step += $":nth-child({parent.Children.ToList().IndexOf(current) + 1})";
            }

            steps.Insert(0, step);
            if (current.LocalName is "main" or "header" or "footer" or "nav" || current.Id is { Length: > 0 })
            {
                break;
            }
        }

        return string.Join(" > ", steps);
    }
}
