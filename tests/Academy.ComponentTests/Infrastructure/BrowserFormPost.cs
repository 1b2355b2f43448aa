using System.Reflection;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Components.Forms.Mapping;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace Academy.ComponentTests.Infrastructure;

/// <summary>
/// A form post as the browser sends it, for the components that read it through <c>[SupplyParameterFromForm]</c>
/// (an unbound input, a checkbox, a file, a dictionary of dates): field names and strings, and files. The framework's
/// own form mapping (the one static rendering uses) makes the component's properties of them, so a name in the test
/// that the component does not read binds nothing, as in the browser. Post before rendering: in static rendering the
/// post is rendered anew, then its submit handler runs (<c>Find("form").Submit()</c>).
/// </summary>
public sealed class BrowserFormPost
{
    private static readonly Assembly Endpoints = typeof(RazorComponentsServiceOptions).Assembly;
    private static readonly Type ProviderType = Endpoints.GetType("Microsoft.AspNetCore.Components.Endpoints.HttpContextFormDataProvider", throwOnError: true)!;
    private static readonly Type MapperType = Endpoints.GetType("Microsoft.AspNetCore.Components.Endpoints.HttpContextFormValueMapper", throwOnError: true)!;
    private static readonly MethodInfo SetFormData = ProviderType.GetMethod("SetFormData", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("The framework's form data provider has no SetFormData.");

    private readonly object provider = Activator.CreateInstance(ProviderType, nonPublic: true)!;
    private readonly List<string> names = [];

    private BrowserFormPost()
    {
    }

    /// <summary>Lets <paramref name="services"/>' components receive what a test posts (before the first render).</summary>
    public static BrowserFormPost AddTo(IServiceCollection services)
    {
        var post = new BrowserFormPost();
        services.AddOptions();
        services.AddSingleton(ProviderType, post.provider);
        services.AddSingleton(typeof(IFormValueMapper), provider => ActivatorUtilities.CreateInstance(provider, MapperType));
        services.AddSupplyValueFromFormProvider();
        return post;
    }

    /// <summary>The browser posts the form of that name (its <c>_handler</c>) with these fields; a field not named was not posted.</summary>
    public void Post(string formName, params (string Name, string Value)[] fields) => Post(formName, fields, []);

    /// <summary>The same with files, as a multipart form posts them.</summary>
    public void Post(string formName, (string Name, string Value)[] fields, params (string Name, string FileName, string ContentType, byte[] Content)[] files)
    {
        var form = fields.GroupBy(field => field.Name).ToDictionary(group => group.Key, group => new StringValues(group.Select(field => field.Value).ToArray()));
        names.Clear();
        names.AddRange(form.Keys.Concat(files.Select(file => file.Name)));
        form["_handler"] = formName; // the hidden field static rendering adds to a named form (the framework maps nothing from a form without fields)
        var formFiles = new FormFileCollection();
        foreach (var (name, fileName, contentType, content) in files)
        {
            formFiles.Add(new FormFile(new MemoryStream(content), 0, content.Length, name, fileName)
            {
                Headers = new HeaderDictionary(),
                ContentType = contentType,
            });
        }

        SetFormData.Invoke(provider, [formName, form, formFiles]);
    }

    /// <summary>Every field posted is a control of <paramref name="form"/>: the browser could have sent it.</summary>
    public void AssertPostedFrom(IElement form)
    {
        var controls = form.QuerySelectorAll("[name]").Select(control => control.GetAttribute("name")).ToHashSet();
        Assert.All(names, name => Assert.Contains(name, controls));
    }
}
