using Academy.Shared.Localization;
using Microsoft.Extensions.Options;

namespace Academy.Web.Account.Language;

/// <summary>
/// The language of a request answered before the localization middleware runs (a rate-limited post, the page shown while
/// the database cannot be reached): the footer's choice (the culture cookie) or the browser's Accept-Language, the same
/// providers in the same order; a signed-in person's own choice is not known yet. English when none names a language spoken here.
/// </summary>
internal static class EarlyLanguage
{
    public static async Task<string> OfAsync(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value;
        foreach (var provider in options.RequestCultureProviders ?? [])
        {
            var result = await provider.DetermineProviderCultureResult(context);
            var spoken = result?.UICultures.Select(culture => culture.Value?.Split('-')[0]).FirstOrDefault(AcademyCultures.IsSupported);
            if (spoken is not null)
            {
                return AcademyCultures.Normalize(spoken);
            }
        }

        return AcademyCultures.English;
    }
}
