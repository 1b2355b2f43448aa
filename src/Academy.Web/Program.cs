using Academy.Cohorts;
using Academy.Courses;
using Academy.Discussions;
using Academy.Reflections;
using Academy.Shared.Errors;
using Academy.Shared.Jobs;
using Academy.Shared.Localization;
using Academy.Shared.Markdown;
using Academy.Shared.Mediation;
using Academy.Web;
using Academy.Web.Account.Language;
using Academy.Web.Account.Manage;
using Academy.Web.Account.SignOut;
using Academy.Web.Cluster;
using Academy.Web.Components;
using Academy.Web.Data;
using Academy.Web.Diagnostics;
using Academy.Web.Diagnostics.Benchmark;
using Academy.Web.Email;
using Academy.Web.Email.Unsubscribing;
using Academy.Web.Identity;
using Academy.Web.Security;
using Academy.Web.Startup;
using Microsoft.AspNetCore.Diagnostics;

var builder = WebApplication.CreateBuilder(args);

if (!builder.Environment.IsDevelopment())
{
    builder.Logging.AddJsonConsole(); // structured logs for the log collector; Development keeps the readable console
}

builder.AddPublicAddress();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<DatabaseReadiness>();
builder.Services.AddAcademyDatabase(builder.Configuration, builder.Environment);
if (BenchmarkEndpoints.IsEnabled(builder.Configuration))
{
    builder.Services.AddBenchmarkFloor(builder.Configuration, builder.Environment);
}
builder.Services.AddAcademyIdentity(builder.Configuration, builder.Environment);
builder.Services.AddAuthorization();
builder.Services.AddJobLeases();
builder.Services.AddAcademyEmail(builder.Configuration);
builder.Services.AddTransient<Microsoft.AspNetCore.Identity.IEmailSender<AcademyUser>, AcademyEmailSender>();
builder.Services.AddScoped<DailyDigests>();
builder.Services.AddSingleton<Academy.Web.Admin.AdminQueries>();
if (builder.Configuration.GetValue("Email:SendDailyDigests", true))
{
    builder.Services.AddHostedService<DailyDigestService>();
}
builder.Services.AddSharedCookieKeys(builder.Configuration, builder.Environment);
builder.AddAcademyTelemetry();

builder.Services.AddAcademyLocalization();
builder.Services.AddAcademyMarkdown();
builder.Services.AddAcademyMediation(ModuleAssemblies.All);
builder.Services.AddBackplane(builder.Configuration);
builder.Services.AddCoursesModule(builder.Configuration);
builder.Services.AddDiscussionsModule(builder.Configuration);
builder.Services.AddReflectionsModule(builder.Configuration);
builder.Services.AddCohortsModule(builder.Configuration);

builder.Services.AddAcademyHealthChecks().AddBackplaneCheck(builder.Configuration);
builder.Services.AddRazorComponents();

var app = builder.Build();

app.UseTrustedProxies();
app.UseInstanceNameHeader();
app.UseHostFreeRedirects();
app.UseSecurityHeaders();
app.UseDatabaseReadiness();

// Not found and not allowed look the same: both render the 404 page.
app.UseExceptionHandler(new ExceptionHandlerOptions
{
    ExceptionHandlingPath = "/error",
    StatusCodeSelector = exception => exception switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        BadHttpRequestException badRequest => badRequest.StatusCode, // e.g. a missing antiforgery token
        FluentValidation.ValidationException or RuleViolation => StatusCodes.Status400BadRequest, // from an endpoint without a form to show it in
        _ => StatusCodes.Status500InternalServerError,
    },
    SuppressDiagnosticsCallback = context => context.Exception is NotFoundException or BadHttpRequestException,
    CreateScopeForErrors = true, // the error page needs fresh component services, not the failed request's
});
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.Use((context, next) =>
{
    // The error page is re-executed with the failed request's method; a form post must not become a form post to it.
    if (context.Features.Get<IExceptionHandlerFeature>() is not null)
    {
        context.Request.Method = HttpMethods.Get;
    }

    return next();
});
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}

if (app.Configuration.GetValue<bool>("Diagnostics:ExposeDbCommandCount"))
{
    DbCommandCounter.UseDbCommandCountHeader(app);
}

app.UseRateLimiter();
app.UseAuthentication();
app.UseAcademyLocalization(); // after authentication: a signed-in person's own choice comes first
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapAcademyHealthEndpoints();
app.MapAcademyMetrics(app.Configuration);
app.MapSignOut();
app.MapLanguageSwitch();
app.MapPersonalDataDownload();
app.MapUnsubscribe();
app.MapCoursesModule();
app.MapCohortsModule();
app.MapDiscussionsModule();
app.MapReflectionsModule();
app.MapRazorComponents<App>().AddAdditionalAssemblies(ModuleAssemblies.Modules);
if (BenchmarkEndpoints.IsEnabled(app.Configuration))
{
    await app.MapBenchmarkEndpointsAsync();
}

await app.InitializeWhenReachableAsync();
await app.RunAsync();

/// <summary>The entry point, visible to the test projects' WebApplicationFactory.</summary>
public partial class Program;
