using Academy.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Academy.IntegrationTests.Data;

public abstract class DatabaseTests<TApp>(TApp app) where TApp : AcademyApp
{
    protected TApp App { get; } = app;

    [Fact]
    public async Task Every_model_change_is_captured_by_a_migration_of_this_provider()
    {
        var (pending, applied) = await App.WithDbAsync(async db =>
            (db.Database.HasPendingModelChanges(), (await db.Database.GetPendingMigrationsAsync()).Count()));

        Assert.False(pending, $"The {App.Provider} model has changes no migration captures: add a migration for this provider (README).");
        Assert.Equal(0, applied);
    }

    [Fact]
    public async Task The_demo_cohort_is_seeded_with_an_instructor_and_eight_learners()
    {
        var members = await App.WithDbAsync(db => (
            from cohort in db.Cohorts where cohort.Slug == "mba-2026"
            join member in db.CohortMembers on cohort.Id equals member.CohortId
            select member.Role).ToListAsync());

        Assert.Equal(1, members.Count(role => role == Academy.Contracts.Cohorts.CohortRole.Instructor));
        Assert.Equal(8, members.Count(role => role == Academy.Contracts.Cohorts.CohortRole.Learner));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteDatabaseTests(SqliteApp app) : DatabaseTests<SqliteApp>(app)
{
    [Fact]
    public async Task The_sqlite_database_runs_in_write_ahead_logging_mode()
    {
        var mode = await App.WithDbAsync(db => db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync());

        Assert.Equal("wal", Assert.Single(mode));
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresApp app) : DatabaseTests<PostgresApp>(app)
{
    [Fact]
    public async Task Module_tables_live_in_their_module_schema()
    {
        var schemas = await App.WithDbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT table_schema || '.' || table_name AS \"Value\" FROM information_schema.tables WHERE table_name LIKE 'courses_%' OR table_name LIKE 'cohorts_%'").ToListAsync());

        Assert.Contains("courses.courses_modules", schemas);
        Assert.Contains("cohorts.cohorts_members", schemas);
    }
}
