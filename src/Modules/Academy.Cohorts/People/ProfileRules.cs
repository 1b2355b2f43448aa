namespace Academy.Cohorts.People;

internal static class ProfileRules
{
    public const int MaximumBioLength = 2_000;
    public const int MaximumAvatarBytes = 2 * 1024 * 1024;
    public const int MaximumTags = 12;
    public const int MaximumTagLength = 40;

    /// <summary>Tags typed as a comma-separated list: trimmed, without duplicates.</summary>
    public static List<string> Tags(string? typed) => (typed ?? string.Empty)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();
}
