using System.Reflection;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Components.Forms.Mapping;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Academy.ComponentTests.Infrastructure;

/// <summary>
/// The body of a form post, for the components whose posted values come from <c>[SupplyParameterFromForm]</c> (a
/// button's name and value, fields without a binding, a row of a table form) rather than from a bound input.
/// Static rendering maps such a post with the framework's own mapper (<c>HttpContextFormValueMapper</c>); it is
/// internal to ASP.NET Core, so it is reached by name, and a framework that renamed it fails here, loudly.
/// Nothing is posted until a test says so: every <c>[SupplyParameterFromForm]</c> property stays null, as on a GET.
/// </summary>
public sealed class PostedForm
{
    private static readonly Assembly Endpoints = typeof(RazorComponentsServiceOptions).Assembly;

    private readonly object formData;
    private readonly MethodInfo setFormData;

    public PostedForm()
    {
        var formDataType = Endpoints.GetType("Microsoft.AspNetCore.Components.Endpoints.HttpContextFormDataProvider", throwOnError: true)!;
        var mapperType = Endpoints.GetType("Microsoft.AspNetCore.Components.Endpoints.HttpContextFormValueMapper", throwOnError: true)!;
        formData = Activator.CreateInstance(formDataType, nonPublic: true)!;
        setFormData = formDataType.GetMethod("SetFormData", [typeof(string), typeof(IReadOnlyDictionary<string, StringValues>), typeof(IFormFileCollection)])
                      ?? throw new InvalidOperationException("HttpContextFormDataProvider.SetFormData(handler, form, files) is gone.");
        Mapper = (IFormValueMapper)Activator.CreateInstance(mapperType, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null,
            [formData, Options.Create(new RazorComponentsServiceOptions())], null)!;
    }

    /// <summary>The framework's mapper, reading what <see cref="Post"/> was given.</summary>
    public IFormValueMapper Mapper { get; }

    /// <summary>The form of that name (its <c>FormName</c> or <c>@formname</c>) is posted with these fields, as a browser sends them.</summary>
    public void Post(string formName, IEnumerable<(string Name, string Value)> fields)
    {
        var form = fields.GroupBy(field => field.Name)
            .ToDictionary(group => group.Key, group => new StringValues(group.Select(field => field.Value).ToArray()));
        setFormData.Invoke(formData, [formName, (IReadOnlyDictionary<string, StringValues>)form, new FormFileCollection()]);
    }
}
