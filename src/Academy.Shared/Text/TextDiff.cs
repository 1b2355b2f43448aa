using System.Buffers;
using System.Globalization;
using System.Text;

namespace Academy.Shared.Text;

/// <summary>Whether text is in both revisions, only the later one, or only the earlier one.</summary>
public enum DiffKind
{
    Unchanged,
    Added,
    Removed,
}

/// <summary>A run of text within one line of a diff.</summary>
public sealed record DiffSpan(DiffKind Kind, string Text);

/// <summary>
/// One line of a diff. <see cref="Spans"/> always spell out the whole of <see cref="Text"/>: a single span of the
/// line's own kind, or, for either half of a modified line (a removed line directly followed by the added line it
/// became), unchanged spans around the words that changed. An empty line has no spans.
/// </summary>
public sealed record DiffLine(DiffKind Kind, string Text, IReadOnlyList<DiffSpan> Spans);

/// <summary>How many words a diff adds and removes, for a one-line summary.</summary>
public sealed record DiffSummary(int AddedWords, int RemovedWords);

/// <summary>
/// Line-by-line diff of two texts (Myers' O(ND) algorithm), with a word-level diff inside each modified line.
/// </summary>
public static class TextDiff
{
    // Myers keeps one row of its search per edit step, so memory grows with the square of the edit distance.
    // Past this many edits (lines, or words within a line) it gives up: at most about a million ints (4 MB) and
    // (N + M) · 1024 steps per search, whatever the input. See EditScript for what happens instead.
    private const int MaxEditDistance = 1024;

    // A removed and an added line are one modified line when at least half their words and spaces are shared;
    // below that, highlighting words would mark nearly everything and a plain removed/added pair reads better.
    private const double ModifiedLineSimilarity = 0.5;

    // How many of the next added lines a removed line is compared with, so that a line inserted just before an
    // edited line does not stop the edited one being recognised as modified. Also bounds the work per removed line.
    private const int PairingWindow = 4;

    /// <summary>Compares two texts line by line; <c>\r\n</c> and <c>\r</c> count as <c>\n</c>.</summary>
    public static IReadOnlyList<DiffLine> Compare(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var beforeLines = SplitLines(before);
        var afterLines = SplitLines(after);
        var lineIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var edits = EditScript(Ids(beforeLines, lineIds, line => line), Ids(afterLines, lineIds, line => line), MaxEditDistance, anchorWhenTooFar: true)
            ?? throw new InvalidOperationException("An anchored edit script is never null.");

        var words = new WordCache();
        var result = new List<DiffLine>(Math.Max(beforeLines.Length, afterLines.Length));
        int i = 0, j = 0, e = 0;
        while (e < edits.Count)
        {
            if (edits[e] == Edit.Equal)
            {
                result.Add(Whole(DiffKind.Unchanged, beforeLines[i]));
                i++;
                j++;
                e++;
                continue;
            }

            var removed = new List<string>();
            var added = new List<string>();
            for (; e < edits.Count && edits[e] != Edit.Equal; e++)
            {
                if (edits[e] == Edit.Delete)
                {
                    removed.Add(beforeLines[i++]);
                }
                else
                {
                    added.Add(afterLines[j++]);
                }
            }

            AddChangedStretch(result, removed, added, words);
        }

        return result;
    }

    /// <summary>Counts the words in added and removed text; spaces and punctuation are not words.</summary>
    public static DiffSummary Summarize(IEnumerable<DiffLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);

        int added = 0, removed = 0;
        foreach (var span in lines.SelectMany(line => line.Spans))
        {
            if (span.Kind == DiffKind.Added)
            {
                added += CountWords(span.Text);
            }
            else if (span.Kind == DiffKind.Removed)
            {
                removed += CountWords(span.Text);
            }
        }

        return new DiffSummary(added, removed);
    }

    private enum Edit : byte
    {
        Equal,
        Delete,
        Insert,
    }

    private enum TokenClass : byte
    {
        Space,
        Word,
        Other,
    }

    private readonly record struct Token(string Text, TokenClass Class);

    private static string[] SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        // Only CR and LF end a line in Markdown; ReplaceLineEndings would also split at U+2028 and form feeds.
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        // A final newline is how most editors end a file, not an empty last line: "a\nb" and "a\nb\n" read the same.
        return lines[^1].Length == 0 ? lines[..^1] : lines;
    }

    private static DiffLine Whole(DiffKind kind, string text) =>
        new(kind, text, text.Length == 0 ? [] : [new DiffSpan(kind, text)]);

    // Lines and words are compared as ints: one dictionary look-up each, instead of string comparisons in the hot loop.
    private static int[] Ids<T>(IReadOnlyList<T> items, Dictionary<string, int> ids, Func<T, string> text)
    {
        var result = new int[items.Count];
        for (var index = 0; index < items.Count; index++)
        {
            var key = text(items[index]);
            if (!ids.TryGetValue(key, out var id))
            {
                id = ids.Count;
                ids.Add(key, id);
            }

            result[index] = id;
        }

        return result;
    }

    /// <summary>
    /// Removed lines are matched, in order, with the added lines they became; whatever does not match is shown whole.
    /// Both texts' order is kept: an added line is never shown before an added line that precedes it.
    /// </summary>
    private static void AddChangedStretch(List<DiffLine> result, List<string> removed, List<string> added, WordCache words)
    {
        var nextAdded = 0;
        foreach (var line in removed)
        {
            var match = -1;
            var identical = false;
            IReadOnlyList<DiffSpan> removedSpans = [], addedSpans = [];
            for (var candidate = nextAdded; candidate < Math.Min(added.Count, nextAdded + PairingWindow); candidate++)
            {
                // Never so after Myers (a shortest script leaves no equal pair inside a change), but a stretch replaced
                // whole by the fallback can hold lines that did not change, such as blank lines.
                identical = line == added[candidate];
                if (identical || TryCompareWords(words.Get(line), words.Get(added[candidate]), out removedSpans, out addedSpans))
                {
                    match = candidate;
                    break;
                }
            }

            if (match < 0)
            {
                result.Add(Whole(DiffKind.Removed, line));
                continue;
            }

            for (; nextAdded < match; nextAdded++)
            {
                result.Add(Whole(DiffKind.Added, added[nextAdded]));
            }

            if (identical)
            {
                result.Add(Whole(DiffKind.Unchanged, line));
            }
            else
            {
                result.Add(new DiffLine(DiffKind.Removed, line, removedSpans));
                result.Add(new DiffLine(DiffKind.Added, added[match], addedSpans));
            }

            nextAdded = match + 1;
        }

        for (; nextAdded < added.Count; nextAdded++)
        {
            result.Add(Whole(DiffKind.Added, added[nextAdded]));
        }
    }

    private static bool TryCompareWords(
        WordCache.Entry before,
        WordCache.Entry after,
        out IReadOnlyList<DiffSpan> removedSpans,
        out IReadOnlyList<DiffSpan> addedSpans)
    {
        removedSpans = [];
        addedSpans = [];
        var total = before.Tokens.Length + after.Tokens.Length;
        if (before.Tokens.Length == 0 || after.Tokens.Length == 0)
        {
            return false;
        }

        // Cheap bound first, so unrelated long lines cost a merge rather than a Myers search. Within an unchanged run
        // spaces alternate with other tokens, and a run of spaces alone survives only at either end of the line; so
        // unchanged tokens ≤ 3 × (non-space tokens the lines share, counted with multiplicity) + 2.
        if (2.0 * (3 * SharedCount(before.SortedWordIds, after.SortedWordIds) + 2) < ModifiedLineSimilarity * total)
        {
            return false;
        }

        // Similarity is 1 - edits / total, so a line needing more edits than this can stop early as "not modified".
        var maxEdits = Math.Min(MaxEditDistance, (int)Math.Floor((1 - ModifiedLineSimilarity) * total));
        var edits = EditScript(before.Ids, after.Ids, maxEdits, anchorWhenTooFar: false);
        if (edits is null)
        {
            return false;
        }

        JoinChangesAcrossSpaces(edits, before.Tokens);
        var equal = edits.Count(edit => edit == Edit.Equal);
        if (2.0 * equal / total < ModifiedLineSimilarity)
        {
            return false;
        }

        removedSpans = Spans(edits, before.Tokens, after.Tokens, DiffKind.Removed);
        addedSpans = Spans(edits, before.Tokens, after.Tokens, DiffKind.Added);
        return true;
    }

    private static int SharedCount(int[] sortedA, int[] sortedB)
    {
        int shared = 0, i = 0, j = 0;
        while (i < sortedA.Length && j < sortedB.Length)
        {
            if (sortedA[i] == sortedB[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (sortedA[i] < sortedB[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>
    /// A space left unchanged between two changed words splits one highlight into two and lets two unrelated
    /// sentences look alike; counting it as changed gives "<del>quick brown</del>" rather than "<del>quick</del> <del>brown</del>".
    /// </summary>
    private static void JoinChangesAcrossSpaces(List<Edit> edits, Token[] before)
    {
        var rewritten = new List<Edit>(edits.Count);
        int index = 0, beforeIndex = 0;
        while (index < edits.Count)
        {
            if (edits[index] != Edit.Equal)
            {
                if (edits[index] == Edit.Delete)
                {
                    beforeIndex++;
                }

                rewritten.Add(edits[index++]);
                continue;
            }

            var start = index;
            var allSpace = true;
            for (; index < edits.Count && edits[index] == Edit.Equal; index++)
            {
                allSpace &= before[beforeIndex++].Class == TokenClass.Space;
            }

            var length = index - start;
            if (allSpace && start > 0 && index < edits.Count)
            {
                rewritten.AddRange(Enumerable.Repeat(Edit.Delete, length));
                rewritten.AddRange(Enumerable.Repeat(Edit.Insert, length));
            }
            else
            {
                rewritten.AddRange(Enumerable.Repeat(Edit.Equal, length));
            }
        }

        edits.Clear();
        edits.AddRange(rewritten);
    }

    private static List<DiffSpan> Spans(List<Edit> edits, Token[] before, Token[] after, DiffKind side)
    {
        var spans = new List<DiffSpan>();
        var text = new StringBuilder();
        var kind = DiffKind.Unchanged;
        int i = 0, j = 0;
        foreach (var edit in edits)
        {
            string token;
            DiffKind tokenKind;
            switch (edit)
            {
                case Edit.Equal:
                    token = side == DiffKind.Removed ? before[i].Text : after[j].Text;
                    tokenKind = DiffKind.Unchanged;
                    i++;
                    j++;
                    break;
                case Edit.Delete:
                    token = before[i++].Text;
                    tokenKind = DiffKind.Removed;
                    break;
                default:
                    token = after[j++].Text;
                    tokenKind = DiffKind.Added;
                    break;
            }

            // Each half of a modified line shows only its own text: the removed line skips added words and vice versa.
            if (tokenKind != DiffKind.Unchanged && tokenKind != side)
            {
                continue;
            }

            if (tokenKind != kind && text.Length > 0)
            {
                spans.Add(new DiffSpan(kind, text.ToString()));
                text.Clear();
            }

            kind = tokenKind;
            text.Append(token);
        }

        if (text.Length > 0)
        {
            spans.Add(new DiffSpan(kind, text.ToString()));
        }

        return WithoutSpaceAtEdges(spans);
    }

    /// <summary>
    /// An added or removed word brings a space with it, and which side it lands on is arbitrary: "of <ins>careful </ins>reflection".
    /// Highlights read better as whole words, so spaces at either edge of a changed span are shown as unchanged,
    /// unless the span is nothing but white space (then the space is the change).
    /// </summary>
    private static List<DiffSpan> WithoutSpaceAtEdges(List<DiffSpan> spans)
    {
        var result = new List<DiffSpan>(spans.Count + 2);
        foreach (var span in spans)
        {
            var core = span.Text.AsSpan().Trim();
            if (span.Kind == DiffKind.Unchanged || core.IsEmpty || core.Length == span.Text.Length)
            {
                Append(span.Kind, span.Text);
                continue;
            }

            var leading = span.Text.Length - span.Text.AsSpan().TrimStart().Length;
            Append(DiffKind.Unchanged, span.Text[..leading]);
            Append(span.Kind, core.ToString());
            Append(DiffKind.Unchanged, span.Text[(leading + core.Length)..]);
        }

        return result;

        void Append(DiffKind kind, string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (result.Count > 0 && result[^1].Kind == kind)
            {
                result[^1] = new DiffSpan(kind, result[^1].Text + text);
            }
            else
            {
                result.Add(new DiffSpan(kind, text));
            }
        }
    }

    /// <summary>
    /// The shortest edit script from <paramref name="a"/> to <paramref name="b"/> when it needs at most
    /// <paramref name="maxEdits"/> edits. Beyond that: null, or with <paramref name="anchorWhenTooFar"/> a script
    /// anchored on lines that occur once in each text, and a whole replacement only where even that finds nothing.
    /// </summary>
    private static List<Edit>? EditScript(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int maxEdits, bool anchorWhenTooFar)
    {
        // Revisions usually share most of their start and end; trimming them keeps Myers' N and M small.
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var middleA = a.Slice(prefix, a.Length - prefix - suffix);
        var middleB = b.Slice(prefix, b.Length - prefix - suffix);
        var middle = Myers(middleA, middleB, maxEdits);
        if (middle is null)
        {
            if (!anchorWhenTooFar)
            {
                return null;
            }

            middle = Anchored(middleA, middleB, maxEdits);
        }

        var edits = new List<Edit>(prefix + middle.Count + suffix);
        edits.AddRange(Enumerable.Repeat(Edit.Equal, prefix));
        edits.AddRange(middle);
        edits.AddRange(Enumerable.Repeat(Edit.Equal, suffix));
        return edits;
    }

    /// <summary>
    /// The fallback when texts differ too much for Myers within its budget (the idea of "patience diff"): lines that
    /// occur exactly once in each text, kept in the longest run that is in order in both, are taken as unchanged, and
    /// the gaps between them are diffed on their own, each within the same budget or else replaced whole. Not always the
    /// shortest script, but scattered edits across a long text still line up instead of becoming one huge replacement.
    /// </summary>
    private static List<Edit> Anchored(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int maxEdits)
    {
        var edits = new List<Edit>(a.Length + b.Length);
        int previousA = 0, previousB = 0;
        foreach (var (anchorA, anchorB) in UniqueCommonLinesInOrder(a, b))
        {
            AddGap(a[previousA..anchorA], b[previousB..anchorB]);
            edits.Add(Edit.Equal);
            previousA = anchorA + 1;
            previousB = anchorB + 1;
        }

        AddGap(a[previousA..], b[previousB..]);
        return edits;

        void AddGap(ReadOnlySpan<int> gapA, ReadOnlySpan<int> gapB)
        {
            var gap = EditScript(gapA, gapB, maxEdits, anchorWhenTooFar: false);
            if (gap is null)
            {
                edits.AddRange(Enumerable.Repeat(Edit.Delete, gapA.Length));
                edits.AddRange(Enumerable.Repeat(Edit.Insert, gapB.Length));
            }
            else
            {
                edits.AddRange(gap);
            }
        }
    }

    private static List<(int A, int B)> UniqueCommonLinesInOrder(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        // Ids are small and dense (numbered as first seen), so arrays indexed by id do for counting.
        var size = 0;
        foreach (var id in a)
        {
            size = Math.Max(size, id + 1);
        }

        foreach (var id in b)
        {
            size = Math.Max(size, id + 1);
        }

        var countA = new int[size];
        var countB = new int[size];
        var positionB = new int[size];
        foreach (var id in a)
        {
            countA[id]++;
        }

        for (var j = 0; j < b.Length; j++)
        {
            countB[b[j]]++;
            positionB[b[j]] = j;
        }

        var pairs = new List<(int A, int B)>();
        for (var i = 0; i < a.Length; i++)
        {
            if (countA[a[i]] == 1 && countB[a[i]] == 1)
            {
                pairs.Add((i, positionB[a[i]]));
            }
        }

        // Longest increasing subsequence of the B positions (pairs are already in A order), in O(k log k).
        var tails = new List<int>();
        var predecessor = new int[pairs.Count];
        for (var index = 0; index < pairs.Count; index++)
        {
            int low = 0, high = tails.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (pairs[tails[mid]].B < pairs[index].B)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            predecessor[index] = low > 0 ? tails[low - 1] : -1;
            if (low == tails.Count)
            {
                tails.Add(index);
            }
            else
            {
                tails[low] = index;
            }
        }

        var result = new List<(int A, int B)>(tails.Count);
        for (var index = tails.Count > 0 ? tails[^1] : -1; index >= 0; index = predecessor[index])
        {
            result.Add(pairs[index]);
        }

        result.Reverse();
        return result;
    }

    /// <summary>Myers (1986), "An O(ND) Difference Algorithm and Its Variations": greedy forward search, then backtrack.</summary>
    private static List<Edit>? Myers(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int maxEdits)
    {
        int n = a.Length, m = b.Length;
        var limit = Math.Min(n + m, maxEdits);
        var offset = limit + 1;
        // v[offset + k] is the furthest x reached on diagonal k (k = x - y).
        var v = new int[2 * limit + 3];
        // Round d touches only diagonals -d..d, so rounds are stored one after another: round d starts at d².
        // One pooled buffer, grown as needed, because unrelated long lines can take hundreds of rounds each.
        var trace = ArrayPool<int>.Shared.Rent(Math.Min((limit + 1) * (limit + 1), 4096));
        try
        {
            for (var d = 0; d <= limit; d++)
            {
                for (var k = -d; k <= d; k += 2)
                {
                    var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])
                        ? v[offset + k + 1]
                        : v[offset + k - 1] + 1;
                    var y = x - k;
                    while (x < n && y < m && a[x] == b[y])
                    {
                        x++;
                        y++;
                    }

                    v[offset + k] = x;
                    if (x >= n && y >= m)
                    {
                        return Backtrack(trace, d, n, m);
                    }
                }

                if (trace.Length < (d + 1) * (d + 1))
                {
                    var larger = ArrayPool<int>.Shared.Rent(Math.Min(Math.Max(2 * trace.Length, (d + 1) * (d + 1)), (limit + 1) * (limit + 1)));
                    Array.Copy(trace, larger, d * d);
                    ArrayPool<int>.Shared.Return(trace);
                    trace = larger;
                }

                Array.Copy(v, offset - d, trace, d * d, 2 * d + 1);
            }

            return null;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(trace);
        }
    }

    private static List<Edit> Backtrack(int[] trace, int rounds, int n, int m)
    {
        var edits = new List<Edit>(n + m);
        int x = n, y = m;
        // The previous round's furthest x on diagonal k is trace[(d - 1)² + k + (d - 1)]; the last round was not stored.
        for (var d = rounds; d > 0; d--)
        {
            var previous = (d - 1) * (d - 1) + d - 1;
            var k = x - y;
            var down = k == -d || (k != d && trace[previous + k - 1] < trace[previous + k + 1]);
            var previousK = down ? k + 1 : k - 1;
            var previousX = trace[previous + previousK];
            var previousY = previousX - previousK;
            var startX = down ? previousX : previousX + 1;
            while (x > startX)
            {
                edits.Add(Edit.Equal);
                x--;
                y--;
            }

            edits.Add(down ? Edit.Insert : Edit.Delete);
            x = previousX;
            y = previousY;
        }

        for (; x > 0; x--)
        {
            edits.Add(Edit.Equal);
        }

        edits.Reverse();
        return edits;
    }

    private static int CountWords(string text) => Tokenize(text).Count(token => token.Class == TokenClass.Word);

    /// <summary>
    /// Words (letters and digits, with inner apostrophes: "don't"), runs of white space, and each other character
    /// on its own, so that "word" becoming "**word**" highlights only the asterisks. Works on grapheme clusters so
    /// an emoji or an accented letter is never split between two spans.
    /// </summary>
    private static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>();
        var index = 0;
        while (index < text.Length)
        {
            var start = index;
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(index));
            var tokenClass = Classify(text.AsSpan(index, length));
            index += length;
            if (tokenClass != TokenClass.Other)
            {
                while (index < text.Length)
                {
                    length = StringInfo.GetNextTextElementLength(text.AsSpan(index));
                    var next = Classify(text.AsSpan(index, length));
                    if (next == tokenClass)
                    {
                        index += length;
                    }
                    else if (tokenClass == TokenClass.Word && IsApostrophe(text.AsSpan(index, length)) && index + length < text.Length
                        && Classify(text.AsSpan(index + length, StringInfo.GetNextTextElementLength(text.AsSpan(index + length)))) == TokenClass.Word)
                    {
                        index += length;
                    }
                    else
                    {
                        break;
                    }
                }
            }

            tokens.Add(new Token(text[start..index], tokenClass));
        }

        return [.. tokens];
    }

    private static TokenClass Classify(ReadOnlySpan<char> textElement)
    {
        Rune.DecodeFromUtf16(textElement, out var rune, out _);
        if (Rune.IsWhiteSpace(rune))
        {
            return TokenClass.Space;
        }

        return Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber
            ? TokenClass.Word
            : TokenClass.Other;
    }

    private static bool IsApostrophe(ReadOnlySpan<char> textElement) =>
        textElement is "'" or "\u2019";

    /// <summary>Each line of a changed stretch is tokenised once, however many lines it is compared with.</summary>
    private sealed class WordCache
    {
        private readonly Dictionary<string, int> tokenIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Entry> lines = new(StringComparer.Ordinal);

        /// <param name="SortedWordIds">Ids of the tokens that are not white space, sorted, to bound similarity quickly.</param>
        public sealed record Entry(Token[] Tokens, int[] Ids, int[] SortedWordIds);

        public Entry Get(string line)
        {
            if (!lines.TryGetValue(line, out var entry))
            {
                var tokens = Tokenize(line);
                var ids = Ids(tokens, tokenIds, token => token.Text);
                int[] sortedWordIds = [.. ids.Where((_, index) => tokens[index].Class != TokenClass.Space).Order()];
                entry = new Entry(tokens, ids, sortedWordIds);
                lines.Add(line, entry);
            }

            return entry;
        }
    }
}
