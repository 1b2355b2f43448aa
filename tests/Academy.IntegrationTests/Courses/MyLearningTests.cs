using Academy.Cohorts.Demo;
using Academy.Contracts.Cohorts;
using Academy.Courses.Domain;
using Academy.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Academy.IntegrationTests.Courses;

/// <summary>
/// My learning (the home page signed in) in at most three database commands however many cohorts: the cohorts with their
/// next sessions (one question to the Cohorts module), the courses with the catalogue (none while this instance keeps them),
/// and progress with the cohorts' own dates.
/// </summary>
public abstract class MyLearningTests<TApp>(TApp app) where TApp : AcademyApp
{
    [Fact]
    public async Task My_learning_takes_at_most_three_database_commands_with_one_cohort_and_with_several()
    {
        var (learner, learnerId) = await app.NewLearnerAsync("Home Learner");
        var nowhere = await learner.GetAsync("/");
        Assert.InRange(nowhere.DbCommands, 1, 3);
        Assert.Contains("Social Media for Leaders", nowhere.Text("#catalogue-heading ~ ul h3"));

        var first = await app.NewCohortAsync(Arrange.Today.AddDays(-14), members: (learnerId, CohortRole.Learner));
        var one = await learner.GetAsync("/");
        Assert.Single(one.Document.QuerySelectorAll(".learning-card"));
        Assert.Contains("Social Media for Leaders", one.Text("#catalogue-heading ~ ul h3"));
        Assert.InRange(one.DbCommands, 1, 3);

        // Three more: another of the same course with its own dates, one taught, one with a live session ahead; progress in the first.
        var second = await app.NewCohortAsync(Arrange.Today.AddDays(-30), members: (learnerId, CohortRole.Learner));
        var taught = await app.NewCohortAsync(Arrange.Today.AddDays(7), members: (learnerId, CohortRole.Instructor));
        var withSession = await app.NewCohortAsync(Arrange.Today.AddDays(-3), members: (learnerId, CohortRole.Learner));
        await learner.GetAsync($"/courses/{Arrange.Course}/modules/why-leaders-engage?cohort={first}");
        await app.WithDbAsync(async db =>
        {
            db.Add(new AssignmentDeadline(second, "my-90-day-plan", Arrange.Today.AddDays(60), null));
            return await db.SaveChangesAsync();
        });
        await app.WithScopeAsync(services => services.GetRequiredService<IDemoCohortSeeder>().SeedSessionsAsync(withSession, learnerId,
            [new DemoSession("Kick-off call", "Welcome.", DateTimeOffset.UtcNow.AddDays(2), DateTimeOffset.UtcNow.AddDays(2).AddHours(1), "https://meet.example.com/kick-off",
                null, null, [])], CancellationToken.None));

        var several = await learner.GetAsync("/");
        Assert.Equal(4, several.Document.QuerySelectorAll(".learning-card").Length);
        Assert.Contains("Kick-off call", several.Text(".learning-card .next-session"));
        Assert.Contains($"/courses/{Arrange.Course}/modules/why-leaders-engage?cohort={first}", several.Document.QuerySelectorAll(".learning-card a.button")
            .Select(link => link.GetAttribute("href")));
        Assert.Contains("Social Media for Leaders", several.Text("#catalogue-heading ~ ul h3"));
        Assert.InRange(several.DbCommands, 1, 3);
        Assert.Equal(one.DbCommands, several.DbCommands);
        Assert.Equal(2, several.DbCommands); // the courses were kept from the visits before
        Assert.Contains(taught, several.Text(".learning-card .eyebrow"));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteMyLearningTests(SqliteApp app) : MyLearningTests<SqliteApp>(app);

[Collection(PostgresCollection.Name)]
public sealed class PostgresMyLearningTests(PostgresApp app) : MyLearningTests<PostgresApp>(app);
