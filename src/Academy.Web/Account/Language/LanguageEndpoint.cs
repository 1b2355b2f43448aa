using Academy.Shared.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Academy.Web.Account.Language;

internal static class LanguageEndpoint
{
    /// <summary>
    /// The footer's language switch before sign-in: a form post (antiforgery validated, as the endpoint binds the form)
    /// that keeps the choice in the culture cookie for a year and goes back to the page. A signed-in person's choice on
    /// their account page comes first.
    /// </summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/language", ([FromForm] string? language, [FromForm] string? returnUrl, HttpContext context, TimeProvider clock) =>
        {
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(AcademyCultures.Normalize(language))),
                new CookieOptions
                {
                    Expires = clock.GetUtcNow().AddYears(1),
                    IsEssential = true, // a preference the visitor asked for, not tracking
                    HttpOnly = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
            return TypedResults.LocalRedirect(AccountRules.LocalOrHome(returnUrl));
        });
        return endpoints;
    }
}
