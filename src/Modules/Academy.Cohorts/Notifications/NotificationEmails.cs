using Academy.Cohorts.Resources;
using Academy.Contracts.Cohorts;
using Academy.Shared.Email;
using Academy.Shared.Localization;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Notifications;

/// <summary>What the e-mail of a notification says, in its reader's language: its line as the subject and the message, and a button to the thing itself.</summary>
internal sealed class NotificationEmails(IStringLocalizer<CohortsText> t)
{
    private const int LongestSubject = 150;

    public EmailContent ContentOf(string line, IReadOnlyList<string> details, NotificationKind kind, string url, string? language) => new(
        line.Length <= LongestSubject ? line : line[..(LongestSubject - 1)] + "…",
        [line, .. details],
        AcademyCultures.In(language, () => ActionLabel(kind)),
        url);

    private string ActionLabel(NotificationKind kind) => kind switch
    {
        NotificationKind.Announcement => t["Read the announcement"],
        NotificationKind.Discussion => t["Open the conversation"],
        NotificationKind.ReflectionFeedback => t["See your reflection"],
        NotificationKind.Networking => t["See your connections"],
        NotificationKind.SessionChange or NotificationKind.SessionReminder => t["See the session"],
        NotificationKind.ReflectionDue => t["Write your reflection"],
        NotificationKind.PrivateMessage => t["Read the message"],
        _ => t["Open Academy"],
    };
}
