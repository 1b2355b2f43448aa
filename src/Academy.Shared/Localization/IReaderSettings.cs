namespace Academy.Shared.Localization;

/// <summary>
/// What a person chose on their account page for how Academy speaks to them, for what is written for them outside a
/// request of their own: a calendar feed that a calendar app fetches without their cookie or their browser's language.
/// Answered by the host, which owns the accounts (as it answers <see cref="Email.IEmailOutbox.ReadersAsync"/>), so no
/// module reads another's tables.
/// </summary>
public interface IReaderSettings
{
    /// <summary>The person's choices, in one query; the defaults (nulls) for someone who has not chosen, or has no account.</summary>
    Task<ReaderSettings> OfAsync(string userId, CancellationToken cancellationToken);
}

/// <summary>A person's language and time zone as they chose them; null: the default one.</summary>
public sealed record ReaderSettings(string? Language, string? TimeZone)
{
    public static readonly ReaderSettings Defaults = new(null, null);
}
