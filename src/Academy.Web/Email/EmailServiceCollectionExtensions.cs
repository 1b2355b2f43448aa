namespace Academy.Web.Email;

internal static class EmailServiceCollectionExtensions
{
    /// <summary>The outbox every e-mail goes through, its sender (unless <c>Email:DeliverOutbox</c> is false) and the unsubscribe links.</summary>
    public static IServiceCollection AddAcademyEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddTransient<Mailer>();
        services.AddSingleton<EmailTemplate>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<Academy.Shared.Email.IEmailOutbox>(provider => provider.GetRequiredService<EmailOutbox>());
        services.AddScoped<OutboxSender>();
        if (configuration.GetValue("Email:DeliverOutbox", true))
        {
            services.AddHostedService<OutboxSenderService>();
        }

        return services;
    }
}
