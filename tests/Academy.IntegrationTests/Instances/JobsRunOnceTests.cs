using System.Net;
using Academy.Courses.Authoring;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Jobs;
using Academy.Web.Data;
using Academy.Web.Startup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Instances;

/// <summary>
/// Background jobs run once per period however many instances share the database: the first instance to take the
/// period's lease runs the job, the others find it held; a lease that has run out is taken over.
/// </summary>
public abstract class JobsRunOnceTests(string provider)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task Of_many_asking_at_once_for_a_period_exactly_one_gets_the_lease_and_asking_again_in_that_period_gets_nothing()
    {
        using var instances = AppInstances.Start(provider, 2);
        var job = $"test-{Guid.NewGuid():N}";
        var until = JobLeases.EndOfPeriod(DateTimeOffset.UtcNow, Hour);
        // Twenty would-be holders, each with its own scope and connection, half on each instance, all at once.
        var holders = Enumerable.Range(0, 20).Select(_ => new LeaseHolder()).ToList();

        var granted = await Task.WhenAll(holders.Select((holder, i) => Task.Run(() => AskAsync(instances[i % 2], holder, TimeProvider.System, job, until))));
        var grantedAgain = await Task.WhenAll(holders.Select((holder, i) => AskAsync(instances[i % 2], holder, TimeProvider.System, job, until)));

        Assert.Equal(1, granted.Count(taken => taken));
        Assert.DoesNotContain(true, grantedAgain); // the winner too: the period has had its run
        Assert.Equal(1, await instances[0].WithDbAsync(db => db.Set<JobLease>().CountAsync(lease => lease.Name == job))); // one row, however many raced to add it
    }

    [Fact]
    public async Task A_lease_is_held_to_the_end_of_its_period_and_then_taken_over_by_another_instance()
    {
        using var instances = AppInstances.Start(provider, 2);
        var job = $"test-{Guid.NewGuid():N}";
        var (first, second) = (new LeaseHolder(), new LeaseHolder());
        var clock = new SettableClock(new DateTimeOffset(2026, 12, 3, 10, 0, 30, TimeSpan.Zero));
        var tenToEleven = JobLeases.EndOfPeriod(clock.GetUtcNow(), Hour);

        var firstTakes = await AskAsync(instances[0], first, clock, job, tenToEleven);
        var secondDuringThePeriod = await AskAsync(instances[1], second, clock, job, tenToEleven);
        clock.Now = new DateTimeOffset(2026, 12, 3, 10, 59, 59, TimeSpan.Zero);
        var secondAtItsLastSecond = await AskAsync(instances[1], second, clock, job, tenToEleven);
        clock.Now = new DateTimeOffset(2026, 12, 3, 11, 0, 1, TimeSpan.Zero); // the first instance never came back
        var elevenToNoon = JobLeases.EndOfPeriod(clock.GetUtcNow(), Hour);
        var secondTakesOver = await AskAsync(instances[1], second, clock, job, elevenToNoon);
        var firstAfterwards = await AskAsync(instances[0], first, clock, job, elevenToNoon);

        Assert.Equal(new DateTimeOffset(2026, 12, 3, 11, 0, 0, TimeSpan.Zero), tenToEleven);
        Assert.True(firstTakes);
        Assert.False(secondDuringThePeriod);
        Assert.False(secondAtItsLastSecond);
        Assert.True(secondTakesOver);
        Assert.False(firstAfterwards);
    }

    [Fact]
    public async Task The_holder_may_extend_its_lease_before_it_runs_out_and_nobody_else_may()
    {
        using var instances = AppInstances.Start(provider, 2);
        var job = $"test-{Guid.NewGuid():N}";
        var (holder, other) = (new LeaseHolder(), new LeaseHolder());
        var clock = new SettableClock(new DateTimeOffset(2026, 12, 3, 10, 15, 0, TimeSpan.Zero));

        Assert.True(await AskAsync(instances[0], holder, clock, job, clock.Now.AddMinutes(10)));
        Assert.False(await AskAsync(instances[1], other, clock, job, clock.Now.AddMinutes(30)));
        Assert.True(await AskAsync(instances[0], holder, clock, job, clock.Now.AddMinutes(30)));
        clock.Now = clock.Now.AddMinutes(20); // past the first end, within the extension
        Assert.False(await AskAsync(instances[1], other, clock, job, clock.Now.AddMinutes(30)));
    }

    [Fact]
    public async Task A_scheduled_publication_is_published_once_when_every_instance_runs_the_job()
    {
        using var instances = AppInstances.Start(provider, 3);
        var instructor = instances[0].CreateAcademyClient();
        await instructor.SignInAsync("instructor@academy.test");
        var scheduled = await instructor.SubmitAsync("/teach/courses/social-media-for-leaders/modules/your-radar", "module", new Dictionary<string, string>
        {
            ["Input.Title"] = "Your radar, revised", ["Action"] = "schedule", ["PublishAt"] = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-ddTHH:mm"),
        });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.Status);
        await instances[0].WithDbAsync(db => db.CourseModules.Where(module => module.PublishDraftAt != null)
            .ExecuteUpdateAsync(module => module.SetProperty(m => m.PublishDraftAt, DateTimeOffset.UtcNow.AddMinutes(-1)))); // two days later
        var moduleId = await instances[0].WithDbAsync(db => db.CourseModules.Where(module => module.Slug == "your-radar").Select(module => module.Id).SingleAsync());
        Task<int> RevisionsAsync() => instances[0].WithDbAsync(db => db.ModuleRevisions.CountAsync(revision => revision.ModuleId == moduleId));
        var before = await RevisionsAsync();

        var ran = await Task.WhenAll(instances.All.Select(instance => Task.Run(() =>
            ActivatorUtilities.CreateInstance<ScheduledPublishingService>(instance.Services).RunIfNotRunThisPeriodAsync(CancellationToken.None))));

        Assert.Equal(1, ran.Count(run => run));
        Assert.Equal(before + 1, await RevisionsAsync());
        Assert.Equal("Your radar, revised", await instances[2].WithDbAsync(db => db.ModuleRevisions
            .Where(revision => revision.ModuleId == moduleId)
            .OrderByDescending(revision => revision.Number).Select(revision => revision.Title).FirstAsync()));
    }

    [Fact]
    public async Task A_daily_digest_is_sent_once_when_every_instance_runs_the_job_and_once_when_two_send_without_the_lease()
    {
        using var instances = AppInstances.Start(provider, 3);
        var (aino, mikko) = (instances[0].CreateAcademyClient(), instances[1].CreateAcademyClient());
        await aino.SignInAsync("learner1@academy.test");
        await mikko.SignInAsync("learner2@academy.test");
        var started = await aino.SubmitAsync("/cohorts/mba-2026/discussions/new?space=lounge", "start-thread",
            new Dictionary<string, string> { ["Input.Title"] = "Digest once", ["Input.Body"] = "Tell me by e-mail." });
        var threadUrl = started.RedirectedTo!.Split('?')[0];
        Assert.Equal(HttpStatusCode.Redirect, (await mikko.SubmitAsync(threadUrl, "reply", new Dictionary<string, string> { ["Input.Body"] = "Worth an e-mail." })).Status);
        Task DigestLastSentTwoDaysAgoAsync() => instances[0].WithDbAsync(db => db.Users.Where(user => user.Email == "learner1@academy.test")
            .ExecuteUpdateAsync(user => user.SetProperty(u => u.LastDigestAt, DateTimeOffset.UtcNow.AddDays(-2))));
        async Task<int> DigestsSentAsync()
        {
            await instances[0].DeliverMailAsync(); // the outbox is in the shared database: any instance delivers it
            return instances.All.SelectMany(instance => PickupMail.All(instance.MailFolder)).Count(mail => mail.Contains("Subject: Academy:") && mail.Contains("Digest once"));
        }

        await DigestLastSentTwoDaysAgoAsync();
        var ran = await Task.WhenAll(instances.All.Select(instance => Task.Run(() =>
            ActivatorUtilities.CreateInstance<DailyDigestService>(instance.Services).RunIfNotRunThisPeriodAsync(CancellationToken.None))));
        var sentByTheJob = await DigestsSentAsync();
        await DigestLastSentTwoDaysAgoAsync();
        var sentWithoutLease = await Task.WhenAll(instances.All.Select(instance => Task.Run(() =>
            instance.WithScopeAsync(services => services.GetRequiredService<DailyDigests>().SendDueAsync(CancellationToken.None)))));

        Assert.Equal(1, ran.Count(run => run));
        Assert.Equal(1, sentByTheJob);
        Assert.Equal(1, sentWithoutLease.Sum()); // each member's digest is claimed in the transaction that writes it to the outbox
        Assert.Equal(2, await DigestsSentAsync());
    }

    private static Task<bool> AskAsync(AcademyApp instance, LeaseHolder holder, TimeProvider clock, string job, DateTimeOffset until) =>
        instance.WithScopeAsync(services => new JobLeases(services.GetRequiredService<AcademyDbContext>(), holder, clock).TryAcquireAsync(job, until, CancellationToken.None));

    /// <summary>A clock the test moves, so a period can end without waiting for it.</summary>
    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

public sealed class SqliteJobsRunOnceTests() : JobsRunOnceTests("Sqlite");

public sealed class PostgresJobsRunOnceTests() : JobsRunOnceTests("Postgres");
