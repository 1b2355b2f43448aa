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
    public static string Normalize(string? name)
    {
        var language = name.AsSpan().Trim();
        var region = language.IndexOf('-');
        language = region < 0 ? language : language[..region];
        for (var i = 0; i < Supported.Count; i++)
        {
            if (language.Equals(Supported[i], StringComparison.OrdinalIgnoreCase))
            {
                return Supported[i];
            }
        }

        return English;
    }

    /// <summary>The language's name in itself ("English", "suomi"): never translated.</summary>
    public static string NativeName(string language) => Normalize(language) == Finnish ? "suomi" : "English";

    public static bool IsSupported(string? name) => Supported.Any(supported => string.Equals(supported, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The language a course declares its content to be in (<c>language:</c> in course.md): not only the languages Academy
    /// speaks, but any language tag the platform's culture data (ICU) knows, such as <c>en</c>, <c>fi</c>, <c>sv</c> or
    /// <c>en-GB</c>, written as .NET writes it (<c>FI</c> is <c>fi</c>, <c>en-gb</c> is <c>en-GB</c>). False for anything
    /// else, the invariant culture included.
    /// </summary>
    public static bool TryContentLanguage(string? tag, out string language)
    {
        language = English;
        var trimmed = tag?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxContentLanguageLength)
        {
            return false;
        }

        try
        {
            var culture = CultureInfo.GetCultureInfo(trimmed, predefinedOnly: true);
            if (culture.Name.Length == 0 || culture.Name.Length > MaxContentLanguageLength)
            {
                return false;
            }

            language = culture.Name;
            return true;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The longest content language tag kept (BCP 47 advises at least 35 characters).</summary>
    public const int MaxContentLanguageLength = 35;

    /// <summary>A content language's name in itself ("English", "suomi", "svenska"): never translated.</summary>
    public static string ContentLanguageName(string language) => language switch
    {
        English => "English",
        Finnish => "suomi",
        _ => TryContentLanguage(language, out var known) ? CultureInfo.GetCultureInfo(known).NativeName : language,
    };

    /// <summary>The culture of a supported language, for formatting what goes to a person outside a request (e-mail, the feed).</summary>
    public static CultureInfo Culture(string? name) => Normalize(name) == Finnish ? FinnishCulture : EnglishCulture;

    // Found once: GetCultureInfo takes a lock on every call, and this is asked for every name compared.
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo(English);
    private static readonly CultureInfo FinnishCulture = CultureInfo.GetCultureInfo(Finnish);

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
