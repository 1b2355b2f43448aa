using Academy.Contracts.Privacy;
using Academy.Cohorts.Data;
using Academy.Shared.Links;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Privacy;

/// <summary>
/// A member's place in their cohorts and network: memberships, profile and picture, connections, requests,
/// introductions, notifications, and their answers to live sessions and attendance. All of it goes with the account; a connection someone else made through
/// an introduction by them keeps the connection and loses the introducer.
/// </summary>
internal sealed class CohortsPersonalData(ICohortsData data, PublicSite site) : IPersonalDataProvider
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
    }
}
