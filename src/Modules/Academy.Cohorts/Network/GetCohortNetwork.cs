using Academy.Cohorts.Data;
using Academy.Cohorts.People;
using Academy.Contracts.Cohorts;
using Academy.Shared.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Academy.Cohorts.Network;

/// <summary>The cohort's connection graph around the viewer, with the figures that matter to them. Two queries, whatever the size.</summary>
public sealed record GetCohortNetwork(string CohortSlug) : IRequest<CohortNetwork>;

public sealed record CohortNetwork(
    string CohortSlug, string CohortName, string Me, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges,
    int MyConnections, int SecondDegree, double Density, IReadOnlyList<NetworkBridge> Bridges);

/// <summary>A member in the graph; <see cref="Degree"/> is "me", "first", "second" or "other" as seen from the viewer.</summary>
public sealed record NetworkNode(string Id, string Name, string Initials, string Role, string Degree, string Url);

public sealed record NetworkEdge(string Source, string Target, bool Mine);

/// <summary>One of my connections, and how many members I am not connected with they could introduce me to.</summary>
public sealed record NetworkBridge(string Name, string Url, int CouldIntroduce, IReadOnlyList<string> Examples);

internal sealed class GetCohortNetworkHandler(ICohortsData data, ICurrentUser currentUser) : IRequestHandler<GetCohortNetwork, CohortNetwork>
{
    public async Task<CohortNetwork> Handle(GetCohortNetwork request, CancellationToken cancellationToken)
    {
        var people = await CohortPeople.LoadAsync(data, currentUser, request.CohortSlug, cancellationToken);
        var memberIds = data.CohortMembers.Where(m => m.CohortId == people.CohortId).Select(m => m.UserId);
        var edges = await data.Connections.AsNoTracking()
            .Where(c => memberIds.Contains(c.FirstUserId) && memberIds.Contains(c.SecondUserId))
            .Select(c => new { c.FirstUserId, c.SecondUserId })
            .ToListAsync(cancellationToken);

        var me = people.ViewerId;
        var neighbours = people.MemberIds.ToDictionary(id => id, _ => new HashSet<string>());
        foreach (var edge in edges)
        {
            neighbours[edge.FirstUserId].Add(edge.SecondUserId);
            neighbours[edge.SecondUserId].Add(edge.FirstUserId);
        }

        var first = neighbours.GetValueOrDefault(me) ?? [];
        var second = first.SelectMany(id => neighbours[id]).Where(id => id != me && !first.Contains(id)).ToHashSet();
        string Degree(string id) => id == me ? "me" : first.Contains(id) ? "first" : second.Contains(id) ? "second" : "other";

        var nodes = people.Everyone()
            .Select(person => new NetworkNode(person.UserId, person.Name, Academy.Shared.Components.Avatar.InitialsOf(person.Name),
                person.Role.ToString(), Degree(person.UserId), person.Url(people.CohortSlug)))
            .ToList();
        var count = nodes.Count;
        var bridges = first
            .Select(id =>
            {
                var reach = neighbours[id].Where(other => other != me && !first.Contains(other)).Select(people.NameOf).Order(StringComparer.CurrentCultureIgnoreCase).ToList();
                return new NetworkBridge(people.NameOf(id), $"/cohorts/{people.CohortSlug}/people/{id}", reach.Count, reach.Take(3).ToList());
            })
            .Where(bridge => bridge.CouldIntroduce > 0)
            .OrderByDescending(bridge => bridge.CouldIntroduce)
            .ThenBy(bridge => bridge.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();

        return new CohortNetwork(people.CohortSlug, people.CohortName, me, nodes,
            edges.Select(edge => new NetworkEdge(edge.FirstUserId, edge.SecondUserId, edge.FirstUserId == me || edge.SecondUserId == me)).ToList(),
            first.Count, second.Count, count < 2 ? 0 : edges.Count / (count * (count - 1) / 2.0), bridges);
    }
}
