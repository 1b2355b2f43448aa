using System.Reflection;
using System.Security.Claims;
using AngleSharp.Dom;
using Academy.Shared.Mediation;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.ComponentTests.Infrastructure;

/// <summary>
/// A bunit context with the real mediator, the real validation behaviour and every module's real validators; the
/// handlers stop at the component's boundary: <see cref="Sent"/> records each request that passed validation and
/// answers it as the test says (an answer, a refusal, or the response type's default). Authorization is the
/// access matrix's business (integration tests), so its behaviour is not in this pipeline.
/// </summary>
public abstract class ComponentTest : LocalizedContext
{
    private static readonly Assembly[] Modules =
    [
        typeof(Academy.Courses.CoursesModule).Assembly,
        typeof(Academy.Cohorts.CohortsModule).Assembly,
        typeof(Academy.Discussions.DiscussionsModule).Assembly,
        typeof(Academy.Reflections.ReflectionsModule).Assembly,
        typeof(Program).Assembly,
    ];

    private readonly HttpContextAccessor request = new() { HttpContext = new DefaultHttpContext() };
    private readonly BrowserFormPost posted;

    protected ComponentTest()
    {
        Services.AddLogging();
        Services.AddSingleton(Sent);
        Services.AddSingleton<IHttpContextAccessor>(request);
        Services.AddScoped<ICurrentUser, HttpCurrentUser>();
        Services.AddScoped<ServiceFactory>(provider => provider.GetRequiredService);
        Services.AddScoped<IMediator, AcademyMediator>();
        Services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        Services.AddTransient(typeof(IRequestHandler<,>), typeof(RecordingHandler<,>));
        posted = BrowserFormPost.AddTo(Services);
        foreach (var validator in Modules.Distinct().SelectMany(assembly => assembly.GetTypes()).Where(type => !type.IsAbstract && !type.IsGenericTypeDefinition))
        {
            foreach (var implemented in validator.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                Services.AddTransient(implemented, validator);
            }
        }
    }

    /// <summary>The requests the components sent through the pipeline, and what they are answered.</summary>
    public SentRequests Sent { get; } = new();

    /// <summary>Where the component navigated last (a redirect after a successful post), relative to the base address.</summary>
    protected string? NavigatedTo
    {
        get
        {
            var navigation = Services.GetRequiredService<NavigationManager>();
            var uri = navigation.Uri;
            return uri == navigation.BaseUri ? null : "/" + navigation.ToBaseRelativePath(uri);
        }
    }

    /// <summary>
    /// The next component rendered receives this form post, as static rendering gives it to the form it names: its
    /// <c>[SupplyParameterFromForm]</c> properties hold the posted fields (a button's name and value among them); then
    /// <c>Find("form").Submit()</c> runs the form's handler. Call it before <c>Render</c>.
    /// </summary>
    protected void Post(string formName, params (string Name, string Value)[] fields) => posted.Post(formName, fields);

    /// <summary>The same as a multipart form posts it, with files (a file input's name, the file's name, type and bytes).</summary>
    protected void Post(string formName, (string Name, string Value)[] fields, params (string Name, string FileName, string ContentType, byte[] Content)[] files) =>
        posted.Post(formName, fields, files);

    /// <summary>Every field of the last post is a control of <paramref name="form"/>: the browser could have sent it.</summary>
    protected void AssertPostedFrom(IElement form) => posted.AssertPostedFrom(form);

    /// <summary>Signs a person in for the components that read who is asking.</summary>
    protected void SignIn(string userId, string displayName, params string[] roles) =>
        SignIn(userId, displayName, roles.Select(role => new Claim(ClaimTypes.Role, role)).ToList());

    /// <summary>Signed in with more of what the sign-in cookie carries (a role, the person's language or time zone).</summary>
    protected void SignIn(string userId, string displayName, IReadOnlyList<Claim> more)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, userId), new(ClaimTypes.Name, displayName) };
        claims.AddRange(more);
        request.HttpContext!.User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}
