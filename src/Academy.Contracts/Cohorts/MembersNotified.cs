using Academy.Contracts.Localization;
using MediatR;

namespace Academy.Contracts.Cohorts;

/// <summary>
/// Something happened that these members should hear about in their notifications: published by the module
/// where it happened, stored by the Cohorts module, which also puts the e-mails the members asked for (by
/// <paramref name="Kind"/>) in the outbox, in the same save. The actor is never among the recipients.
/// </summary>
/// <param name="CohortSlug">
/// The cohort the notification concerns, when it concerns one: it is e-mailed only to the cohort's members (a member
/// removed since hears nothing by e-mail).
/// </param>
/// <param name="OnceKey">
/// For reminders: each member gets a notification with this key once (<c>reflection-due:{cohort}:{assignment}:{due}</c>);
/// publishing it again tells nobody twice, so a job may run again, and a moved date makes a new key.
/// </param>
/// <param name="EmailUntil">
/// For reminders: its e-mail is not worth sending after this moment (the due date, the session's start); one still
/// waiting in the outbox then (a long mail-server outage) is dropped. The notification in the app stays.
/// </param>
/// <param name="Text">The line, written out in each recipient's language and time zone when it is stored.</param>
/// <param name="EmailDetails">Lines the e-mail adds below <paramref name="Text"/> (a session's time and place); the app shows the line only.</param>
/// <param name="NotEmailed">
/// Recipients who are looking at the thing itself right now (a conversation open with its live feed): they are notified in
/// the app, and not e-mailed whatever they chose.
/// </param>
public sealed record MembersNotified(
    IReadOnlyList<string> UserIds,
    string ActorId,
    string ActorName,
    Words Text,
    string Url,
    NotificationKind Kind,
    string? CohortSlug = null,
    string? OnceKey = null,
    DateTimeOffset? EmailUntil = null,
    IReadOnlyList<Words>? EmailDetails = null,
    IReadOnlyCollection<string>? NotEmailed = null) : INotification;
