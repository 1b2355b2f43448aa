using Academy.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Academy.Shared.Localization;

public static class LocalizationServiceCollectionExtensions
{
    /// <summary>
    /// Resources per module (<c>Resources/{Module}Text.resx</c> and <c>.fi.resx</c> beside their marker class
    /// <c>{Module}.Resources.{Module}Text</c>, read through <c>IStringLocalizer&lt;{Module}Text&gt;</c>), and each request's language: the signed-in person's choice (a claim in
    /// the sign-in cookie), else the footer's switch (the culture cookie), else the browser's Accept-Language.
    /// </summary>
    public static IServiceCollection AddAcademyLocalization(this IServiceCollection services)
    {
        services.AddTransient<MomentWriter>();
        services.AddTransient<WordsWriter>();
        services.AddScoped<ReaderTime>();
        services.AddLocalization(); // each marker class sits beside its .resx files, so its full name is the resources' name
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, RememberedStringLocalizerFactory>());
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(AcademyCultures.English)
                .AddSupportedCultures([.. AcademyCultures.Supported])
                .AddSupportedUICultures([.. AcademyCultures.Supported]);
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(context => Task.FromResult(ChosenLanguage(context))),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Runs after authentication, so the signed-in person's choice is known.</summary>
    public static IApplicationBuilder UseAcademyLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    private static ProviderCultureResult? ChosenLanguage(HttpContext context) =>
        context.User.FindFirst(AcademyClaimTypes.Language)?.Value is { } language && AcademyCultures.IsSupported(language)
            ? new ProviderCultureResult(language)
            : null;
}
