using Academy.Contracts.Cohorts;
using Academy.Courses.Catalogue.ListCourses;
using Academy.Courses.Catalogue.ViewModule;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Errors;
using Academy.Shared.Mediation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

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
        var handlers = new INotificationHandler<MemberRenamed>[]
        {
            new Subscriber(_ => throw new InvalidOperationException("first subscriber fails")),
            new Subscriber(notification => reached.Add(notification.DisplayName)),
        };
        var mediator = new ResilientMediator(
            type => type == typeof(IEnumerable<INotificationHandler<MemberRenamed>>) ? handlers : Array.CreateInstance(type.GetGenericArguments()[0], 0),
            NullLogger<ResilientMediator>.Instance);

        await mediator.Publish(new MemberRenamed("user", "New Name"));

        Assert.Equal(["New Name"], reached);
    }

    private sealed class Subscriber(Action<MemberRenamed> action) : INotificationHandler<MemberRenamed>
    {
        public Task Handle(MemberRenamed notification, CancellationToken cancellationToken)
        {
            action(notification);
            return Task.CompletedTask;
        }
    }
}
