using AngleSharp.Dom;
using Academy.Shared.Components;

namespace Academy.ComponentTests.Shared;

public sealed class DiffViewTests : Academy.ComponentTests.Infrastructure.LocalizedContext
{
    [Fact]
    public void Changed_words_are_marked_with_ins_and_del_and_named_for_screen_readers()
    {
        var page = Show("Intro\nThe quick brown fox.\nOutro", "Intro\nThe slow brown fox.\nOutro");

        Assert.Equal("quick", Assert.Single(page.FindAll(".diff-line.removed del")).TextContent);
        Assert.Equal("slow", Assert.Single(page.FindAll(".diff-line.added ins")).TextContent);
        Assert.Equal("Removed: ", page.Find(".diff-line.removed .visually-hidden").TextContent);
        Assert.Equal("Added: ", page.Find(".diff-line.added .visually-hidden").TextContent);
        Assert.Equal("The slow brown fox.", Text(page.Find(".diff-line.added")!));
        Assert.Equal(2, page.FindAll(".diff-line.unchanged").Count);
        Assert.Empty(page.FindAll(".diff-line.unchanged .visually-hidden"));
        Assert.Equal("Comparing Revision 1 with Revision 2: 1 word added, 1 removed.", page.Find(".diff-summary").TextContent);
    }

    [Fact]
    public void Long_unchanged_runs_fold_to_three_lines_of_context_around_each_change()
    {
        var before = Enumerable.Range(1, 30).Select(i => $"line {i}").ToArray();
        var after = before.ToArray();
        after[9] = "line ten, rewritten";
        after[19] = "line twenty, rewritten";

        var page = Show(string.Join("\n", before), string.Join("\n", after));

        var folds = page.FindAll(".diff > details").ToList();
        // Lines 1-6 (before the first change's context), 14-16 (between the changes' contexts), 24-30 (after).
        Assert.Equal(["6 unchanged lines", "3 unchanged lines", "7 unchanged lines"], folds.Select(fold => fold.QuerySelector("summary")!.TextContent));
        Assert.Equal(["line 1", "line 6"], new[] { folds[0].QuerySelectorAll(".diff-line").First(), folds[0].QuerySelectorAll(".diff-line").Last() }.Select(Text));
        Assert.Equal(["line 14", "line 15", "line 16"], folds[1].QuerySelectorAll(".diff-line").Select(Text));
        Assert.Equal(
            ["line 7", "line 8", "line 9", "line 10", "line ten", "line 11", "line 12", "line 13"],
            page.FindAll(".diff > .diff-line").Take(8).Select(line => Text(line).Split(',')[0]));
        Assert.Equal(30 + 2, page.FindAll(".diff-line").Count);
    }

    [Fact]
    public void Runs_of_six_unchanged_lines_are_not_folded()
    {
        var page = Show("a\nb\nc\nd\ne\nf\ng", "a\nb\nc\nd\ne\nf\nG");

        Assert.Empty(page.FindAll("details"));
        Assert.Equal(6, page.FindAll(".diff-line.unchanged").Count);
    }

    [Fact]
    public void Identical_texts_say_so_and_fold_away_entirely()
    {
        var text = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"line {i}"));

        var page = Show(text, text);

        Assert.Equal("Comparing Revision 1 with Revision 2: no changes.", page.Find(".diff-summary").TextContent);
        Assert.Equal("10 unchanged lines", page.Find(".diff > details > summary").TextContent);
        Assert.Empty(page.FindAll(".diff > .diff-line"));
    }

    [Fact]
    public void Markup_in_the_texts_is_shown_as_text()
    {
        var page = Show("", "<script>alert(1)</script> **bold**");

        Assert.Empty(page.FindAll(".diff script"));
        Assert.Equal("<script>alert(1)</script> **bold**", page.Find(".diff-line.added ins").TextContent);
    }

    // The line's text as seen on screen, without the prefix only screen readers hear.
    private static string Text(IElement line) => string.Concat(
        line.QuerySelector(".diff-text")!.ChildNodes
            .Where(node => node is not IElement element || !element.ClassList.Contains("visually-hidden"))
            .Select(node => node.TextContent));

    private IRenderedComponent<DiffView> Show(string before, string after) =>
        Render<DiffView>(parameters => parameters
            .Add(diff => diff.Before, before)
            .Add(diff => diff.After, after)
            .Add(diff => diff.BeforeLabel, "Revision 1")
            .Add(diff => diff.AfterLabel, "Revision 2"));
}
