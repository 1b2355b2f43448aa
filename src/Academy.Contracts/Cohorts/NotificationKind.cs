namespace Academy.Contracts.Cohorts;

/// <summary>
/// What a notification is about. Every notification shows in the app; each member chooses per kind whether it also
/// arrives by e-mail at once, in the daily digest, or not at all (the host's e-mail preferences). Stored by name:
/// add new kinds at the end, never renumber or rename one.
/// </summary>
public enum NotificationKind
{
    /// <summary>A new announcement from the cohort's instructors.</summary>
    Announcement = 0,

    /// <summary>A reply to one's post, a quote of it, a mention, or a new post in a thread one watches.</summary>
    Discussion = 1,

    /// <summary>Feedback on one's reflection: a review, a return for revision, a comment, an answer to a request for more time.</summary>
    ReflectionFeedback = 2,

    /// <summary>A request to connect, an introduction asked for or passed on, and their answers.</summary>
    Networking = 3,

    /// <summary>A live session scheduled, moved or cancelled (published once live sessions exist).</summary>
    SessionChange = 4,

    /// <summary>A live session starts in 24 hours, or in one hour.</summary>
    SessionReminder = 5,

    /// <summary>A reflection due in 48 hours that one has not submitted.</summary>
    ReflectionDue = 6,

    /// <summary>Everything else: an enrolment, a learner's request for more time (to instructors).</summary>
    Other = 7,

    /// <summary>A new private message in a conversation one is in, or a message request to one.</summary>
    PrivateMessage = 8,
}
