using Academy.Web.Resources;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Email.Unsubscribing;

internal static class UnsubscribeEndpoint
{
    /// <summary>
    /// <c>POST /unsubscribe?token=...</c>: the one-click unsubscribe of RFC 8058, which a mail program posts
    /// (<c>List-Unsubscribe=One-Click</c>) without cookies or an antiforgery token, so none is asked for; the signed token
    /// is the authority. Answered 200 with a line of text, no redirect; the confirmation page's own button (which adds
    /// <c>from=page</c>) is sent back to that page, which then says it is done. Ordered before the page's own route, which
    /// shares the address (GET shows the page, which never changes anything).
    /// </summary>
    public static IEndpointRouteBuilder MapUnsubscribe(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/unsubscribe", async (HttpContext context, IMediator mediator, [FromServices] IStringLocalizer<WebText> t, string? token) =>
            {
                var done = await mediator.Send(new Unsubscribe(token ?? string.Empty));
                var fromPage = context.Request.HasFormContentType && (await context.Request.ReadFormAsync()).TryGetValue("from", out var from) && from == "page";
                return fromPage
                    ? Results.Redirect($"/unsubscribe?token={Uri.EscapeDataString(token!)}")
                    : Results.Text(t["Unsubscribed: you will no longer receive e-mails about: {0}.", t[done.Description]], "text/plain; charset=utf-8");
            })
            .DisableAntiforgery()
            .WithOrder(-1);
        return endpoints;
    }
}
