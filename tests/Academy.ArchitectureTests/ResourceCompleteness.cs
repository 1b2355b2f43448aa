using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Academy.ArchitectureTests;

/// <summary>
/// Every string has both languages: each module's English resources (<c>Resources/*.resx</c>) and Finnish ones
/// (<c>*.fi.resx</c>) hold the same keys, and a Finnish value is neither empty nor still the English text, unless its
/// entry says it is the same in Finnish (<c>&lt;comment&gt;same in Finnish&lt;/comment&gt;</c>: a brand, "CSV"). A key is the
/// English text, except where the same words need two translations: then the key names its context
/// (<c>your answer: going</c>) and its English value is the words.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    public const string SameInFinnish = "same in Finnish";

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();

    public static TheoryData<string> EnglishResources() => new(SourceFiles.Under("src", "*.resx")
        .Where(path => path.Split(Path.DirectorySeparatorChar).Contains("Resources") && !path.EndsWith(".fi.resx", StringComparison.Ordinal)));

    private static Dictionary<string, (string Value, string? Comment)> Entries(string relativePath) =>
        XDocument.Parse(SourceFiles.Read(relativePath)).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => ((string?)data.Element("value") ?? string.Empty, (string?)data.Element("comment")));

    [Fact]
    public void Every_module_and_the_host_have_their_resources() =>
        Assert.Equal(6, EnglishResources().Count);

    [Theory]
    [MemberData(nameof(EnglishResources))]
    public void Finnish_has_every_english_key_and_no_other(string english)
    {
        var finnish = english[..^".resx".Length] + ".fi.resx";
        Assert.True(File.Exists(Path.Combine(SourceFiles.Root, finnish)), $"{finnish} is missing");
        var (en, fi) = (Entries(english), Entries(finnish));
        Assert.Empty(en.Keys.Except(fi.Keys).Select(key => $"not in Finnish: {key}"));
        Assert.Empty(fi.Keys.Except(en.Keys).Select(key => $"not in English: {key}"));
    }

    [Theory]
    [MemberData(nameof(EnglishResources))]
    public void Finnish_values_are_written_and_not_still_english(string english)
    {
        var en = Entries(english);
        var fi = Entries(english[..^".resx".Length] + ".fi.resx");
        var untranslated = fi.Where(entry => en.TryGetValue(entry.Key, out var source)
                && (string.IsNullOrWhiteSpace(entry.Value.Value) || (entry.Value.Value == source.Value && entry.Value.Comment != SameInFinnish)))
            .Select(entry => $"empty or still English: {entry.Key}");
        Assert.Empty(untranslated);
    }

    [Theory]
    [MemberData(nameof(EnglishResources))]
    public void No_two_keys_differ_only_in_case_which_the_resources_would_read_as_one(string english)
    {
        var clashes = Entries(english).Keys.GroupBy(key => key, StringComparer.OrdinalIgnoreCase).Where(group => group.Count() > 1)
            .Select(group => string.Join(" / ", group));
        Assert.Empty(clashes);
    }

    [Theory]
    [MemberData(nameof(EnglishResources))]
    public void Both_languages_fill_the_same_placeholders(string english)
    {
        var en = Entries(english);
        var fi = Entries(english[..^".resx".Length] + ".fi.resx");
        var mismatched = en.Where(entry => fi.TryGetValue(entry.Key, out var finnish)
                && !Placeholders(entry.Value.Value).SetEquals(Placeholders(finnish.Value)))
            .Select(entry => $"placeholders differ: {entry.Key}");
        Assert.Empty(mismatched);
    }

    private static HashSet<string> Placeholders(string value) =>
        Placeholder().Matches(value).Select(match => match.Value.Split(':')[0].TrimEnd('}').TrimStart('{')).ToHashSet();
}
