using FluentValidation;
using Microsoft.AspNetCore.Components.Forms;

namespace Academy.Shared.Forms;

public static class ValidationMessageStoreExtensions
{
    /// <summary>
    /// Shows a request's validation failures beside the form's fields (matched by property name); a failure
    /// for a property the form does not show goes to the form as a whole.
    /// </summary>
    public static void AddFailures(this ValidationMessageStore store, EditContext editContext, ValidationException exception)
    {
        var model = editContext.Model;
        foreach (var failure in exception.Errors)
        {
            var shown = model.GetType().GetProperty(failure.PropertyName) is not null;
            store.Add(shown ? editContext.Field(failure.PropertyName) : new FieldIdentifier(model, string.Empty), failure.ErrorMessage);
        }

        editContext.NotifyValidationStateChanged();
    }
}
