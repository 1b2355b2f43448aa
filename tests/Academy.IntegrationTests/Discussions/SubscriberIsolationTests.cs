using System.Security.Claims;
using Academy.Contracts.Cohorts;
using Academy.Discussions.Data;
using Academy.Discussions.Notifying;
using Academy.IntegrationTests.Infrastructure;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Discussions;

/// <summary>A subscriber to new replies that writes a draft row, then fails, before the real subscribers run.</summary>
internal sealed class FailingReplySubscriber(IDiscussionsData data) : INotificationHandler<ReplyPosted>
{
    public const string LeftBehind = "written by a subscriber that then failed";

    public Task Handle(ReplyPosted notification, CancellationToken cancellationToken)
    {
        var draft = new Academy.Discussions.Domain.Draft(notification.Post.AuthorId, notification.Post.CohortSlug, "new:lounge");
        draft.Update(string.Empty, LeftBehind, DateTimeOffset.UtcNow);
        data.Drafts.Add(draft);
        throw new InvalidOperationException("This subscriber fails after adding a row.");
    }
}

public abstract class SubscriberIsolationTests<TApp>(TApp app) where TApp : AcademyApp
{
    [Fact]
    public async Task A_failing_subscriber_leaves_the_reply_saved_the_others_run_and_nothing_behind_for_the_next_save()
    {
        var (_, firstId) = await app.NewLearnerAsync("Isolated Author");
        var (second, secondId) = await app.NewLearnerAsync("Isolated Replier");
        var cohort = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: [(firstId, CohortRole.Learner), (secondId, CohortRole.Learner)]);
        await app.SendAsAsync(firstId, new Academy.Discussions.Spaces.ViewDiscussions.GetDiscussions(cohort)); // the first visit opens the spaces
        var thread = await app.SendAsAsync(firstId, new Academy.Discussions.Threads.StartThread.StartThread(cohort, "lounge", "Isolation", "Who hears of a reply?"));

        // The reply and then an unrelated save by the same person, in one scope: one DbContext, as in one request.
        await app.WithScopeAsync(async services =>
        {
            services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
            {
                RequestServices = services,
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, secondId)], "test")),
            };
            var mediator = services.GetRequiredService<IMediator>();
            await mediator.Send(new Academy.Discussions.Threads.PostReply.PostReply(cohort, thread, "A reply that must survive its subscribers."));
            await mediator.Send(new Academy.Discussions.Composer.SaveDraft(cohort, $"thread:{thread}", string.Empty, "An unrelated draft, saved next."));
            return 0;
        });

        var (replies, notified, leftBehind, unrelated) = await app.WithDbAsync(async db => (
            await db.Posts.CountAsync(p => p.AuthorId == secondId && p.BodyMarkdown == "A reply that must survive its subscribers."),
            await db.Notifications.CountAsync(n => n.UserId == firstId && n.Text.Contains("replied to your post")),
            await db.Drafts.CountAsync(d => d.Body == FailingReplySubscriber.LeftBehind),
            await db.Drafts.CountAsync(d => d.UserId == secondId && d.Body == "An unrelated draft, saved next.")));
        Assert.Equal(1, replies);
        Assert.Equal(1, notified); // the subscriber after the failing one ran
        Assert.Equal(0, leftBehind); // what the failing subscriber added went with its own scope
        Assert.Equal(1, unrelated);
    }
}

/// <summary>The app with <see cref="FailingReplySubscriber"/> registered first among the subscribers to new replies.</summary>
public sealed class FailingSubscriberSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Insert(0, ServiceDescriptor.Transient<INotificationHandler<ReplyPosted>, FailingReplySubscriber>()));
    }
}

public sealed class FailingSubscriberPostgresApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Insert(0, ServiceDescriptor.Transient<INotificationHandler<ReplyPosted>, FailingReplySubscriber>()));
    }
}

public sealed class SqliteSubscriberIsolationTests(FailingSubscriberSqliteApp app)
    : SubscriberIsolationTests<FailingSubscriberSqliteApp>(app), IClassFixture<FailingSubscriberSqliteApp>;

public sealed class PostgresSubscriberIsolationTests(FailingSubscriberPostgresApp app)
    : SubscriberIsolationTests<FailingSubscriberPostgresApp>(app), IClassFixture<FailingSubscriberPostgresApp>;
