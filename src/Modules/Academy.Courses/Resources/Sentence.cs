using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;

namespace Academy.Courses.Resources;

/// <summary>
/// A sentence from the resources whose <c>{0}</c>, <c>{1}</c>… are pieces of markup: a link, a name kept untranslated
/// (<c>translate="no"</c>), a <c>&lt;time&gt;</c>. Each language puts them where its word order wants them.
/// </summary>
internal static partial class Sentence
{
    public static RenderFragment Of(string format, params RenderFragment[] parts) => builder =>
    {
        var at = 0;
        foreach (Match placeholder in Placeholder().Matches(format))
        {
            builder.AddContent(0, format[at..placeholder.Index]);
            builder.AddContent(1, parts[int.Parse(placeholder.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
            at = placeholder.Index + placeholder.Length;
        }

        builder.AddContent(2, format[at..]);
    };

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();
}
