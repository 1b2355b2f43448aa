using Academy.Contracts.Cohorts;
using Academy.Courses.Catalogue.ListCourses;
using Academy.Courses.Catalogue.ViewModule;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Academy.Shared.Mediation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Academy.IntegrationTests.Pipeline;

[Collection(SqliteCollection.Name)]
public sealed class MediationTests(SqliteApp app)
{
    [Fact]
    public async Task A_request_not_marked_anonymous_is_denied_to_a_caller_nobody_signed_in_as_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => app.WithScopeAsync(services =>
            services.GetRequiredService<IMediator>().Send(new GetModule("social-media-for-leaders", "why-leaders-engage"))));
    }

    [Fact]
    public async Task A_request_marked_anonymous_runs_for_anyone()
    {
        var courses = await app.WithScopeAsync(services => services.GetRequiredService<IMediator>().Send(new ListCourses()));

        Assert.Contains(courses, course => course.Slug == "social-media-for-leaders");
    }

    [Fact]
    public async Task A_failing_subscriber_is_logged_and_the_other_subscribers_still_run()
    {
        var reached = new List<string>();
        var log = new RecordingLogger();
        var services = new ServiceCollection();
        services.AddSingleton(reached);
        services.AddTransient<INotificationHandler<MemberRenamed>, FailingSubscriber>();
        services.AddTransient<INotificationHandler<MemberRenamed>, RecordingSubscriber>();
        await using var provider = services.BuildServiceProvider();
        var mediator = new AcademyMediator(provider.GetRequiredService, provider.GetRequiredService<IServiceScopeFactory>(), log);

        await mediator.Publish(new MemberRenamed("user", "New Name"));

        Assert.Equal(["New Name"], reached);
        var entry = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Equal("FailingSubscriber failed on MemberRenamed; what it wrote is dropped and the other subscribers still run", entry.Message);
        Assert.Equal("first subscriber fails", Assert.IsType<InvalidOperationException>(entry.Exception).Message);
    }

    private sealed class FailingSubscriber : INotificationHandler<MemberRenamed>
    {
        public Task Handle(MemberRenamed notification, CancellationToken cancellationToken) => throw new InvalidOperationException("first subscriber fails");
    }

    private sealed class RecordingSubscriber(List<string> reached) : INotificationHandler<MemberRenamed>
    {
        public Task Handle(MemberRenamed notification, CancellationToken cancellationToken)
        {
            reached.Add(notification.DisplayName);
            return Task.CompletedTask;
        }
    }

    /// <summary>Keeps what is logged, to read it back.</summary>
    private sealed class RecordingLogger : ILogger<AcademyMediator>
    {
        public List<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception), exception));
    }
}
