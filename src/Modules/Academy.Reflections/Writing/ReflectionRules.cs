using System.Globalization;
using Academy.Reflections.Resources;
using Microsoft.Extensions.Localization;

namespace Academy.Reflections.Writing;

internal static class ReflectionRules
{
    public const int MaximumLength = 50_000;

    public const string TooLong = "A reflection can have at most {0} characters.";

    /// <summary>The message for a reflection longer than <see cref="MaximumLength"/>, in the reader's language.</summary>
    public static string TooLongMessage(IStringLocalizer<ReflectionsText> t) =>
        t[TooLong, MaximumLength.ToString("N0", CultureInfo.CurrentCulture)];
}
