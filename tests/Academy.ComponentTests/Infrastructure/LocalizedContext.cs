using Academy.Shared.Localization;
using Academy.Shared.Security;
using Bunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Academy.ComponentTests.Infrastructure;

/// <summary>
/// A bunit context whose components find their words and their reader's clock: every component reads its module's
/// resources, and shows instants in the signed-in person's zone (the default zone for nobody).
/// </summary>
public abstract class LocalizedContext : BunitContext
{
    protected LocalizedContext()
    {
        Services.AddAcademyLocalization();
        Services.TryAddSingleton<IHttpContextAccessor>(new HttpContextAccessor { HttpContext = new DefaultHttpContext() });
        Services.TryAddScoped<ICurrentUser, HttpCurrentUser>();
    }
}
