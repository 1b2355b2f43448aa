using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Academy.Web.Account.SignOut;

internal static class SignOutEndpoint
{
    /// <summary>Sign-out is a form post (with antiforgery, validated because the endpoint binds the form).</summary>
    public static IEndpointRouteBuilder MapSignOut(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Account/Logout", async ([FromForm] string? returnUrl, IMediator mediator) =>
        {
            await mediator.Send(new SignOut());
            return TypedResults.LocalRedirect(AccountRules.LocalOrHome(returnUrl));
        });
        return endpoints;
    }
}
