using Academy.Cohorts.Data;
using Academy.Cohorts.Domain;
using Academy.Cohorts.People;
using Academy.Cohorts.Resources;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Cohorts.Connections;

/// <summary>Everything on /connections: my connections, requests in and out, and introductions I asked for, should pass on, or was offered.</summary>
public sealed record GetMyConnections : IRequest<MyConnections>;

public sealed record MyConnections(
    IReadOnlyList<ConnectionLine> Connections, IReadOnlyList<IncomingRequest> Incoming, IReadOnlyList<OutgoingRequest> Outgoing,
    IReadOnlyList<IntroductionToPassOn> ToPassOn, IReadOnlyList<IntroductionOffered> Offered, IReadOnlyList<IntroductionAskedFor> AskedFor);

/// <summary>Someone, with the address of their profile in a cohort we share (none once we share no cohort).</summary>
public sealed record Someone(string UserId, string Name, string? ProfileUrl);

public sealed record ConnectionLine(Someone Person, DateTimeOffset Since, Someone? IntroducedBy);

public sealed record IncomingRequest(Guid Id, Someone From, string Note, DateTimeOffset At, IReadOnlyList<string> Mutual);

public sealed record OutgoingRequest(Guid Id, Someone To, string Note, DateTimeOffset At);

public sealed record IntroductionToPassOn(Guid Id, Someone Requester, Someone Target, string Note, DateTimeOffset At);

public sealed record IntroductionOffered(Guid Id, Someone Requester, Someone Introducer, string RequesterNote, string IntroducerNote, DateTimeOffset At);

/// <summary>An introduction I asked for; the words never reveal that the other person ignored it.</summary>
public sealed record IntroductionAskedFor(Someone Target, Someone Introducer, string Status, DateTimeOffset At);

internal sealed class GetMyConnectionsHandler(ICohortsData data, ICurrentUser currentUser, IStringLocalizer<CohortsText> t) : IRequestHandler<GetMyConnections, MyConnections>
{
    public async Task<MyConnections> Handle(GetMyConnections request, CancellationToken cancellationToken)
    {
        var me = currentUser.UserId;
        var connections = await data.Connections.AsNoTracking()
            .Where(c => c.FirstUserId == me || c.SecondUserId == me)
            .Select(c => new { Other = c.FirstUserId == me ? c.SecondUserId : c.FirstUserId, c.CreatedAt, c.IntroducedBy })
            .ToListAsync(cancellationToken);
        var requests = await data.ConnectionRequests.AsNoTracking()
            .Where(r => r.Status == RequestStatus.Pending && (r.FromUserId == me || (r.ToUserId == me && r.ReachesReceiver
                && !data.PersonBlocks.Any(b => b.BlockerId == me && b.BlockedId == r.FromUserId))))
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        var introductions = await data.Introductions.AsNoTracking()
            .Where(i => (i.RequesterId == me && i.Status != IntroductionStatus.Accepted) ||
                        (i.IntroducerId == me && i.Status == IntroductionStatus.Asked
                            && !data.PersonBlocks.Any(b => b.BlockerId == me && b.BlockedId == i.RequesterId)) ||
                        (i.TargetId == me && i.Status == IntroductionStatus.Forwarded
                            && !data.PersonBlocks.Any(b => b.BlockerId == me && (b.BlockedId == i.RequesterId || b.BlockedId == i.IntroducerId))))
            .OrderByDescending(i => i.CreatedAt)
            .ToListAsync(cancellationToken);

        // Everyone I share a cohort with, once: their name and a profile address.
        var myCohorts = data.CohortMembers.Where(m => m.UserId == me).Select(m => m.CohortId);
        var shared = (await (
                from member in data.CohortMembers
                where myCohorts.Contains(member.CohortId)
                join cohort in data.Cohorts on member.CohortId equals cohort.Id
                orderby cohort.StartsOn descending
                select new { member.UserId, member.DisplayName, cohort.Slug })
            .AsNoTracking()
            .ToListAsync(cancellationToken))
            .DistinctBy(row => row.UserId)
            .ToDictionary(row => row.UserId, row => new Someone(row.UserId, row.DisplayName, $"/cohorts/{row.Slug}/people/{row.UserId}"));
        Someone Who(string userId) => shared.GetValueOrDefault(userId) ?? new Someone(userId, t["A former member"], null);

        var around = await ConnectionsAround.LoadAsync(data, me, cancellationToken);
        return new MyConnections(
            connections.Select(c => new ConnectionLine(Who(c.Other), c.CreatedAt, c.IntroducedBy is null ? null : Who(c.IntroducedBy)))
                .OrderBy(line => line.Person.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
            requests.Where(r => r.ToUserId == me)
                .Select(r => new IncomingRequest(r.Id, Who(r.FromUserId), r.Note, r.CreatedAt, around.MutualWith(r.FromUserId).Select(id => Who(id).Name).ToList()))
                .ToList(),
            requests.Where(r => r.FromUserId == me).Select(r => new OutgoingRequest(r.Id, Who(r.ToUserId), r.Note, r.CreatedAt)).ToList(),
            introductions.Where(i => i.IntroducerId == me && i.Status == IntroductionStatus.Asked)
                .Select(i => new IntroductionToPassOn(i.Id, Who(i.RequesterId), Who(i.TargetId), i.RequesterNote, i.CreatedAt)).ToList(),
            introductions.Where(i => i.TargetId == me && i.Status == IntroductionStatus.Forwarded)
                .Select(i => new IntroductionOffered(i.Id, Who(i.RequesterId), Who(i.IntroducerId), i.RequesterNote, i.IntroducerNote ?? string.Empty, i.ForwardedAt ?? i.CreatedAt))
                .ToList(),
            introductions.Where(i => i.RequesterId == me)
                .Select(i => new IntroductionAskedFor(Who(i.TargetId), Who(i.IntroducerId), i.Status switch
                {
                    IntroductionStatus.Asked => t["Waiting for {0} to pass it on", Who(i.IntroducerId).Name].Value,
                    IntroductionStatus.Declined => t["{0} did not pass it on", Who(i.IntroducerId).Name].Value,
                    // Ignored reads like Forwarded: the person introduced chose privately.
                    _ => t["{0} passed it on", Who(i.IntroducerId).Name].Value,
                }, i.CreatedAt))
                .ToList());
    }
}
