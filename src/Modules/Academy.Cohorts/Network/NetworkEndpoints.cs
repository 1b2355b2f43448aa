using Academy.Cohorts.People;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Academy.Cohorts.Network;

internal static class NetworkEndpoints
{
    /// <summary>The graph for the network page's script, and members' pictures; both only for members of the cohort.</summary>
    public static void MapNetwork(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cohorts/{cohort}/network/graph.json", async (string cohort, IMediator mediator) =>
            {
                var network = await mediator.Send(new GetCohortNetwork(cohort));
                return TypedResults.Json(new
                {
                    me = network.Me,
                    nodes = network.Nodes.Select(node => new { id = node.Id, name = node.Name, initials = node.Initials, role = node.Role, degree = node.Degree, url = node.Url }),
                    edges = network.Edges.Select(edge => new { source = edge.Source, target = edge.Target, mine = edge.Mine }),
                });
            })
            .RequireAuthorization();

        endpoints.MapGet("/cohorts/{cohort}/people/{member}/avatar", async (string cohort, string member, IMediator mediator, HttpContext context) =>
            {
                var avatar = await mediator.Send(new GetAvatar(cohort, member));
                // The address changes with every upload (?v=), so the browser may keep it; it is private to members.
                context.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
                return TypedResults.File(avatar.Bytes, avatar.ContentType);
            })
            .RequireAuthorization();
    }
}
