using Academy.Shared.Text;

namespace Academy.UnitTests.Shared.Text;

public sealed class TextDiffTests
{
    [Fact]
    public void Identical_texts_are_all_unchanged_lines()
    {
        const string text = "# Week 1\n\nI learned about *testing*.\nAnd about diffs.";

        var lines = TextDiff.Compare(text, text);

        Assert.All(lines, line => Assert.Equal(DiffKind.Unchanged, line.Kind));
        Assert.Equal(["# Week 1", "", "I learned about *testing*.", "And about diffs."], lines.Select(line => line.Text));
        Assert.Equal(new DiffSummary(0, 0), TextDiff.Summarize(lines));
    }

    [Fact]
    public void Everything_is_added_when_there_was_nothing_before()
    {
        var lines = TextDiff.Compare("", "First line\nsecond line");

        Assert.Equal([(DiffKind.Added, "First line"), (DiffKind.Added, "second line")], lines.Select(line => (line.Kind, line.Text)));
        Assert.Equal([new DiffSpan(DiffKind.Added, "First line")], lines[0].Spans);
        Assert.Equal(new DiffSummary(4, 0), TextDiff.Summarize(lines));
    }

    [Fact]
    public void Everything_is_removed_when_there_is_nothing_after()
    {
        var lines = TextDiff.Compare("First line\n\nsecond line\n", "");

        Assert.Equal(
            [(DiffKind.Removed, "First line"), (DiffKind.Removed, ""), (DiffKind.Removed, "second line")],
            lines.Select(line => (line.Kind, line.Text)));
        Assert.Empty(lines[1].Spans);
        Assert.Equal(new DiffSummary(0, 4), TextDiff.Summarize(lines));
    }

    [Fact]
    public void Two_empty_texts_have_no_lines() =>
        Assert.Empty(TextDiff.Compare("", ""));

    [Fact]
    public void A_modified_line_is_a_removed_line_then_an_added_line_with_the_changed_words_marked()
    {
        var lines = TextDiff.Compare(
            "Intro\nThe quick brown fox jumps over the lazy dog.\nOutro",
            "Intro\nThe slow red fox jumps over the sleeping dog.\nOutro");

        Assert.Equal([DiffKind.Unchanged, DiffKind.Removed, DiffKind.Added, DiffKind.Unchanged], lines.Select(line => line.Kind));
        Assert.Equal(
            [
                new DiffSpan(DiffKind.Unchanged, "The "),
                new DiffSpan(DiffKind.Removed, "quick brown"),
                new DiffSpan(DiffKind.Unchanged, " fox jumps over the "),
                new DiffSpan(DiffKind.Removed, "lazy"),
                new DiffSpan(DiffKind.Unchanged, " dog."),
            ],
            lines[1].Spans);
        Assert.Equal(
            [
                new DiffSpan(DiffKind.Unchanged, "The "),
                new DiffSpan(DiffKind.Added, "slow red"),
                new DiffSpan(DiffKind.Unchanged, " fox jumps over the "),
                new DiffSpan(DiffKind.Added, "sleeping"),
                new DiffSpan(DiffKind.Unchanged, " dog."),
            ],
            lines[2].Spans);
        Assert.Equal(new DiffSummary(3, 3), TextDiff.Summarize(lines));
    }

    [Fact]
    public void Changed_markup_around_a_word_marks_only_the_markup()
    {
        var lines = TextDiff.Compare("I don't like it.", "I don't **like** it.");

        Assert.Equal(
            [
                new DiffSpan(DiffKind.Unchanged, "I don't "),
                new DiffSpan(DiffKind.Added, "**"),
                new DiffSpan(DiffKind.Unchanged, "like"),
                new DiffSpan(DiffKind.Added, "**"),
                new DiffSpan(DiffKind.Unchanged, " it."),
            ],
            lines[1].Spans);
        Assert.Equal(new DiffSummary(0, 0), TextDiff.Summarize(lines));
    }

    [Fact]
    public void Highlights_cover_whole_words_not_the_space_that_came_with_them()
    {
        var lines = TextDiff.Compare("A paragraph of reflection.", "A paragraph of careful reflection.");

        Assert.Equal(
            [
                new DiffSpan(DiffKind.Unchanged, "A paragraph of "),
                new DiffSpan(DiffKind.Added, "careful"),
                new DiffSpan(DiffKind.Unchanged, " reflection."),
            ],
            lines[1].Spans);
    }

    [Fact]
    public void A_change_of_spacing_alone_is_still_marked()
    {
        var lines = TextDiff.Compare("two  spaces", "two spaces");

        Assert.Contains(new DiffSpan(DiffKind.Removed, "  "), lines[0].Spans);
        Assert.Contains(new DiffSpan(DiffKind.Added, " "), lines[1].Spans);
        Assert.Equal(new DiffSummary(0, 0), TextDiff.Summarize(lines));
    }

    [Fact]
    public void Unrelated_lines_are_shown_whole_rather_than_as_a_patchwork_of_words()
    {
        var lines = TextDiff.Compare("The cat sat on the mat.", "A dog ran in a park!");

        Assert.Equal([new DiffSpan(DiffKind.Removed, "The cat sat on the mat.")], lines[0].Spans);
        Assert.Equal([new DiffSpan(DiffKind.Added, "A dog ran in a park!")], lines[1].Spans);
    }

    [Fact]
    public void Lines_inserted_in_the_middle_are_added_and_the_rest_unchanged()
    {
        var lines = TextDiff.Compare("one\ntwo\nfive\nsix", "one\ntwo\nthree\nfour\nfive\nsix");

        Assert.Equal(
            [
                (DiffKind.Unchanged, "one"),
                (DiffKind.Unchanged, "two"),
                (DiffKind.Added, "three"),
                (DiffKind.Added, "four"),
                (DiffKind.Unchanged, "five"),
                (DiffKind.Unchanged, "six"),
            ],
            lines.Select(line => (line.Kind, line.Text)));
        Assert.Equal(new DiffSummary(2, 0), TextDiff.Summarize(lines));
    }

    [Fact]
    public void A_line_inserted_just_before_an_edited_line_does_not_hide_the_edit()
    {
        var lines = TextDiff.Compare(
            "# Notes\nToday I read chapter two.\nEnd",
            "# Notes\nA brand new opening line here!\nToday I read chapter three.\nEnd");

        Assert.Equal(
            [
                (DiffKind.Unchanged, "# Notes"),
                (DiffKind.Added, "A brand new opening line here!"),
                (DiffKind.Removed, "Today I read chapter two."),
                (DiffKind.Added, "Today I read chapter three."),
                (DiffKind.Unchanged, "End"),
            ],
            lines.Select(line => (line.Kind, line.Text)));
        Assert.Contains(new DiffSpan(DiffKind.Removed, "two"), lines[2].Spans);
        Assert.Contains(new DiffSpan(DiffKind.Added, "three"), lines[3].Spans);
    }

    [Fact]
    public void Windows_and_old_Mac_line_endings_compare_equal_to_unix_ones()
    {
        var lines = TextDiff.Compare("alpha\r\nbeta\r\ngamma\r\n", "alpha\nbeta\rgamma");

        Assert.All(lines, line => Assert.Equal(DiffKind.Unchanged, line.Kind));
        Assert.Equal(["alpha", "beta", "gamma"], lines.Select(line => line.Text));
    }

    [Fact]
    public void An_emoji_is_never_split_between_spans()
    {
        // 😀 and 😃 share their first UTF-16 unit; a char-level diff would leave half a character in each span.
        var lines = TextDiff.Compare("Mood today: 😀 good", "Mood today: 😃 good");

        Assert.Contains(new DiffSpan(DiffKind.Removed, "😀"), lines[0].Spans);
        Assert.Contains(new DiffSpan(DiffKind.Added, "😃"), lines[1].Spans);
    }

    [Fact]
    public void One_change_in_a_two_thousand_line_text_is_found_exactly()
    {
        var before = Enumerable.Range(0, 2000).Select(i => $"Line {i}: some reflection text about module {i % 17}.").ToArray();
        var after = before.ToArray();
        after[1234] = "Line 1234: some changed reflection text about module 10.";

        var lines = TextDiff.Compare(string.Join("\n", before), string.Join("\n", after));

        Assert.Equal(2001, lines.Count);
        Assert.Equal(1999, lines.Count(line => line.Kind == DiffKind.Unchanged));
        Assert.Equal((DiffKind.Removed, before[1234]), (lines[1234].Kind, lines[1234].Text));
        Assert.Equal((DiffKind.Added, after[1234]), (lines[1235].Kind, lines[1235].Text));
        Assert.Equal(before[1235], lines[1236].Text);
        Assert.Contains(lines[1235].Spans, span => span is { Kind: DiffKind.Added, Text: "changed" });
        Assert.Equal(new DiffSummary(1, 0), TextDiff.Summarize(lines));
    }

    [Fact]
    public void Edits_on_every_other_line_of_a_long_text_still_line_up_when_there_are_too_many_for_Myers()
    {
        // 2,000 edits is beyond the search budget, so this exercises the fallback that anchors on unique lines.
        var before = Enumerable.Range(0, 4000).Select(i => $"Line {i} of the module.").ToArray();
        var after = before.Select((line, i) => i % 2 == 0 ? $"Line {i} of the edited module." : line).ToArray();

        var lines = TextDiff.Compare(string.Join("\n", before), string.Join("\n", after));

        Assert.Equal(6000, lines.Count);
        Assert.Equal(before.Where((_, i) => i % 2 == 1), lines.Where(line => line.Kind == DiffKind.Unchanged).Select(line => line.Text));
        Assert.All(lines.Where(line => line.Kind == DiffKind.Added), line => Assert.Contains(new DiffSpan(DiffKind.Added, "edited"), line.Spans));
        Assert.Equal(new DiffSummary(2000, 0), TextDiff.Summarize(lines));
    }

    [Fact]
    public void The_fallback_still_accounts_for_every_line_in_order()
    {
        var random = new Random(11);
        string Line(int i) => random.Next(3) == 0 ? $"unique {i} {random.Next()}" : $"common {random.Next(20)}";
        var before = Enumerable.Range(0, 3000).Select(Line).Append("end").ToArray();
        var after = before.Select((line, i) => random.Next(2) == 0 ? line : Line(i)).ToArray();

        var lines = TextDiff.Compare(string.Join("\n", before), string.Join("\n", after));

        Assert.Equal(before, lines.Where(line => line.Kind != DiffKind.Added).Select(line => line.Text));
        Assert.Equal(after, lines.Where(line => line.Kind != DiffKind.Removed).Select(line => line.Text));
    }

    [Fact]
    public void Completely_different_large_texts_do_not_throw_and_still_account_for_every_line()
    {
        var random = new Random(7);
        string Text(string prefix) => string.Join("\n", Enumerable.Range(0, 2000).Select(i => $"{prefix} {random.Next()} {random.Next()}"));
        var before = Text("left");
        var after = Text("right");

        var lines = TextDiff.Compare(before, after);

        Assert.Equal(before.Split('\n'), lines.Where(line => line.Kind != DiffKind.Added).Select(line => line.Text));
        Assert.Equal(after.Split('\n'), lines.Where(line => line.Kind != DiffKind.Removed).Select(line => line.Text));
        Assert.DoesNotContain(lines, line => line.Kind == DiffKind.Unchanged);
    }

    [Fact]
    public void A_huge_single_line_does_not_throw()
    {
        var before = string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"w{i}"));
        var after = string.Join(" ", Enumerable.Range(0, 10_000).Select(i => i % 3 == 0 ? $"x{i}" : $"w{i}"));

        var lines = TextDiff.Compare(before, after);

        Assert.Equal([before, after], lines.Select(line => line.Text));
        Assert.Equal(before, string.Concat(lines[0].Spans.Select(span => span.Text)));
        Assert.Equal(after, string.Concat(lines[1].Spans.Select(span => span.Text)));
    }

    [Fact]
    public void Random_edits_give_a_shortest_diff_that_rebuilds_both_texts()
    {
        var random = new Random(20240601);
        for (var round = 0; round < 300; round++)
        {
            // Each text ends with a non-empty line, since a final empty line is read as the text's closing newline.
            string[] before = [.. Enumerable.Range(0, random.Next(0, 25)).Select(_ => Word(random)), "end"];
            string[] after = [.. Enumerable.Range(0, random.Next(0, 25)).Select(_ => Word(random)), "end"];

            var lines = TextDiff.Compare(string.Join("\n", before), string.Join("\n", after));

            Assert.Equal(before, lines.Where(line => line.Kind != DiffKind.Added).Select(line => line.Text));
            Assert.Equal(after, lines.Where(line => line.Kind != DiffKind.Removed).Select(line => line.Text));
            Assert.Equal(LongestCommonSubsequence(before, after), lines.Count(line => line.Kind == DiffKind.Unchanged));
            Assert.All(lines, line => Assert.Equal(line.Text, string.Concat(line.Spans.Select(span => span.Text))));
        }

        // Few distinct lines, so that texts share many lines in many possible alignments.
        static string Word(Random random) => random.Next(5) switch
        {
            0 => "",
            1 => "alpha beta",
            2 => "alpha gamma",
            3 => "delta",
            _ => $"line {random.Next(4)}",
        };
    }

    private static int LongestCommonSubsequence(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        return table[0, 0];
    }
}
