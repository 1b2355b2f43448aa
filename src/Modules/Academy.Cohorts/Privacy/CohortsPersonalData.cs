using Academy.Contracts.Privacy;
using Academy.Cohorts.Data;
using Academy.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Privacy;

/// <summary>
/// A member's place in their cohorts and network: memberships, profile and picture, connections, requests,
/// introductions, notifications, and their answers to live sessions and attendance. All of it goes with the account; a connection someone else made through
/// an introduction by them keeps the connection and loses the introducer.
/// Private messages are handled as forum posts are: the download has the messages the person wrote (never what others wrote
/// to them, nor who blocked them); after deletion their messages stay in the conversation under "Former member", without their
/// id, and the conversation stays for the others. What is only theirs goes: their place in conversations, their blocks, and
/// message requests never answered (not yet a conversation anyone shares). Their reports stay for the admins, without who made them.
/// </summary>
internal sealed class CohortsPersonalData(ICohortsData data, PublicSite site, Academy.Cohorts.People.DirectoryMemory memory) : IPersonalDataProvider
{
    public string Area => "Cohorts and network";

    public async Task<IReadOnlyDictionary<string, object>> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var profile = await data.MemberProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        var avatar = await data.MemberAvatars.Where(a => a.UserId == userId)
            .Select(a => new { a.ContentType, a.Bytes, a.UpdatedAt }).SingleOrDefaultAsync(cancellationToken);
        return new Dictionary<string, object>
        {
            ["Memberships"] = await (
                    from member in data.CohortMembers
                    where member.UserId == userId
                    join cohort in data.Cohorts on member.CohortId equals cohort.Id
                    orderby cohort.StartsOn
                    select new { Cohort = cohort.Slug, CohortName = cohort.Name, Role = member.Role.ToString(), NameShown = member.DisplayName, member.JoinedAt })
                .ToListAsync(cancellationToken),
            ["Profile"] = profile is null
                ? new List<object>()
                : [new
                {
                    profile.DisplayName, profile.Headline, profile.Organisation, profile.Industry, profile.Location, Bio = profile.BioMarkdown,
                    profile.Expertise, profile.Interests, LinkedIn = profile.LinkedInUrl, X = profile.XUrl, Blog = profile.BlogUrl,
                    Website = profile.WebsiteUrl, profile.ShowsActivity,
                    Visibility = new
                    {
                        Headline = profile.Visibility.Headline.ToString(), Organisation = profile.Visibility.Organisation.ToString(),
                        Industry = profile.Visibility.Industry.ToString(), Location = profile.Visibility.Location.ToString(),
                        Tags = profile.Visibility.Tags.ToString(),
                    },
                }],
            ["Picture"] = avatar is null ? new List<object>() : [new { avatar.ContentType, Base64 = Convert.ToBase64String(avatar.Bytes), avatar.UpdatedAt }],
            ["Connections"] = await data.Connections.Where(c => c.FirstUserId == userId || c.SecondUserId == userId)
                .Select(c => new
                {
                    With = c.FirstUserId == userId ? c.SecondUserId : c.FirstUserId,
                    WithName = data.MemberProfiles.Where(p => p.UserId == (c.FirstUserId == userId ? c.SecondUserId : c.FirstUserId)).Select(p => p.DisplayName).FirstOrDefault(),
                    c.IntroducedBy, c.CreatedAt,
                })
                .ToListAsync(cancellationToken),
            ["Connection requests"] = await data.ConnectionRequests.Where(r => r.FromUserId == userId || r.ToUserId == userId)
                .Select(r => new { Direction = r.FromUserId == userId ? "sent" : "received", Other = r.FromUserId == userId ? r.ToUserId : r.FromUserId, r.Note, Status = r.Status.ToString(), r.CreatedAt })
                .ToListAsync(cancellationToken),
            ["Introductions"] = await data.Introductions.Where(i => i.RequesterId == userId || i.IntroducerId == userId || i.TargetId == userId)
                .Select(i => new { i.RequesterId, i.IntroducerId, i.TargetId, i.RequesterNote, i.IntroducerNote, Status = i.Status.ToString(), i.CreatedAt })
                .ToListAsync(cancellationToken),
            ["Live session answers"] = await (
                    from rsvp in data.SessionRsvps
                    where rsvp.UserId == userId
                    join session in data.LiveSessions on rsvp.SessionId equals session.Id
                    join cohort in data.Cohorts on session.CohortId equals cohort.Id
                    orderby session.StartsAt
                    select new { Cohort = cohort.Slug, Session = session.Title, session.StartsAt, Answer = rsvp.Answer.ToString(), rsvp.AnsweredAt })
                .ToListAsync(cancellationToken),
            ["Live session attendance"] = await (
                    from attendance in data.SessionAttendance
                    where attendance.UserId == userId
                    join session in data.LiveSessions on attendance.SessionId equals session.Id
                    join cohort in data.Cohorts on session.CohortId equals cohort.Id
                    orderby session.StartsAt
                    select new { Cohort = cohort.Slug, Session = session.Title, session.StartsAt, attendance.Attended, attendance.RecordedAt })
                .ToListAsync(cancellationToken),
            ["Private messages"] = await (
                    from message in data.PrivateMessages
                    where message.AuthorId == userId
                    join conversation in data.Conversations on message.ConversationId equals conversation.Id
                    orderby message.SentAt
                    select new
                    {
                        Conversation = conversation.Id, ConversationTitle = conversation.Title, message.Number, message.SentAt, message.EditedAt,
                        Deleted = message.DeletedAt != null, Text = message.Markdown,
                    })
                .ToListAsync(cancellationToken),
            ["Conversations"] = await data.ConversationMembers.Where(member => member.UserId == userId).OrderBy(member => member.JoinedAt)
                .Select(member => new { Conversation = member.ConversationId, member.JoinedAt, member.IsMuted, member.LastReadNumber })
                .ToListAsync(cancellationToken),
            // Only the blocks the person made: that someone blocked them is never revealed, here neither.
            ["People blocked"] = await data.PersonBlocks.Where(block => block.BlockerId == userId).OrderBy(block => block.CreatedAt)
                .Select(block => new { Blocked = block.BlockedId, block.CreatedAt }).ToListAsync(cancellationToken),
            ["Messages reported"] = await (
                    from report in data.MessageReports
                    where report.ReporterId == userId
                    join message in data.PrivateMessages on report.MessageId equals message.Id
                    orderby report.ReportedAt
                    select new { Conversation = message.ConversationId, Message = message.Number, report.Reason, report.ReportedAt, Outcome = report.Outcome.ToString() })
                .ToListAsync(cancellationToken),
            // The file leaves the site, so its links are absolute, from the configured address.
            ["Notifications"] = (await data.Notifications.Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt)
                    .Select(n => new { n.Text, n.Url, n.CreatedAt, n.ReadAt }).ToListAsync(cancellationToken))
                .Select(n => new { n.Text, Url = site.Link(n.Url), n.CreatedAt, n.ReadAt }).ToList(),
        };
    }

    public async Task EraseAsync(string userId, CancellationToken cancellationToken)
    {
        await data.CohortMembers.Where(m => m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.MemberAvatars.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.MemberProfiles.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.Connections.Where(c => c.FirstUserId == userId || c.SecondUserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.Connections.Where(c => c.IntroducedBy == userId)
            .ExecuteUpdateAsync(c => c.SetProperty(x => x.IntroducedBy, (string?)null), cancellationToken);
        await data.ConnectionRequests.Where(r => r.FromUserId == userId || r.ToUserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.Introductions.Where(i => i.RequesterId == userId || i.IntroducerId == userId || i.TargetId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.Notifications.Where(n => n.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.SessionRsvps.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.SessionAttendance.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await EraseMessagesAsync(userId, cancellationToken);
    }

    private async Task EraseMessagesAsync(string userId, CancellationToken cancellationToken)
    {
        const string former = FormerMember.Name;

        // A message request never answered was not yet a conversation for anyone but its sender: it goes whole.
        var requests = data.Conversations.Where(c => c.IsRequest && c.Members.Any(member => member.UserId == userId)).Select(c => c.Id);
        await data.MessageReports.Where(r => data.PrivateMessages.Any(m => m.Id == r.MessageId && requests.Contains(m.ConversationId))).ExecuteDeleteAsync(cancellationToken);
        await data.PrivateMessages.Where(m => requests.Contains(m.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await data.ConversationMembers.Where(member => requests.Contains(member.ConversationId)).ExecuteDeleteAsync(cancellationToken);
        await data.Conversations.Where(c => c.IsRequest && !data.ConversationMembers.Any(member => member.ConversationId == c.Id)).ExecuteDeleteAsync(cancellationToken);

        // Shared conversations stay for the others, with what the person wrote under "Former member".
        await data.PrivateMessages.Where(m => m.AuthorId == userId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.AuthorId, (string?)null).SetProperty(x => x.AuthorName, former), cancellationToken);
        await data.ConversationMembers.Where(member => member.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await data.PersonBlocks.Where(b => b.BlockerId == userId || b.BlockedId == userId).ExecuteDeleteAsync(cancellationToken);

        // Reports stay for the admins (what was reported, and why), without who made or resolved them.
        await data.MessageReports.Where(r => r.ReporterId == userId)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ReporterId, (string?)null).SetProperty(x => x.ReporterName, former), cancellationToken);
        await data.MessageReports.Where(r => r.ResolvedById == userId)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ResolvedById, (string?)null).SetProperty(x => x.ResolvedByName, former), cancellationToken);
        memory.Forget();
    }
}
