using System.Reflection;
using Academy.Shared.Security;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.Shared.Mediation;

/// <summary>
/// The one place MediatR is wired (version 5.1.0 has no DI package; an upgrade changes this file only).
/// </summary>
public static class MediationServiceCollectionExtensions
{
    public static IServiceCollection AddAcademyMediation(this IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();

        services.AddScoped<ServiceFactory>(provider => provider.GetRequiredService);
        services.AddScoped<IMediator, AcademyMediator>();

        // Behaviours run in registration order, the first outermost.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));

        Type[] scannedInterfaces = [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)];
        foreach (var type in assemblies.Distinct().SelectMany(assembly => assembly.GetTypes()))
        {
            if (type.IsAbstract || type.IsInterface || type.IsGenericTypeDefinition)
            {
                continue;
            }

            foreach (var implemented in type.GetInterfaces())
            {
                if (implemented.IsGenericType && scannedInterfaces.Contains(implemented.GetGenericTypeDefinition()))
                {
                    services.AddTransient(implemented, type);
                }
            }
        }

        return services;
    }
}
