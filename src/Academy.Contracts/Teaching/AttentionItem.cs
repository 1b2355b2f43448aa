using System.Globalization;

namespace Academy.Contracts.Teaching;

/// <summary>Something a cohort's instructor should look at, and where it is handled.</summary>
/// <param name="Source">What kind of thing it is; the queue orders things of the same moment by it.</param>
/// <param name="Key">The thing's identity within its <paramref name="Source"/> (a reflection id, a thread number, a member's id).</param>
/// <param name="Text">What needs attention, in the reader's language; with <paramref name="SubmittedWork"/>, the name of who submitted it.</param>
/// <param name="SubmittedWork">
/// The title of a submitted work (course content), kept apart from the submitter's name so that a page can mark both as
/// words it does not translate.
/// </param>
public sealed record AttentionItem(AttentionSource Source, string Key, string Kind, string Text, string Url, DateTimeOffset Since, string? SubmittedWork = null)
{
    /// <summary>Where a page that follows this item starts.</summary>
    public AttentionPosition Position => new(Since, Source, Key);
}

/// <summary>The kinds of things that need an instructor, in the order the queue shows things of the same moment.</summary>
public enum AttentionSource
{
    ReflectionToReview = 1,
    ExtensionRequest = 2,
    PeerReviewStalled = 3,
    UnansweredThread = 4,
    FlaggedPost = 5,
    QuietLearner = 6,
    MissedSessions = 7,
}

/// <summary>Reads a module's key of an attention item from a link.</summary>
public delegate bool AttentionKeyParser<TKey>(string text, out TKey key);

/// <summary>
/// Where one kind's part of a page of the queue starts: things after <see cref="Since"/>, and at exactly that moment all of
/// them (<see cref="TakesAllAtSince"/>) or those after <see cref="Key"/> (<see cref="HasKey"/>). From the start when
/// <see cref="Since"/> is null. A query reads it as
/// <c>Since == null || at &gt; Since || (at == Since &amp;&amp; (TakesAllAtSince || (HasKey &amp;&amp; key &gt; Key)))</c>.
/// </summary>
public sealed record AttentionStart<TKey>(DateTimeOffset? Since, bool TakesAllAtSince, bool HasKey, TKey Key) where TKey : struct;

/// <summary>
/// Where a page of the needs-attention queue starts: after the item of this moment, kind and key. The queue is ordered by
/// <see cref="Since"/> (oldest first), then <see cref="Source"/>, then the key in the order its module keeps it, so that each
/// module reads only its part of one page (at most <see cref="PageSize"/> and one more) whatever the cohort's size.
/// </summary>
public sealed record AttentionPosition(DateTimeOffset Since, AttentionSource Source, string Key)
{
    public const int PageSize = 50;

    /// <summary>
    /// Where the part of <paramref name="source"/> starts after <paramref name="position"/> (from the start when it is null), as
    /// plain values a module's query can take; <paramref name="parse"/> reads the module's own key (a key it cannot read
    /// takes nothing more at that moment).
    /// </summary>
    public static AttentionStart<TKey> StartOf<TKey>(AttentionPosition? position, AttentionSource source, AttentionKeyParser<TKey> parse) where TKey : struct =>
        position is null ? new(null, true, false, default)
        : source != position.Source ? new(position.Since, source > position.Source, false, default)
        : parse(position.Key, out var key) ? new(position.Since, false, true, key)
        : new(position.Since, false, false, default);

    /// <summary>Whether an item comes after this position, for a module that orders its keys ordinally in memory.</summary>
    public bool Precedes(AttentionItem item) => Precedes(item.Since, item.Source, item.Key);

    /// <summary>Whether an item of this moment, kind and key comes after this position, before the item is made.</summary>
    public bool Precedes(DateTimeOffset since, AttentionSource source, string key) =>
        since > Since || (since == Since && (source > Source || (source == Source && string.CompareOrdinal(key, Key) > 0)));

    /// <summary>The position as it travels in a link: UTC ticks, the kind's number and the key (<c>638…_6_user-id</c>).</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Since.UtcTicks}_{(int)Source}_{Key}");

    /// <summary>The position from a link; null for anything that is not one (a hand-edited address shows the first page).</summary>
    public static AttentionPosition? Parse(string? text)
    {
        var parts = text?.Split('_', 3);
        return parts is [var ticks, var source, var key]
               && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var utcTicks) && utcTicks <= DateTimeOffset.MaxValue.UtcTicks
               && int.TryParse(source, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined((AttentionSource)number)
               && key.Length is > 0 and <= 200
            ? new AttentionPosition(new DateTimeOffset(utcTicks, TimeSpan.Zero), (AttentionSource)number, key)
            : null;
    }

    /// <summary>
    /// One page of the queue from the modules' parts, each already in its own order: ordered by moment and kind (a stable
    /// sort keeps each module's order of its keys), the first <see cref="PageSize"/>, and where the next page starts.
    /// </summary>
    public static (IReadOnlyList<AttentionItem> Page, AttentionPosition? Next) PageOf(IEnumerable<IEnumerable<AttentionItem>> parts)
    {
        var merged = parts.SelectMany(part => part).OrderBy(item => item.Since).ThenBy(item => item.Source).ToList();
        var page = merged.Take(PageSize).ToList();
        return (page, merged.Count > PageSize ? page[^1].Position : null);
    }
}
