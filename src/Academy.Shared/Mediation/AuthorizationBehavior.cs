using System.Collections.Concurrent;
using System.Reflection;
using Academy.Contracts.Access;
using Academy.Shared.Errors;
using Academy.Shared.Security;
using MediatR;

namespace Academy.Shared.Mediation;

/// <summary>
/// Role-only rules, checked before validation and the handler. Deny by default: a request needs a signed-in
/// user unless it is marked <see cref="AllowAnonymousRequestAttribute"/>, or <see cref="AllowBackgroundJobAttribute"/>
/// and sent outside any web request (by a job). Rules about particular objects (cohort membership) live in the
/// handlers. A denial looks exactly like "not found".
/// </summary>
internal sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentUser currentUser, Microsoft.AspNetCore.Http.IHttpContextAccessor http)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, AccessRule> Rules = new();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var rule = Rules.GetOrAdd(typeof(TRequest), AccessRule.For);
        if (!rule.Allows(currentUser, inWebRequest: http.HttpContext is not null))
        {
            throw new NotFoundException($"{typeof(TRequest).Name} is not available to this user.");
        }

        return next();
    }

    private sealed record AccessRule(bool AllowAnonymous, bool AllowBackgroundJob, IReadOnlyList<string> Roles)
    {
        public static AccessRule For(Type requestType) => new(
            requestType.GetCustomAttribute<AllowAnonymousRequestAttribute>() is not null,
            requestType.GetCustomAttribute<AllowBackgroundJobAttribute>() is not null,
            requestType.GetCustomAttribute<RequiresRoleAttribute>()?.Roles ?? []);

        public bool Allows(ICurrentUser user, bool inWebRequest)
        {
            if (AllowAnonymous || (AllowBackgroundJob && !inWebRequest))
            {
                return true;
            }

            return user.IsAuthenticated && (Roles.Count == 0 || Roles.Any(user.IsInRole));
        }
    }
}
