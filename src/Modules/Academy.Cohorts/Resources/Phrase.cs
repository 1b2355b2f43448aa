using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace Academy.Cohorts.Resources;

/// <summary>
/// A sentence from resources with markup in its placeholders (a linked name, a strong title), in the word order of
/// the reader's language: <c>@Phrase.Of(T["{0} would like to meet you."], @&lt;strong&gt;...&lt;/strong&gt;)</c>.
/// The words around the placeholders are text (encoded); only the parts given are markup.
/// </summary>
internal static partial class Phrase
{
    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    public static RenderFragment Of(string format, params RenderFragment[] parts) => builder =>
    {
        var last = 0;
        foreach (Match match in Placeholder().Matches(format))
        {
            builder.AddContent(0, format[last..match.Index]);
            builder.AddContent(1, parts[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
            last = match.Index + match.Length;
        }

        builder.AddContent(2, format[last..]);
    };
}
