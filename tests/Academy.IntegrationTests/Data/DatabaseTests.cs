using System.Data;
using System.Globalization;
using System.Text.RegularExpressions;
using Academy.IntegrationTests.Infrastructure;
using Academy.Shared.Data;
using Academy.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SQLitePCL;

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

    /// <summary>
    /// The directory, the dashboard's learners and admin's people are pages of 50 by name in the reader's collation. An
    /// index in that collation lets the database read a page in order and stop, where it would sort the whole cohort (or
    /// every user) on each request. The indexes are SQL of their own migration, outside EF's model, so this also catches
    /// a later migration that rebuilds a table without them.
    /// </summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fi")]
    public async Task Lists_of_people_are_read_in_the_readers_order_from_an_index(string language)
    {
        var provider = await App.WithDbAsync(db => Task.FromResult(db.Database.ProviderName));
        var collation = NameOrder.Collation(provider, CultureInfo.GetCultureInfo(language));

        var members = await PlanAsync($"""SELECT "UserId" FROM {MembersTable} WHERE "CohortId" = {AnyCohortId} ORDER BY "DisplayName" COLLATE {Quoted(collation)}, "UserId" LIMIT 51""");
        var learners = await PlanAsync($"""SELECT "UserId" FROM {MembersTable} WHERE "CohortId" = {AnyCohortId} AND "Role" = 0 ORDER BY "DisplayName" COLLATE {Quoted(collation)}, "UserId" LIMIT 51""");
        var users = await PlanAsync($"""SELECT "Id" FROM "AspNetUsers" ORDER BY "DisplayName" COLLATE {Quoted(collation)}, "Id" LIMIT 51""");

        AssertReadInOrderFrom($"IX_cohorts_members_CohortId_DisplayName_{language}", members);
        AssertReadInOrderFrom($"IX_cohorts_members_CohortId_DisplayName_{language}", learners); // not by the role's index, then sorted
        AssertReadInOrderFrom($"IX_AspNetUsers_DisplayName_{language}", users);
    }

    /// <summary>
    /// The notifications page is a page of 50, newest first, after the last one's time. Read in order from an index by
    /// member and time, a member with years of notifications costs what a new member does; without it, the database
    /// reads and sorts every notification of theirs on each request.
    /// </summary>
    [Fact]
    public async Task A_members_notifications_are_read_newest_first_from_an_index()
    {
        var notifications = CohortsTable("cohorts_notifications");
        var firstPage = await PlanAsync($"""SELECT "Id" FROM {notifications} WHERE "UserId" = 'someone' ORDER BY "CreatedAt" DESC LIMIT 51""");
        var laterPage = await PlanAsync($"""SELECT "Id" FROM {notifications} WHERE "UserId" = 'someone' AND "CreatedAt" < {AnyTime} ORDER BY "CreatedAt" DESC LIMIT 51""");

        AssertReadInOrderFrom("IX_cohorts_notifications_UserId_CreatedAt", firstPage);
        AssertReadInOrderFrom("IX_cohorts_notifications_UserId_CreatedAt", laterPage);
    }

    /// <summary>
    /// A connection is stored once, its two people in order, so whom someone knows is looked up by either column. Each
    /// index holds the other column too, so the lookup reads the index alone rather than a table row per connection: the
    /// directory's people both know start from every one of the viewer's connections, looked up both ways.
    /// </summary>
    [Fact]
    public async Task Whom_someone_knows_is_read_from_an_index_alone_from_either_end()
    {
        var connections = CohortsTable("cohorts_connections");
        var asFirst = await PlanAsync($"""SELECT "SecondUserId" FROM {connections} WHERE "FirstUserId" = 'someone'""");
        var asSecond = await PlanAsync($"""SELECT "FirstUserId" FROM {connections} WHERE "SecondUserId" = 'someone'""");

        AssertReadFromIndexAlone("IX_cohorts_connections_FirstUserId_SecondUserId", asFirst);
        AssertReadFromIndexAlone("IX_cohorts_connections_SecondUserId_FirstUserId", asSecond);
    }

    /// <summary>
    /// A cohort's instructors are a handful among its thousands of learners. The dashboard, the directory and a cohort's
    /// home list them; without an index by cohort and role, the database reads every member of the cohort to find them.
    /// </summary>
    [Fact]
    public async Task A_cohorts_instructors_are_found_by_their_role_from_an_index()
    {
        var instructors = await PlanAsync($"""SELECT "UserId", "DisplayName" FROM {MembersTable} WHERE "CohortId" = {AnyCohortId} AND "Role" = 1""");

        AssertLookedUpIn("IX_cohorts_members_CohortId_Role", instructors);
    }

    /// <summary>A table of the Cohorts module, named as this provider's SQL names it.</summary>
    protected abstract string CohortsTable(string name);

    private string MembersTable => CohortsTable("cohorts_members");

    /// <summary>A value of a notification's time, as this provider stores it.</summary>
    protected abstract string AnyTime { get; }

    protected abstract string AnyCohortId { get; }

    protected abstract string Quoted(string collation);

    /// <summary>The plan the database chooses for <paramref name="query"/>, as text.</summary>
    protected abstract Task<string> PlanAsync(string query);

    protected abstract void AssertReadInOrderFrom(string index, string plan);

    protected abstract void AssertReadFromIndexAlone(string index, string plan);

    protected abstract void AssertLookedUpIn(string index, string plan);

    /// <summary>Runs <paramref name="explain"/> between <paramref name="setUp"/> and <paramref name="tearDown"/> on one connection.</summary>
    protected async Task<string> PlanOnConnectionAsync(string explain, string setUp = "", string tearDown = "")
    {
        return await App.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            if (setUp.Length > 0)
            {
                command.CommandText = setUp;
                await command.ExecuteNonQueryAsync();
            }

            command.CommandText = explain;
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(reader.FieldCount - 1));
            }

            await reader.CloseAsync();
            if (tearDown.Length > 0)
            {
                command.CommandText = tearDown;
                await command.ExecuteNonQueryAsync();
            }

            return string.Join(Environment.NewLine, lines);
        });
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

    /// <summary>
    /// SQLite compiled every query's SQL anew, which cost more than running it (docs/performance.md). A query run again
    /// now runs the statement compiled the first time: SQLite asks a connection's authorizer about each statement it
    /// compiles, and asks it nothing the second time. The statements stay compiled on the connection, open, when the
    /// request's context goes back to the pool.
    /// </summary>
    [Fact]
    public async Task A_query_run_again_runs_the_statement_compiled_the_first_time_which_outlives_the_request()
    {
        const string Query = """SELECT "Slug" AS "Value" FROM "cohorts_cohorts" WHERE 'kept-compiled-check' <> ''""";
        SqliteConnection? connection = null;
        var compilations = await App.WithDbAsync(async db =>
        {
            connection = (SqliteConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var asked = new List<int>();
            raw.sqlite3_set_authorizer(connection.Handle, (strdelegate_authorizer)((_, action, _, _, _, _) => { asked.Add(action); return raw.SQLITE_OK; }), null);
            try
            {
                await db.Database.SqlQueryRaw<string>(Query).ToListAsync();
                var first = asked.Count;
                await db.Database.SqlQueryRaw<string>(Query).ToListAsync();
                return (First: first, Again: asked.Count - first);
            }
            finally
            {
                raw.sqlite3_set_authorizer(connection.Handle, (strdelegate_authorizer?)null, null);
                await db.Database.CloseConnectionAsync();
            }
        });

        Assert.True(compilations.First > 0, "SQLite compiled the query the first time.");
        Assert.Equal(0, compilations.Again);
        Assert.Equal(ConnectionState.Open, connection!.State);
        raw.sqlite3_db_status(connection.Handle, raw.SQLITE_DBSTATUS_STMT_USED, out var statementBytes, out _, 0);
        Assert.True(statementBytes > 0, "The connection still holds its compiled statements.");
    }

    [Fact]
    public async Task A_connection_keeps_its_most_recently_run_statements_and_no_more()
    {
        const int Kept = DatabaseServiceCollectionExtensions.PreparedStatementsPerConnection;
        static string Query(int number) => string.Create(CultureInfo.InvariantCulture, $"""SELECT "Slug" AS "Value" FROM "cohorts_cohorts" WHERE {number} <> 0 -- kept-most-recent-check""");
        var compiledAgain = await App.WithDbAsync(async db =>
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var compilations = 0;
            raw.sqlite3_set_authorizer(connection.Handle, (strdelegate_authorizer)((_, _, _, _, _, _) => { compilations++; return raw.SQLITE_OK; }), null);
            try
            {
                for (var number = 1; number <= Kept + 20; number++)
                {
                    await db.Database.SqlQueryRaw<string>(Query(number)).ToListAsync();
                }

                async Task<bool> CompiledWhenRunAgainAsync(int number)
                {
                    var before = compilations;
                    await db.Database.SqlQueryRaw<string>(Query(number)).ToListAsync();
                    return compilations > before;
                }

                // The most recent first, then the least recent still kept, then the last one forgotten.
                return (Newest: await CompiledWhenRunAgainAsync(Kept + 20), OldestKept: await CompiledWhenRunAgainAsync(21), Forgotten: await CompiledWhenRunAgainAsync(20));
            }
            finally
            {
                raw.sqlite3_set_authorizer(connection.Handle, (strdelegate_authorizer?)null, null);
                await db.Database.CloseConnectionAsync();
            }
        });

        Assert.Equal((false, false, true), compiledAgain);
    }

    protected override string CohortsTable(string name) => $"\"{name}\"";

    protected override string AnyTime => "0"; // times are stored as numbers here (EF's binary form of DateTimeOffset)

    protected override string AnyCohortId => "'00000000-0000-0000-0000-000000000000'";

    protected override string Quoted(string collation) => collation;

    protected override Task<string> PlanAsync(string query) => PlanOnConnectionAsync($"EXPLAIN QUERY PLAN {query}");

    protected override void AssertReadInOrderFrom(string index, string plan)
    {
        Assert.Contains($"INDEX {index}", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    protected override void AssertReadFromIndexAlone(string index, string plan) => Assert.Contains($"USING COVERING INDEX {index}", plan);

    protected override void AssertLookedUpIn(string index, string plan) => Assert.Matches($"SEARCH .* USING (COVERING )?INDEX {index} ", plan);
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

    [Fact]
    public async Task A_statement_the_app_runs_again_and_again_is_kept_prepared_on_its_connection()
    {
        const string Marker = "kept-prepared-check";
        var prepared = await App.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                // Npgsql prepares a statement after a few runs on the same connection (Auto Prepare Min Usages, 5 by default).
                for (var run = 0; run < 10; run++)
                {
                    await db.Database.SqlQueryRaw<string>($"SELECT '{Marker}' AS \"Value\"").ToListAsync();
                }

                return await db.Database.SqlQueryRaw<int>(
                    $"SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%{Marker}%' AND statement NOT LIKE '%pg_prepared_statements%'").SingleAsync();
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        Assert.Equal(1, prepared);
    }

    [Theory]
    [InlineData("Host=db;Database=academy", DatabaseServiceCollectionExtensions.PreparedStatementsPerConnection)]
    [InlineData("Host=db;Database=academy;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=academy;MaxAutoPrepare=20", 20)]
    public void A_connection_string_that_sets_how_many_statements_to_keep_prepared_keeps_its_own_number(string configured, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(DatabaseServiceCollectionExtensions.WithPreparedStatements(configured)).MaxAutoPrepare);

    protected override string CohortsTable(string name) => $"cohorts.\"{name}\"";

    protected override string AnyTime => "'2026-01-01T00:00:00Z'::timestamptz";

    protected override string AnyCohortId => "'00000000-0000-0000-0000-000000000000'::uuid";

    protected override string Quoted(string collation) => $"\"{collation}\"";

    /// <summary>
    /// With sorts and sequential scans priced out, as they are on a cohort of thousands rather than the demo's nine: the
    /// plan still sorts when no index holds the order. Bitmap scans are priced out too: while other tests write to the
    /// shared tables, their pages are not yet marked all-visible, and the planner then weighs a bitmap scan of the same
    /// index as cheaper than reading the index alone.
    /// </summary>
    protected override Task<string> PlanAsync(string query) =>
        PlanOnConnectionAsync(
            $"EXPLAIN {query}",
            "SET enable_seqscan = off; SET enable_sort = off; SET enable_bitmapscan = off",
            "RESET enable_seqscan; RESET enable_sort; RESET enable_bitmapscan");

    protected override void AssertReadInOrderFrom(string index, string plan)
    {
        Assert.True(Regex.IsMatch(plan, $"Index (Only )?Scan (Backward )?using \"{index}\"") && !plan.Contains("Sort", StringComparison.Ordinal), plan);
    }

    protected override void AssertReadFromIndexAlone(string index, string plan) => Assert.Contains($"Index Only Scan using \"{index}\"", plan);

    protected override void AssertLookedUpIn(string index, string plan) => Assert.Matches($"Index (Only )?Scan using \"{index}\"", plan);
}
