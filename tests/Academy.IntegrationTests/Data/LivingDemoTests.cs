using Academy.IntegrationTests.Infrastructure;
using Academy.Reflections.Domain;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Data;

/// <summary>The Development demo as <c>dotnet run</c> starts it: the cohort in its third week.</summary>
public sealed class LivingDemoSqliteApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Activity"] = "true" };
}

public sealed class LivingDemoPostgresApp : PostgresApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Demo:Activity"] = "true" };
}

/// <summary>
/// The demo seed makes a living cohort in week 3, written once and never over what people changed, and the same
/// story every time: the same texts in the same places on every database.
/// </summary>
public abstract class LivingDemoTests<TApp>(TApp app) where TApp : AcademyApp
{
    private const string Cohort = "mba-2026";

    /// <summary>What the seed made, counted per kind.</summary>
    private Task<Dictionary<string, int>> CountsAsync() => app.WithDbAsync(async db => new Dictionary<string, int>
    {
        ["threads started by people"] = await db.Threads.CountAsync(t => t.CohortSlug == Cohort && t.AuthorId != string.Empty),
        ["posts by people"] = await db.Posts.CountAsync(p => p.AuthorId != string.Empty && db.Set<Academy.Discussions.Domain.DiscussionThread>().Any(t => t.Id == p.ThreadId && t.CohortSlug == Cohort)),
        ["sub-replies"] = await db.Posts.CountAsync(p => p.ParentSequence != null && db.Set<Academy.Discussions.Domain.DiscussionThread>().Any(t => t.Id == p.ThreadId && t.CohortSlug == Cohort)),
        ["quotes"] = await db.Posts.CountAsync(p => p.QuotedSequence != null && db.Set<Academy.Discussions.Domain.DiscussionThread>().Any(t => t.Id == p.ThreadId && t.CohortSlug == Cohort)),
        ["likes"] = await db.PostLikes.CountAsync(l => db.Set<Academy.Discussions.Domain.Post>().Any(p => p.Id == l.PostId && db.Set<Academy.Discussions.Domain.DiscussionThread>().Any(t => t.Id == p.ThreadId && t.CohortSlug == Cohort))),
        ["flags"] = await db.PostFlags.CountAsync(f => f.CohortSlug == Cohort),
        ["draft reflections"] = await db.Reflections.CountAsync(r => r.CohortSlug == Cohort && r.Status == ReflectionStatus.Draft),
        ["submitted, waiting for review"] = await db.Reflections.CountAsync(r => r.CohortSlug == Cohort && r.Status == ReflectionStatus.Submitted),
        ["late"] = await db.Reflections.CountAsync(r => r.CohortSlug == Cohort && r.IsLate),
        ["returned for revision"] = await db.Reflections.CountAsync(r => r.CohortSlug == Cohort && r.Status == ReflectionStatus.Returned),
        ["reviewed and complete"] = await db.Reflections.CountAsync(r => r.CohortSlug == Cohort && r.Status == ReflectionStatus.Completed),
        ["shared to the gallery"] = await db.Reflections.CountAsync(r => r.CohortSlug == Cohort && r.Audience == ReflectionAudience.Cohort),
        ["gallery comments"] = await db.ReflectionComments.CountAsync(c => db.Set<Academy.Reflections.Domain.Reflection>().Any(r => r.Id == c.ReflectionId && r.CohortSlug == Cohort)),
        ["extension requests waiting"] = await db.Reflections.CountAsync(r => r.CohortSlug == Cohort && r.ExtensionRequestedUntil != null),
        ["assignments peer reviewed"] = await db.PeerReviewSettings.CountAsync(s => s.CohortSlug == Cohort && s.IsOn),
        ["peer reviews sent"] = await db.PeerReviews.CountAsync(r => r.CohortSlug == Cohort && r.SubmittedAt != null),
        ["peer reviews being written"] = await db.PeerReviews.CountAsync(r => r.CohortSlug == Cohort && r.SubmittedAt == null),
        ["connection requests waiting"] = await db.ConnectionRequests.CountAsync(r => r.Status == Academy.Cohorts.Domain.RequestStatus.Pending),
        ["introductions in progress"] = await db.Introductions.CountAsync(i => i.Status == Academy.Cohorts.Domain.IntroductionStatus.Asked
                                                                                || i.Status == Academy.Cohorts.Domain.IntroductionStatus.Forwarded),
        ["notifications waiting for learner1"] = await db.Notifications.CountAsync(n => n.ReadAt == null
                                                                                         && db.Users.Any(u => u.Id == n.UserId && u.Email == "learner1@academy.test")),
        ["modules opened"] = await db.ModuleProgress.CountAsync(p => p.CohortSlug == Cohort),
        ["modules completed"] = await db.ModuleProgress.CountAsync(p => p.CohortSlug == Cohort && p.CompletedAt != null),
        ["live sessions"] = await db.LiveSessions.CountAsync(s => db.Set<Academy.Cohorts.Domain.Cohort>().Any(c => c.Id == s.CohortId && c.Slug == Cohort)),
        ["session answers"] = await db.SessionRsvps.CountAsync(r => db.Set<Academy.Cohorts.Domain.LiveSession>().Any(s => s.Id == r.SessionId
            && db.Set<Academy.Cohorts.Domain.Cohort>().Any(c => c.Id == s.CohortId && c.Slug == Cohort))),
        ["attendance marked present"] = await db.SessionAttendance.CountAsync(a => a.Attended && db.Set<Academy.Cohorts.Domain.LiveSession>().Any(s => s.Id == a.SessionId
            && db.Set<Academy.Cohorts.Domain.Cohort>().Any(c => c.Id == s.CohortId && c.Slug == Cohort))),
    });

    [Fact]
    public async Task The_demo_cohort_is_in_its_third_week_with_every_kind_of_activity()
    {
        var counts = await CountsAsync();

        Assert.Equal(new Dictionary<string, int>
        {
            ["threads started by people"] = 4, ["posts by people"] = 31, ["sub-replies"] = 6, ["quotes"] = 1, ["likes"] = 55, ["flags"] = 1,
            ["draft reflections"] = 3, ["submitted, waiting for review"] = 5, ["late"] = 2, ["returned for revision"] = 1,
            ["reviewed and complete"] = 4, ["shared to the gallery"] = 2, ["gallery comments"] = 3, ["extension requests waiting"] = 1,
            ["assignments peer reviewed"] = 1, ["peer reviews sent"] = 5, ["peer reviews being written"] = 1,
            ["connection requests waiting"] = 1, ["introductions in progress"] = 2, ["notifications waiting for learner1"] = 5,
            ["modules opened"] = 17, ["modules completed"] = 10, ["live sessions"] = 4, ["session answers"] = 8, ["attendance marked present"] = 13,
        }, counts);

        var lounge = await app.WithDbAsync(db => (
            from thread in db.Threads join space in db.Spaces on thread.SpaceId equals space.Id
            where space.CohortSlug == Cohort && space.Key == "lounge"
            select thread.Title).ToListAsync());
        Assert.Contains("Introductions: who we are and what we hope to change", lounge);
        var newest = await app.WithDbAsync(db => db.Posts.Where(p => db.Set<Academy.Discussions.Domain.DiscussionThread>().Any(t => t.Id == p.ThreadId && t.CohortSlug == Cohort)).MaxAsync(p => p.CreatedAt));
        Assert.True(newest <= DateTimeOffset.UtcNow, "Nothing is dated in the future.");
    }

    [Fact]
    public async Task The_instructor_finds_work_waiting_and_learner1_finds_news()
    {
        using var instructor = app.CreateAcademyClient();
        await instructor.SignInAsync("instructor@academy.test");
        var dashboard = await instructor.GetAsync($"/teach/cohorts/{Cohort}");
        var queue = dashboard.Text(".attention-list");
        Assert.Contains("Daniel Okafor", queue); // a late reflection to review
        Assert.Contains("James Whitfield", queue); // his extension request and his unanswered thread
        Assert.Contains("Sofia Lindqvist", queue); // her flag
        Assert.Contains("Priya Raman", queue); // quiet for more than a week
        Assert.Contains("Daniel Okafor missed the last two live sessions", queue);
        Assert.Contains("Week 1: what your radar picks up", dashboard.Text(".attendance-table"));

        using var aino = app.CreateAcademyClient();
        await aino.SignInAsync("learner1@academy.test");
        Assert.Equal("{\"unread\":5}", await aino.Http.GetStringAsync("/notifications/unread-count"));
        var discussions = await aino.GetAsync($"/cohorts/{Cohort}/discussions");
        Assert.NotEmpty(discussions.Document.QuerySelectorAll(".badge.new"));
        var home = await aino.GetAsync("/");
        Assert.Contains("2 of 7 modules completed", home.Text("main"));
        Assert.Contains("Week 3: networks over teams", home.Text(".learning-card .next-session"));
        Assert.Contains("Helsinki time", home.Text(".learning-card .next-session"));
        var reflection = await aino.GetAsync($"/cohorts/{Cohort}/reflections/my-reasons");
        Assert.Contains("Feedback from Elina Saarinen: 14 of 16 points", reflection.Text("main"));
    }

    [Fact]
    public async Task The_seed_is_written_once_and_never_over_what_people_changed()
    {
        using var aino = app.CreateAcademyClient();
        await aino.SignInAsync("learner1@academy.test");
        var editor = await aino.GetAsync($"/cohorts/{Cohort}/reflections/walking-the-talk");
        await aino.SubmitAsync(editor, "reflection", new Dictionary<string, string> { ["Input.Body"] = "Rewritten by Aino herself.", ["Input.Action"] = "save" });
        var before = await CountsAsync();

        await app.WithScopeAsync(async services =>
        {
            await Academy.Web.Startup.DemoSeeder.SeedAsync(services, CancellationToken.None);
            return 0;
        });

        Assert.Equal(before, await CountsAsync());
        var draft = await app.WithDbAsync(db => db.Reflections.Where(r => r.CohortSlug == Cohort && r.AssignmentSlug == "walking-the-talk"
            && db.Users.Any(u => u.Id == r.UserId && u.Email == "learner1@academy.test")).Select(r => r.DraftMarkdown).SingleAsync());
        Assert.Equal("Rewritten by Aino herself.", draft);
    }

    /// <summary>The story without its moments: who wrote what, where, in which order; and each reflection's state.</summary>
    internal Task<List<string>> StoryAsync() => app.WithDbAsync(async db =>
    {
        var posts = await (
            from post in db.Posts
            join thread in db.Threads on post.ThreadId equals thread.Id
            join space in db.Spaces on thread.SpaceId equals space.Id
            where thread.CohortSlug == Cohort && post.AuthorId != string.Empty
            orderby space.Key, thread.Title, post.Sequence
            select new { space.Key, thread.Title, post.Sequence, post.AuthorName, post.ParentSequence, post.LikeCount, post.BodyMarkdown })
            .ToListAsync();
        var reflections = await db.Reflections.Where(r => r.CohortSlug == Cohort).OrderBy(r => r.AssignmentSlug).ThenBy(r => r.AuthorName)
            .Select(r => new { r.AssignmentSlug, r.AuthorName, r.Status, r.IsLate, r.DraftMarkdown }).ToListAsync();
        return posts.Select(p => string.Join(" | ", p.Key, p.Title, p.Sequence, p.AuthorName, p.ParentSequence, p.LikeCount, p.BodyMarkdown))
            .Concat(reflections.Select(r => string.Join(" | ", r.AssignmentSlug, r.AuthorName, r.Status, r.IsLate, r.DraftMarkdown)))
            .ToList();
    });
}

[Collection(LivingDemoSqliteCollection.Name)]
public sealed class SqliteLivingDemoTests(LivingDemoSqliteApp app) : LivingDemoTests<LivingDemoSqliteApp>(app);

[Collection(LivingDemoPostgresCollection.Name)]
public sealed class PostgresLivingDemoTests(LivingDemoPostgresApp app) : LivingDemoTests<LivingDemoPostgresApp>(app);

[CollectionDefinition(Name)]
public sealed class LivingDemoSqliteCollection : ICollectionFixture<LivingDemoSqliteApp>
{
    public const string Name = "Living demo, SQLite";
}

[CollectionDefinition(Name)]
public sealed class LivingDemoPostgresCollection : ICollectionFixture<LivingDemoPostgresApp>
{
    public const string Name = "Living demo, PostgreSQL";
}

/// <summary>Deterministic: two databases seeded apart tell the same story.</summary>
public sealed class LivingDemoDeterminismTests
{
    [Fact]
    public async Task The_same_seed_gives_the_same_cohort_on_every_database()
    {
        using var sqlite = new LivingDemoSqliteApp();
        using var postgres = new LivingDemoPostgresApp();

        var first = await new SqliteLivingDemoTests(sqlite).StoryAsync();
        var second = await new PostgresLivingDemoTests(postgres).StoryAsync();

        Assert.True(first.Count > 40, $"Only {first.Count} lines of story.");
        Assert.Equal(first, second);
    }
}
