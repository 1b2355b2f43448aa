using Academy.Shared.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Components.Forms;

namespace Academy.Shared.Forms;

/// <summary>
/// The one way a form sends its request and hears "no". It sends the request; on success it runs
/// <c>onSuccess</c> (a redirect, for post/redirect/get); on a validation failure or a <see cref="RuleViolation"/>
/// it puts each message beside the field it names (or in the form's summary) and keeps what was typed; a
/// <see cref="ConflictException"/> goes to the form's own conflict view. Pages catch nothing. It answers whether the
/// request was accepted, so a form whose page skipped its view on the post (<see cref="FormPosts"/>) can ask for it.
/// </summary>
public static class FormSubmission
{
    /// <param name="fieldsOf">The object whose properties the request's field names are (a row of a table form); the form's model by default.</param>
    public static async Task<bool> SendAsync<TResult>(this EditContext form, Func<Task<TResult>> send, Action<TResult> onSuccess,
        Action<ConflictException>? onConflict = null, object? fieldsOf = null)
    {
        var messages = new ValidationMessageStore(form);
        var model = fieldsOf ?? form.Model;
        TResult result;
        try
        {
            result = await send();
        }
        catch (ValidationException failures)
        {
            foreach (var failure in failures.Errors)
            {
                messages.Add(FieldOf(form, model, failure.PropertyName), failure.ErrorMessage);
            }

            form.NotifyValidationStateChanged();
            return false;
        }
        catch (RuleViolation violation)
        {
            foreach (var message in violation.Messages)
            {
                messages.Add(FieldOf(form, model, message.Field), message.Text);
            }

            form.NotifyValidationStateChanged();
            return false;
        }
        catch (ConflictException conflict) when (onConflict is not null)
        {
            onConflict(conflict);
            form.NotifyValidationStateChanged();
            return false;
        }

        onSuccess(result); // outside the try: a redirect in static rendering is an exception of its own
        return true;
    }

    /// <summary>
    /// For a form with no fields of its own (a button, a file input, one row's small form): sends the request the
    /// same way and answers why it was refused, every message in the order given; none when it was not.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RefusalOfAsync<TResult>(Func<Task<TResult>> send, Action<TResult> onSuccess)
    {
        var form = new EditContext(new object());
        await form.SendAsync(send, onSuccess);
        return form.GetValidationMessages().ToList();
    }

    /// <summary>The same for a request that answers nothing.</summary>
    public static Task<bool> SendAsync(this EditContext form, Func<Task> send, Action onSuccess, Action<ConflictException>? onConflict = null,
        object? fieldsOf = null) =>
        form.SendAsync(async () =>
        {
            await send();
            return true;
        }, _ => onSuccess(), onConflict, fieldsOf);

    /// <summary>
    /// Where a message goes: beside the model's property of that name; beside a path into it (<c>Scores[2]</c>) as
    /// the form names that path; otherwise in the form's summary.
    /// </summary>
    internal static FieldIdentifier FieldOf(EditContext form, object model, string? field) => field switch
    {
        { Length: > 0 } when model.GetType().GetProperty(field) is not null => new FieldIdentifier(model, field),
        { Length: > 0 } when field.Contains('[') || field.Contains('.') => new FieldIdentifier(model, field),
        _ => new FieldIdentifier(form.Model, string.Empty),
    };
}
