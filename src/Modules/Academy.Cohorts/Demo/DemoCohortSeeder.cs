using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Localization;
using Academy.Contracts.Sessions;
using Academy.Shared.Localization;
using Academy.Shared.Markdown;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Demo;

/// <summary>A person of the demo cohort, with the profile they show their peers.</summary>
public sealed record DemoMember(
    string UserId, string DisplayName, CohortRole Role, string Headline, string Organisation, string Industry, string Location,
    IReadOnlyList<string>? Expertise = null, IReadOnlyList<string>? Interests = null);

/// <summary>A request to connect, with the note that says why, still waiting for its receiver.</summary>
public sealed record DemoConnectionRequest(string FromUserId, string ToUserId, string Note, DateTimeOffset At);

/// <summary>An introduction asked of someone both know; forwarded when <see cref="IntroducerNote"/> is given.</summary>
public sealed record DemoIntroduction(string RequesterId, string IntroducerId, string TargetId, string RequesterNote, DateTimeOffset At,
    string? IntroducerNote = null, DateTimeOffset? ForwardedAt = null);

/// <summary>A notification waiting for its reader, written out in the reader's language and time zone as any notification is.</summary>
public sealed record DemoNotification(string UserId, string ActorName, Words Text, string Url, DateTimeOffset At,
    Academy.Contracts.Cohorts.NotificationKind Kind, string? CohortSlug);

/// <summary>
/// A live session of the demo cohort; a past one may have its recording, notes and who attended (null: not taken).
/// </summary>
public sealed record DemoSession(
    string Title, string Agenda, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? MeetingUrl, string? Place, string? ModuleSlug,
    IReadOnlyList<(string UserId, RsvpAnswer Answer)> Answers, string? RecordingUrl = null, string? Notes = null, IReadOnlyList<string>? Attended = null);

/// <summary>A private message of the demo, by one of its people.</summary>
public sealed record DemoMessage(string AuthorId, string Markdown, DateTimeOffset At);

/// <summary>A report of one message (by its number) waiting for the admins.</summary>
public sealed record DemoMessageReport(int Number, string ReporterId, string Reason, DateTimeOffset At);

/// <summary>
/// A private conversation of the demo, started by the first message's author. A message request (<see cref="IsRequest"/>)
/// waits for its receiver's answer. Everyone has read it all, except <see cref="UnreadBy"/>, who read only up to their own last message.
/// </summary>
public sealed record DemoPrivateConversation(string? Title, IReadOnlyList<string> MemberIds, IReadOnlyList<DemoMessage> Messages, bool IsRequest = false,
    IReadOnlyList<string>? UnreadBy = null, DemoMessageReport? Report = null);

/// <summary>Creates or updates a demo cohort; running it twice changes nothing. Used in Development only.</summary>
public interface IDemoCohortSeeder
{
    /// <param name="connections">Pairs of user ids who already know each other.</param>
    /// <param name="joinedAt">When the members joined: now, unless a demo cohort's story began earlier.</param>
    /// <returns>The day the cohort starts: <paramref name="startsOn"/> for a new cohort, its own for one that exists.</returns>
    Task<DateOnly> SeedAsync(string cohortSlug, string cohortName, string courseSlug, DateOnly startsOn,
        IReadOnlyList<DemoMember> members, CancellationToken cancellationToken, IReadOnlyList<(string, string)>? connections = null,
        DateTimeOffset? joinedAt = null);

    /// <summary>
    /// The demo's networking in progress and notifications, written once: nothing is written when any of these
    /// people already has a request, an introduction or a notification.
    /// </summary>
    Task<bool> SeedActivityAsync(IReadOnlyList<DemoConnectionRequest> requests, IReadOnlyList<DemoIntroduction> introductions,
        IReadOnlyList<DemoNotification> notifications, CancellationToken cancellationToken);

    /// <summary>Private conversations, written once: nothing is written when any of these people is in a conversation already.</summary>
    Task<bool> SeedConversationsAsync(IReadOnlyList<DemoPrivateConversation> conversations, CancellationToken cancellationToken);

    /// <summary>The cohort's live sessions, written once: nothing is written when the cohort has a session already.</summary>
    Task<bool> SeedSessionsAsync(string cohortSlug, string instructorId, IReadOnlyList<DemoSession> sessions, CancellationToken cancellationToken);
}

internal sealed class DemoCohortSeeder(ICohortsData data, TimeProvider clock, IMarkdownRenderer markdown, WordsWriter writer, IReaderSettings readers, Academy.Cohorts.People.DirectoryMemory memory)
    : IDemoCohortSeeder
{
    public async Task<DateOnly> SeedAsync(string cohortSlug, string cohortName, string courseSlug, DateOnly startsOn,
        IReadOnlyList<DemoMember> members, CancellationToken cancellationToken, IReadOnlyList<(string, string)>? connections = null,
        DateTimeOffset? joinedAt = null)
    {
        var now = joinedAt ?? clock.GetUtcNow();
        var cohort = await data.Cohorts.Include(c => c.Members).SingleOrDefaultAsync(c => c.Slug == cohortSlug, cancellationToken);
        if (cohort is null)
        {
            cohort = new Cohort(cohortSlug, cohortName, courseSlug, startsOn);
            data.Cohorts.Add(cohort);
        }

        var userIds = members.Select(m => m.UserId).ToList();
        var profiles = await data.MemberProfiles.Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        foreach (var member in members)
        {
            cohort.Enrol(member.UserId, member.DisplayName, member.Role, now);
            if (!profiles.ContainsKey(member.UserId))
            {
                // A profile is described once; later starts never overwrite what its owner edited.
                var profile = new MemberProfile(member.UserId, member.DisplayName);
                profile.Describe(member.DisplayName, member.Headline, member.Organisation, member.Industry, member.Location);
                profile.DescribeInterests(member.Expertise ?? [], member.Interests ?? []);
                data.MemberProfiles.Add(profile);
                profiles[member.UserId] = profile;
            }
        }

        // The pairs that exist already, in one query: a seeded cohort may bring thousands of connections.
        var wanted = (connections ?? []).Select(pair => Connection.Pair(pair.Item1, pair.Item2)).Distinct().ToList();
        var involved = wanted.Select(pair => pair.First).Distinct().ToList();
        var existing = (await data.Connections.Where(c => involved.Contains(c.FirstUserId))
                .Select(c => new { c.FirstUserId, c.SecondUserId }).ToListAsync(cancellationToken))
            .Select(c => (c.FirstUserId, c.SecondUserId)).ToHashSet();
        foreach (var (first, second) in wanted.Where(pair => !existing.Contains(pair)))
        {
            data.Connections.Add(new Connection(first, second, introducedBy: null, now));
        }

        await data.SaveChangesAsync(cancellationToken);
        memory.Forget();
        return cohort.StartsOn;
    }

    public async Task<bool> SeedActivityAsync(IReadOnlyList<DemoConnectionRequest> requests, IReadOnlyList<DemoIntroduction> introductions,
        IReadOnlyList<DemoNotification> notifications, CancellationToken cancellationToken)
    {
        var people = requests.SelectMany(r => new[] { r.FromUserId, r.ToUserId })
            .Concat(introductions.SelectMany(i => new[] { i.RequesterId, i.IntroducerId, i.TargetId }))
            .Concat(notifications.Select(n => n.UserId))
            .Distinct().ToList();
        if (await data.ConnectionRequests.AnyAsync(r => people.Contains(r.FromUserId) || people.Contains(r.ToUserId), cancellationToken)
            || await data.Introductions.AnyAsync(i => people.Contains(i.RequesterId) || people.Contains(i.TargetId), cancellationToken)
            || await data.Notifications.AnyAsync(n => people.Contains(n.UserId), cancellationToken))
        {
            return false;
        }

        data.ConnectionRequests.AddRange(requests.Select(r => new ConnectionRequest(r.FromUserId, r.ToUserId, r.Note, reachesReceiver: true, r.At)));
        foreach (var demo in introductions)
        {
            var introduction = new Introduction(demo.RequesterId, demo.IntroducerId, demo.TargetId, demo.RequesterNote, demo.At);
            if (demo.IntroducerNote is { } note)
            {
                introduction.Forward(note, demo.ForwardedAt ?? demo.At);
            }

            data.Introductions.Add(introduction);
        }

        foreach (var notification in notifications)
        {
            var reader = await readers.OfAsync(notification.UserId, cancellationToken);
            data.Notifications.Add(new MemberNotification(notification.UserId, notification.ActorName, writer.Write(notification.Text, reader.Language, reader.TimeZone),
                notification.Url, notification.At, notification.Kind, notification.CohortSlug));
        }

        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SeedConversationsAsync(IReadOnlyList<DemoPrivateConversation> conversations, CancellationToken cancellationToken)
    {
        var people = conversations.SelectMany(c => c.MemberIds).Distinct().ToList();
        if (await data.ConversationMembers.AnyAsync(member => people.Contains(member.UserId), cancellationToken))
        {
            return false;
        }

        var names = (await data.CohortMembers.Where(member => people.Contains(member.UserId)).Select(member => new { member.UserId, member.DisplayName })
            .ToListAsync(cancellationToken)).DistinctBy(member => member.UserId).ToDictionary(member => member.UserId, member => member.DisplayName);
        foreach (var demo in conversations)
        {
            var starter = demo.Messages[0].AuthorId;
            var conversation = new Conversation(demo.Title, demo.IsRequest, demo.Messages[0].At);
            foreach (var userId in demo.MemberIds)
            {
                conversation.Join(userId, names[userId], demo.IsRequest && userId != starter ? MemberStanding.Asked : MemberStanding.Active, demo.Messages[0].At);
            }

            var messages = demo.Messages.Select(message => conversation.Write(message.AuthorId, names[message.AuthorId], message.Markdown,
                markdown.RenderUserContent(message.Markdown).Html, message.At)).ToList();
            foreach (var member in conversation.Members)
            {
                member.ReadUpTo(demo.UnreadBy?.Contains(member.UserId) == true
                    ? messages.LastOrDefault(message => message.AuthorId == member.UserId)?.Number ?? 0
                    : messages[^1].Number);
            }

            data.Conversations.Add(conversation);
            data.PrivateMessages.AddRange(messages);
            if (demo.Report is { } report)
            {
                data.MessageReports.Add(new MessageReport(messages[report.Number - 1].Id, report.ReporterId, names[report.ReporterId], report.Reason, report.At));
            }
        }

        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> SeedSessionsAsync(string cohortSlug, string instructorId, IReadOnlyList<DemoSession> sessions,
        CancellationToken cancellationToken)
    {
        var cohort = await data.Cohorts.Include(c => c.Members).SingleAsync(c => c.Slug == cohortSlug, cancellationToken);
        if (await data.LiveSessions.AnyAsync(s => s.CohortId == cohort.Id, cancellationToken))
        {
            return false;
        }

        var learners = cohort.Members.Where(m => m.Role == CohortRole.Learner).Select(m => m.UserId).ToList();
        foreach (var (demo, index) in sessions.Select((demo, index) => (demo, index)))
        {
            var details = new SessionDetails(demo.Title, demo.Agenda, markdown.RenderUserContent(demo.Agenda).Html, demo.StartsAt, demo.EndsAt,
                demo.MeetingUrl, demo.Place, demo.ModuleSlug);
            var now = clock.GetUtcNow();
            var written = Min(demo.StartsAt.AddDays(-5), now.AddHours(-1));
            var session = new LiveSession(cohort.Id, index + 1, details, instructorId, written);
            foreach (var (userId, answer) in demo.Answers)
            {
                session.Rsvps.Add(new SessionRsvp(session.Id, userId, answer, Min(written.AddDays(1), now)));
            }

            if (demo.Attended is { } attended)
            {
                var notes = demo.Notes ?? string.Empty;
                session.RecordOutcome(demo.RecordingUrl, notes, notes.Length == 0 ? string.Empty : markdown.RenderUserContent(notes).Html, learners,
                    attended.ToHashSet(StringComparer.Ordinal), demo.EndsAt.AddHours(2));
            }

            data.LiveSessions.Add(session);
        }

        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static DateTimeOffset Min(DateTimeOffset one, DateTimeOffset other) => one < other ? one : other;
}
