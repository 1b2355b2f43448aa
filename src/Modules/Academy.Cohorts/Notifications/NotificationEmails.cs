using Academy.Contracts.Cohorts;
using Academy.Shared.Email;

namespace Academy.Cohorts.Notifications;

/// <summary>What the e-mail of a notification says: its line as the subject and the message, and a button to the thing itself.</summary>
internal static class NotificationEmails
{
    private const int LongestSubject = 150;

    public static EmailContent ContentOf(MembersNotified notification) => new(
        notification.Text.Length <= LongestSubject ? notification.Text : notification.Text[..(LongestSubject - 1)] + "…",
        [notification.Text, .. notification.EmailDetails ?? []],
        ActionLabel(notification.Kind),
        notification.Url);

    private static string ActionLabel(NotificationKind kind) => kind switch
    {
        NotificationKind.Announcement => "Read the announcement",
        NotificationKind.Discussion => "Open the conversation",
        NotificationKind.ReflectionFeedback => "See your reflection",
        NotificationKind.Networking => "See your connections",
        NotificationKind.SessionChange or NotificationKind.SessionReminder => "See the session",
        NotificationKind.ReflectionDue => "Write your reflection",
        _ => "Open Academy",
    };
}
