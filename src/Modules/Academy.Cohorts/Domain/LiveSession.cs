using Academy.Contracts.Sessions;

namespace Academy.Cohorts.Domain;

/// <summary>
/// A live session of a cohort (a kick-off, a weekly session, office hours): when it starts and ends (instants, stored
/// in UTC), where it happens, and afterwards its recording, notes and who attended. Numbered within its cohort for
/// readable addresses (<c>/cohorts/mba-2026/sessions/3</c>). <see cref="Sequence"/> grows with every change a calendar
/// should hear of, so a calendar that merges by UID replaces its copy.
/// </summary>
internal sealed class LiveSession
{
    private LiveSession()
    {
    }

    public LiveSession(Guid cohortId, int number, SessionDetails details, string createdBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        CohortId = cohortId;
        Number = number;
        CreatedBy = createdBy;
        CreatedAt = now;
        Apply(details, now);
    }

    public Guid Id { get; private set; }
    public Guid CohortId { get; private set; }
    public int Number { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public string AgendaMarkdown { get; private set; } = string.Empty;
    public string AgendaHtml { get; private set; } = string.Empty;
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string? MeetingUrl { get; private set; }
    public string? Place { get; private set; }
    public string? ModuleSlug { get; private set; }
    public bool IsCancelled { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? RecordingUrl { get; private set; }
    public string NotesMarkdown { get; private set; } = string.Empty;
    public string NotesHtml { get; private set; } = string.Empty;

    /// <summary>When an instructor last marked who attended; null until then (nobody counts as absent before).</summary>
    public DateTimeOffset? AttendanceTakenAt { get; private set; }

    /// <summary>The iCalendar SEQUENCE: 0 when scheduled, one more at every edit, move or cancellation.</summary>
    public int Sequence { get; private set; }

    /// <summary>The last change calendars should hear of (LAST-MODIFIED).</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public List<SessionRsvp> Rsvps { get; private set; } = [];
    public List<SessionAttendance> Attendance { get; private set; } = [];

    public bool HasEnded(DateTimeOffset now) => now >= EndsAt;

    public bool HasStarted(DateTimeOffset now) => now >= StartsAt;

    /// <summary>Changes what the session is; answers whether it moved (its start or end changed).</summary>
    public bool Edit(SessionDetails details, DateTimeOffset now)
    {
        var moved = details.StartsAt != StartsAt || details.EndsAt != EndsAt;
        Apply(details, now);
        Sequence++;
        return moved;
    }

    public void Cancel(DateTimeOffset now)
    {
        IsCancelled = true;
        CancelledAt = now;
        ChangedAt = now;
        UpdatedAt = now;
        Sequence++;
    }

    /// <summary>After the session: its recording, notes and who attended (every member listed gets a row, present or not).</summary>
    public void RecordOutcome(string? recordingUrl, string notesMarkdown, string notesHtml, IReadOnlyCollection<string> members,
        IReadOnlySet<string> attended, DateTimeOffset now)
    {
        if (RecordingUrl != recordingUrl || NotesMarkdown != notesMarkdown)
        {
            Sequence++; // the calendar's description carries the recording
            ChangedAt = now;
        }

        RecordingUrl = recordingUrl;
        NotesMarkdown = notesMarkdown;
        NotesHtml = notesHtml;
        foreach (var userId in members)
        {
            var row = Attendance.SingleOrDefault(a => a.UserId == userId);
            if (row is null)
            {
                Attendance.Add(new SessionAttendance(Id, userId, attended.Contains(userId), now));
            }
            else
            {
                row.Mark(attended.Contains(userId), now);
            }
        }

        AttendanceTakenAt = now;
        UpdatedAt = now;
    }

    private void Apply(SessionDetails details, DateTimeOffset now)
    {
        Title = details.Title;
        AgendaMarkdown = details.AgendaMarkdown;
        AgendaHtml = details.AgendaHtml;
        StartsAt = details.StartsAt.ToUniversalTime();
        EndsAt = details.EndsAt.ToUniversalTime();
        MeetingUrl = details.MeetingUrl;
        Place = details.Place;
        ModuleSlug = details.ModuleSlug;
        ChangedAt = now;
        UpdatedAt = now;
    }
}

/// <summary>What an instructor says a session is: checked, trimmed, its agenda rendered once.</summary>
internal sealed record SessionDetails(
    string Title, string AgendaMarkdown, string AgendaHtml, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? MeetingUrl, string? Place,
    string? ModuleSlug);

/// <summary>A learner's answer to a session's invitation; changeable until the session ends.</summary>
internal sealed class SessionRsvp
{
    private SessionRsvp()
    {
    }

    public SessionRsvp(Guid sessionId, string userId, RsvpAnswer answer, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        SessionId = sessionId;
        UserId = userId;
        Answer = answer;
        AnsweredAt = now;
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public RsvpAnswer Answer { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }

    public void Change(RsvpAnswer answer, DateTimeOffset now)
    {
        Answer = answer;
        AnsweredAt = now;
    }
}

/// <summary>Whether a member attended a session, as its instructor marked it.</summary>
internal sealed class SessionAttendance
{
    private SessionAttendance()
    {
    }

    public SessionAttendance(Guid sessionId, string userId, bool attended, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7();
        SessionId = sessionId;
        UserId = userId;
        Attended = attended;
        RecordedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public bool Attended { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public void Mark(bool attended, DateTimeOffset now)
    {
        Attended = attended;
        RecordedAt = now;
    }
}
