using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;

namespace Academy.Shared.Localization;

/// <summary>A sentence from resources with someone's own words in it, shown emphasised and never translated.</summary>
public static class LocalizedMarkup
{
    /// <summary>
    /// The sentence (a resource's format, <c>T["If an account uses {0}, …"]</c>) as markup: the sentence is encoded, and
    /// each value is encoded and put in <c>&lt;strong translate="no"&gt;</c>, so nothing in either can become markup.
    /// </summary>
    public static MarkupString WithStrong(string format, params object?[] values) =>
        new(string.Format(CultureInfo.CurrentCulture, HtmlEncoder.Default.Encode(format),
            values.Select(value => (object)$"<strong translate=\"no\">{HtmlEncoder.Default.Encode(Convert.ToString(value, CultureInfo.CurrentCulture) ?? string.Empty)}</strong>").ToArray()));

    /// <summary>
    /// The sentence (a resource's format, <c>T["Module {0}: {1}"]</c>) as markup with course content in it: each
    /// <see cref="ContentText"/> value is encoded and put in <c>&lt;span translate="no" lang="…"&gt;</c> (its language, where
    /// known), a <see cref="MarkupString"/> (made by this class) stays markup, every other value is encoded as it is, and so is the sentence.
    /// </summary>
    public static MarkupString WithContent(string format, params object?[] values) =>
        new(string.Format(CultureInfo.CurrentCulture, HtmlEncoder.Default.Encode(format),
            values.Select(value => (object)(value is MarkupString markup ? markup.Value : value is ContentText content
                ? $"<span translate=\"no\"{(content.Language is { Length: > 0 } language ? $" lang=\"{HtmlEncoder.Default.Encode(language)}\"" : null)}>{HtmlEncoder.Default.Encode(content.Text)}</span>"
                : HtmlEncoder.Default.Encode(Convert.ToString(value, CultureInfo.CurrentCulture) ?? string.Empty))).ToArray()));

    /// <summary>
    /// A sentence already written out (a stored notification) with someone's name in it: the sentence is encoded, and the
    /// first occurrence of <paramref name="name"/> is put in <c>&lt;span translate="no"&gt;</c>, so a translating browser leaves the name alone.
    /// </summary>
    public static MarkupString MarkingName(string sentence, string name)
    {
        var at = name.Length > 0 ? sentence.IndexOf(name, StringComparison.Ordinal) : -1;
        return at < 0
            ? new(HtmlEncoder.Default.Encode(sentence))
            : new($"{HtmlEncoder.Default.Encode(sentence[..at])}<span translate=\"no\">{HtmlEncoder.Default.Encode(name)}</span>{HtmlEncoder.Default.Encode(sentence[(at + name.Length)..])}");
    }

    /// <summary>
    /// A sentence with a link (or other element of ours) inside it, so a translation can move the link's words where its
    /// language puts them: <c>T["Choose on {0}your account page{1}."]</c> with <c>"&lt;a href=\"/Account/Manage\"&gt;", "&lt;/a&gt;"</c>.
    /// The sentence is encoded; the tags are this site's own markup, never anything a person typed.
    /// </summary>
    public static MarkupString Around(string format, params string[] tags) =>
        new(string.Format(CultureInfo.CurrentCulture, HtmlEncoder.Default.Encode(format), tags.Cast<object>().ToArray()));
}

/// <summary>Words of course content (or a person's) inside a sentence of ours, with the language they are written in where it is known.</summary>
public sealed record ContentText(string Text, string? Language);
