using System.Collections.Concurrent;
using Academy.Contracts.Cohorts;
using Academy.Contracts.Sessions;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Time;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Cohorts.Sessions;

/// <summary>
/// The app's clock, which a test may stop at a moment (always later than now, so cookies and keys made at the real
/// time stay good) to see a page as it is then; it runs with the real time otherwise.
/// </summary>
public sealed class SessionClock : TimeProvider
{
    public DateTimeOffset? StoppedAt { get; set; }

    public override DateTimeOffset GetUtcNow() => StoppedAt ?? System.GetUtcNow();
}

/// <summary>What the sessions published for other modules (the e-mail half subscribes to the same).</summary>
public sealed class PublishedSessionNotices
{
    public ConcurrentQueue<INotification> All { get; } = new();

    public IEnumerable<T> Of<T>(string cohortSlug) where T : INotification => All.OfType<T>().Where(notice => CohortOf(notice) == cohortSlug);

    private static string CohortOf(INotification notice) => notice switch
    {
        SessionScheduled scheduled => scheduled.Session.CohortSlug,
        SessionChanged changed => changed.Session.CohortSlug,
        SessionCancelled cancelled => cancelled.Session.CohortSlug,
        _ => string.Empty,
    };
}

internal sealed class RecordSessionNotices(PublishedSessionNotices notices)
    : INotificationHandler<SessionScheduled>, INotificationHandler<SessionChanged>, INotificationHandler<SessionCancelled>
{
    public Task Handle(SessionScheduled notification, CancellationToken cancellationToken) => Record(notification);

    public Task Handle(SessionChanged notification, CancellationToken cancellationToken) => Record(notification);

    public Task Handle(SessionCancelled notification, CancellationToken cancellationToken) => Record(notification);

    private Task Record(INotification notification)
    {
        notices.All.Enqueue(notification);
        return Task.CompletedTask;
    }
}

public interface ISessionsApp
{
    SessionClock Clock { get; }

    PublishedSessionNotices Notices { get; }
}

internal static class SessionsAppServices
{
    public static void Add(IWebHostBuilder builder, SessionClock clock, PublishedSessionNotices notices) => builder.ConfigureTestServices(services =>
    {
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(notices);
        services.AddTransient<INotificationHandler<SessionScheduled>, RecordSessionNotices>();
        services.AddTransient<INotificationHandler<SessionChanged>, RecordSessionNotices>();
        services.AddTransient<INotificationHandler<SessionCancelled>, RecordSessionNotices>();
    });
}

public sealed class SessionsSqliteApp : SqliteApp, ISessionsApp
{
    public SessionClock Clock { get; } = new();

    public PublishedSessionNotices Notices { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SessionsAppServices.Add(builder, Clock, Notices);
    }
}

public sealed class SessionsPostgresApp : PostgresApp, ISessionsApp
{
    public SessionClock Clock { get; } = new();

    public PublishedSessionNotices Notices { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        SessionsAppServices.Add(builder, Clock, Notices);
    }
}

[CollectionDefinition(Name)]
public sealed class SqliteSessionsCollection : ICollectionFixture<SessionsSqliteApp>
{
    public const string Name = "SQLite live sessions";
}

[CollectionDefinition(Name)]
public sealed class PostgresSessionsCollection : ICollectionFixture<SessionsPostgresApp>
{
    public const string Name = "PostgreSQL live sessions";
}

/// <summary>A cohort with its instructor and learners, each with a signed-in client.</summary>
public sealed record TestCohort(
    string Slug, AcademyClient Instructor, string InstructorId, IReadOnlyList<(AcademyClient Client, string UserId, string Name)> Learners)
{
    public AcademyClient Learner => Learners[0].Client;

    public string LearnerId => Learners[0].UserId;
}

/// <summary>What the session tests share: people, cohorts and sessions arranged through the app's own requests; the clock put back after each test.</summary>
public abstract class SessionsTestBase<TApp>(TApp app) : IDisposable where TApp : AcademyApp, ISessionsApp
{
    public const string Helsinki = "Europe/Helsinki";

    protected TApp App => app;

    public async Task<TestCohort> CohortAsync(int learners = 1, string name = "Session")
    {
        var (instructor, instructorId) = await app.NewLearnerAsync($"{name} Instructor");
        var people = new List<(AcademyClient, string, string)>();
        for (var i = 1; i <= learners; i++)
        {
            var learnerName = $"{name} Learner {i}";
            var (client, id) = await app.NewLearnerAsync(learnerName);
            people.Add((client, id, learnerName));
        }

        var slug = await app.NewCohortAsync(Arrange.Today.AddDays(-7),
            members: [(instructorId, CohortRole.Instructor), .. people.Select(p => (p.Item2, CohortRole.Learner))]);
        return new TestCohort(slug, instructor, instructorId, people);
    }

    /// <summary>Schedules a session as the cohort's instructor, times in Helsinki time; answers its number.</summary>
    public Task<int> ScheduleAsync(TestCohort cohort, DateOnly on, TimeOnly starts, TimeOnly ends, string title = "Weekly session",
        string? module = null, string? link = "https://meet.example.com/weekly", string? place = null, string agenda = "") =>
        app.SendAsAsync(cohort.InstructorId, new Academy.Cohorts.Sessions.ScheduleSession(cohort.Slug, title, agenda, on, starts, ends, link, place, module));

    public static DateTimeOffset InHelsinki(DateOnly on, TimeOnly at) => ZonedTime.Instant(on, at, Helsinki)!.Value;

    public Task<Guid> SessionIdAsync(string cohortSlug, int number) => app.WithDbAsync(db =>
        db.Set<Academy.Cohorts.Domain.LiveSession>().Where(s => s.Number == number && db.Set<Academy.Cohorts.Domain.Cohort>().Any(c => c.Id == s.CohortId && c.Slug == cohortSlug))
            .Select(s => s.Id).SingleAsync());

    public void Dispose()
    {
        app.Clock.StoppedAt = null;
        GC.SuppressFinalize(this);
    }
}
