using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Academy.Shared.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Academy.UnitTests.Shared.Text;

public sealed class DiffViewTests
{
    [Fact]
    public async Task Changed_words_are_marked_with_ins_and_del_and_named_for_screen_readers()
    {
        var page = await Render("Intro\nThe quick brown fox.\nOutro", "Intro\nThe slow brown fox.\nOutro");

        Assert.Equal("quick", Assert.Single(page.QuerySelectorAll(".diff-line.removed del")).TextContent);
        Assert.Equal("slow", Assert.Single(page.QuerySelectorAll(".diff-line.added ins")).TextContent);
        Assert.Equal("Removed: ", page.QuerySelector(".diff-line.removed .visually-hidden")!.TextContent);
        Assert.Equal("Added: ", page.QuerySelector(".diff-line.added .visually-hidden")!.TextContent);
        Assert.Equal("The slow brown fox.", Text(page.QuerySelector(".diff-line.added")!));
        Assert.Equal(2, page.QuerySelectorAll(".diff-line.unchanged").Length);
        Assert.Empty(page.QuerySelectorAll(".diff-line.unchanged .visually-hidden"));
        Assert.Equal("Comparing Revision 1 with Revision 2: 1 word added, 1 removed.", page.QuerySelector(".diff-summary")!.TextContent);
    }

    [Fact]
    public async Task Long_unchanged_runs_fold_to_three_lines_of_context_around_each_change()
    {
        var before = Enumerable.Range(1, 30).Select(i => $"line {i}").ToArray();
        var after = before.ToArray();
        after[9] = "line ten, rewritten";
        after[19] = "line twenty, rewritten";

        var page = await Render(string.Join("\n", before), string.Join("\n", after));

        var folds = page.QuerySelectorAll(".diff > details").ToList();
        // Lines 1-6 (before the first change's context), 14-16 (between the changes' contexts), 24-30 (after).
        Assert.Equal(["6 unchanged lines", "3 unchanged lines", "7 unchanged lines"], folds.Select(fold => fold.QuerySelector("summary")!.TextContent));
        Assert.Equal(["line 1", "line 6"], new[] { folds[0].QuerySelectorAll(".diff-line").First(), folds[0].QuerySelectorAll(".diff-line").Last() }.Select(Text));
        Assert.Equal(["line 14", "line 15", "line 16"], folds[1].QuerySelectorAll(".diff-line").Select(Text));
        Assert.Equal(
            ["line 7", "line 8", "line 9", "line 10", "line ten", "line 11", "line 12", "line 13"],
            page.QuerySelectorAll(".diff > .diff-line").Take(8).Select(line => Text(line).Split(',')[0]));
        Assert.Equal(30 + 2, page.QuerySelectorAll(".diff-line").Length);
    }

    [Fact]
    public async Task Runs_of_six_unchanged_lines_are_not_folded()
    {
        var page = await Render("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nd\ne\nf\nG");

        Assert.Empty(page.QuerySelectorAll("details"));
        Assert.Equal(6, page.QuerySelectorAll(".diff-line.unchanged").Length);
    }

    [Fact]
    public async Task Identical_texts_say_so_and_fold_away_entirely()
    {
        var text = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"line {i}"));

        var page = await Render(text, text);

        Assert.Equal("Comparing Revision 1 with Revision 2: no changes.", page.QuerySelector(".diff-summary")!.TextContent);
        Assert.Equal("10 unchanged lines", page.QuerySelector(".diff > details > summary")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".diff > .diff-line"));
    }

    [Fact]
    public async Task Markup_in_the_texts_is_shown_as_text()
    {
        var page = await Render("", "<script>alert(1)</script> **bold**");

        Assert.Empty(page.QuerySelectorAll(".diff script"));
        Assert.Equal("<script>alert(1)</script> **bold**", page.QuerySelector(".diff-line.added ins")!.TextContent);
    }

    // The line's text as seen on screen, without the prefix only screen readers hear.
    private static string Text(IElement line) => string.Concat(
        line.QuerySelector(".diff-text")!.ChildNodes
            .Where(node => node is not IElement element || !element.ClassList.Contains("visually-hidden"))
            .Select(node => node.TextContent));

    private static async Task<IDocument> Render(string before, string after)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<DiffView>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(DiffView.Before)] = before,
                [nameof(DiffView.After)] = after,
                [nameof(DiffView.BeforeLabel)] = "Revision 1",
                [nameof(DiffView.AfterLabel)] = "Revision 2",
            }));
            return output.ToHtmlString();
        });

        return new HtmlParser().ParseDocument(html);
    }
}
