using System.Globalization;

namespace Academy.Shared.Localization;

/// <summary>
/// The languages Academy speaks: English (the default) and Finnish. A person's choice is kept by its name
/// (<c>en</c>, <c>fi</c>); anything else is read as the default.
/// </summary>
public static class AcademyCultures
{
    public const string English = "en";
    public const string Finnish = "fi";

    public static readonly IReadOnlyList<string> Supported = [English, Finnish];

    /// <summary>The supported language a stored or posted value names (a region is ignored: <c>fi-FI</c> is Finnish); English for anything else.</summary>
    public static string Normalize(string? name) =>
        Supported.FirstOrDefault(supported => string.Equals(supported, name?.Trim().Split('-')[0], StringComparison.OrdinalIgnoreCase)) ?? English;

    /// <summary>The language's name in itself ("English", "suomi"): never translated.</summary>
    public static string NativeName(string language) => Normalize(language) == Finnish ? "suomi" : "English";

    public static bool IsSupported(string? name) => Supported.Any(supported => string.Equals(supported, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The culture of a supported language, for formatting what goes to a person outside a request (e-mail, the feed).</summary>
    public static CultureInfo Culture(string? name) => CultureInfo.GetCultureInfo(Normalize(name));

    /// <summary>Runs <paramref name="work"/> with the current culture and UI culture set to the person's language, then restores them.</summary>
    public static T In<T>(string? language, Func<T> work)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = Culture(language);
        try
        {
            return work();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
