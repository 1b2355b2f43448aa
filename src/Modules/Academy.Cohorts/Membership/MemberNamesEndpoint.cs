using Academy.Contracts.Cohorts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Academy.Cohorts.Membership;

internal static class MemberNamesEndpoint
{
    /// <summary>The names of a cohort's members, for @mention suggestions in the composer (members only).</summary>
    public static void MapMemberNames(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/cohorts/{cohort}/members/names", async (string cohort, IMediator mediator) =>
                TypedResults.Json((await mediator.Send(new GetCohortMembers(cohort))).Select(member => member.DisplayName).Distinct()))
            .RequireAuthorization();
}
