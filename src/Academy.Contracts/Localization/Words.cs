namespace Academy.Contracts.Localization;

/// <summary>
/// Words written for someone else to read later (a notification, an e-mail): a module's resource key and its
/// arguments, written out in each reader's own language and time zone when they are stored or sent, not in the
/// language of whoever caused them.
/// </summary>
/// <param name="Resources">The module's resource marker class (<c>typeof(CohortsText)</c>), whose resources hold <paramref name="Key"/>.</param>
/// <param name="Key">The English text with <c>{0}</c>… placeholders: the key in those resources.</param>
/// <param name="Arguments">
/// Names, titles and numbers as they are; a <see cref="Moment"/> is written as the reader's clock and language say it;
/// nested <see cref="Words"/> are written out first.
/// </param>
public sealed record Words(Type Resources, string Key, params object[] Arguments);

/// <summary>
/// A time to be shown in the reader's own zone: a start, with an end for a span ("Thursday 19 March 2026,
/// 17:00–18:30 Helsinki time (EET)"), or a day only.
/// </summary>
public sealed record Moment(DateTimeOffset Start, DateTimeOffset? End = null, bool DayOnly = false);

/// <summary>
/// A calendar day, not an instant (a due date, "until 9 December"): written in the reader's language, never moved by a
/// zone. A cohort's day that ends at a deadline names its cohort's zone, so a reader elsewhere is also told when it ends
/// on their own clock.
/// </summary>
public sealed record CalendarDay(DateOnly Date, string? EndsInZone = null);
