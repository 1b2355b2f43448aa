using Microsoft.AspNetCore.Components.Forms.Mapping;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.ComponentTests.Infrastructure;

/// <summary>
/// A form post, for the components that read what was posted through <c>[SupplyParameterFromForm]</c> rather than
/// through bound inputs (a button's name and value, a hidden field, an unbound checkbox, a file). Bunit posts no form,
/// so the test says what the browser posted, as the values the framework's form mapping would have made of it; the
/// framework's own provider hands them to the component's properties of that form name and those names. Post before
/// rendering: in static rendering the post is rendered anew, then its submit handler runs (<c>Find("form").Submit()</c>).
/// </summary>
public sealed class PostedForm : IFormValueMapper
{
    private string? formName;
    private IReadOnlyDictionary<string, object?> values = new Dictionary<string, object?>();

    /// <summary>Lets <paramref name="services"/>' components receive what a test posts (before the first render).</summary>
    public static PostedForm AddTo(IServiceCollection services)
    {
        var posted = new PostedForm();
        services.AddSingleton<IFormValueMapper>(posted);
        services.AddSupplyValueFromFormProvider();
        return posted;
    }

    /// <summary>The browser posts the form of that name with these fields; a field not named was not posted.</summary>
    public void Post(string form, params (string Name, object? Value)[] fields)
    {
        formName = form;
        values = fields.ToDictionary(field => field.Name, field => field.Value);
    }

    public bool CanMap(Type valueType, string scopeName, string? formName) =>
        this.formName is not null && scopeName.Length == 0 && formName == this.formName;

    public void Map(FormValueMappingContext context)
    {
        if (values.TryGetValue(context.ParameterName, out var value))
        {
            context.SetResult(value);
        }
        else if (context.ValueType.IsValueType)
        {
            context.SetResult(Activator.CreateInstance(context.ValueType)); // not posted: an unticked box is false
        }
    }
}
