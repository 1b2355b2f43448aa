using Academy.Contracts.Cohorts;
using Academy.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Academy.Web.Email;

/// <summary>How a member hears of one kind of notification, besides seeing it in the app.</summary>
public enum EmailDelivery
{
    /// <summary>An e-mail as it happens.</summary>
    Immediately = 0,

    /// <summary>A line in the daily digest e-mail.</summary>
    Digest = 1,

    /// <summary>No e-mail: the notification in the app only.</summary>
    InApp = 2,
}

/// <summary>
/// The kinds a member chooses for, what each is called on the account page, and what each is by default. The
/// defaults send at once what is rare and wants an answer or a date kept (announcements, feedback, requests to connect,
/// sessions and their reminders, a reflection due, private messages), and gather in one daily digest what comes often (conversations)
/// or can wait (enrolments, extension requests for instructors).
/// </summary>
public static class EmailChoices
{
    public static IReadOnlyList<NotificationKind> Kinds { get; } = Enum.GetValues<NotificationKind>();

    public static EmailDelivery Default(NotificationKind kind) => kind switch
    {
        NotificationKind.Discussion or NotificationKind.Other => EmailDelivery.Digest,
        _ => EmailDelivery.Immediately,
    };

    /// <summary>What a kind is, for a person: the account page's question and the e-mail footer's reason.</summary>
    public static string Describe(NotificationKind kind) => kind switch
    {
        NotificationKind.Announcement => "Announcements from your instructors",
        NotificationKind.Discussion => "Replies to your posts, quotes, mentions, and new posts in threads you watch",
        NotificationKind.ReflectionFeedback => "Feedback on your reflections: reviews, comments, answers about more time",
        NotificationKind.Networking => "Requests to connect and introductions",
        NotificationKind.SessionChange => "A live session scheduled, moved or cancelled",
        NotificationKind.SessionReminder => "Reminders of live sessions, a day and an hour before",
        NotificationKind.ReflectionDue => "A reflection due in 48 hours that you have not submitted",
        NotificationKind.PrivateMessage => "New private messages and message requests (never while you are reading the conversation)",
        _ => "Everything else: enrolments, requests for more time (for instructors)",
    };

    public static string Describe(EmailDelivery delivery) => delivery switch
    {
        EmailDelivery.Immediately => "E-mail me at once",
        EmailDelivery.Digest => "In my daily digest",
        _ => "Only in the app",
    };
}

/// <summary>A member's own choice for one kind; a kind without a row has its default (<see cref="EmailChoices.Default"/>).</summary>
internal sealed class EmailPreference
{
    public required string UserId { get; init; }

    public required NotificationKind Kind { get; init; }

    public EmailDelivery Delivery { get; set; }
}

/// <summary>
/// What an e-mail can be unsubscribed from, and what the outbox checks again before sending: one kind of notification,
/// or the daily digest (which gathers every kind set to <see cref="EmailDelivery.Digest"/>).
/// </summary>
internal static class EmailTopics
{
    public const string DailyDigest = "DailyDigest";

    public static string Of(NotificationKind kind) => kind.ToString();

    public static bool IsKnown(string topic) => topic == DailyDigest || Enum.TryParse<NotificationKind>(topic, out _);

    public static string Describe(string topic) =>
        topic == DailyDigest ? "The daily digest" : Enum.TryParse<NotificationKind>(topic, out var kind) ? EmailChoices.Describe(kind) : topic;
}

internal sealed class EmailPreferenceConfiguration : IEntityTypeConfiguration<EmailPreference>
{
    public void Configure(EntityTypeBuilder<EmailPreference> builder)
    {
        builder.ToTable("host_email_preferences");
        builder.HasKey(preference => new { preference.UserId, preference.Kind });
        builder.Property(preference => preference.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(preference => preference.Delivery).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<AcademyUser>().WithMany().HasForeignKey(preference => preference.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
