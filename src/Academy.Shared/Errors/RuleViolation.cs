namespace Academy.Shared.Errors;

/// <summary>
/// A rule a handler checks said no. Each message is in words for the person and names the request property it
/// belongs beside, or none when it concerns the form as a whole. Besides FluentValidation's checks of the
/// input's shape (the validation behaviour), this is the one way a use case refuses; the shared form mechanism
/// (<see cref="Forms.FormSubmission"/>) puts every message beside its field and keeps what was typed.
/// </summary>
public sealed class RuleViolation : Exception
{
    public RuleViolation(string message, string? field = null)
        : this([new RuleMessage(field, message)])
    {
    }

    public RuleViolation(IReadOnlyList<RuleMessage> messages)
        : base(string.Join(" ", messages.Select(message => message.Text)))
    {
        Messages = messages;
    }

    public IReadOnlyList<RuleMessage> Messages { get; }
}

/// <param name="Field">The request property the message belongs beside; null for the form as a whole.</param>
public sealed record RuleMessage(string? Field, string Text);

/// <summary>
/// Something changed elsewhere since the person started (two tabs editing one draft): nothing was overwritten,
/// and the form shows both versions to choose from. A module derives the conflict it can have.
/// </summary>
public abstract class ConflictException(string message) : Exception(message);
