using System.Text.RegularExpressions;

namespace Academy.Shared.Text;

/// <summary>Readable address parts made from what people type: lower-case letters and digits joined by hyphens.</summary>
public static partial class Slugs
{
    /// <summary>The text as a slug of at most <paramref name="maximumLength"/> characters, or <paramref name="fallback"/> when nothing is left.</summary>
    public static string From(string? text, int maximumLength, string fallback)
    {
        var slug = NotAllowed().Replace((text ?? string.Empty).Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length == 0 ? fallback : slug[..Math.Min(slug.Length, maximumLength)].Trim('-');
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotAllowed();
}
