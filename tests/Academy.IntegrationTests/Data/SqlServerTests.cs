using System.Linq.Expressions;
using System.Reflection;
using Academy.IntegrationTests.Infrastructure;
using Academy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Academy.IntegrationTests.Data;

/// <summary>
/// SQL Server, checked without a server (no engine can run on the test machines): its model against its migrations,
/// the reviewed schema script, and what the engine would refuse at migration time that the model already shows.
/// </summary>
public sealed class SqlServerTests
{
    // Never opened: building the model, the migrations and their SQL needs the provider, not a server.
    private static SqlServerAcademyDbContext Context() => new(new DbContextOptionsBuilder<SqlServerAcademyDbContext>()
        .UseSqlServer("Server=127.0.0.1,1;Database=academy;TrustServerCertificate=True").Options);

    public static TheoryData<string> Providers() => ["Sqlite", "Postgres", "SqlServer"];

    [Fact]
    public void The_SQL_Server_model_has_no_changes_its_migrations_do_not_capture()
    {
        using var db = Context();

        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Each_provider_starts_with_the_initial_migration_and_the_hand_written_search_index(string provider)
    {
        var migrations = MigrationNamesInOrder(provider);

        Assert.Equal(["Initial", "DiscussionSearch"], migrations.Take(2));
    }

    [Fact]
    public void Every_provider_has_the_same_migrations_in_the_same_order()
    {
        var sqlite = MigrationNamesInOrder("Sqlite");

        Assert.Equal(sqlite, MigrationNamesInOrder("Postgres"));
        Assert.Equal(sqlite, MigrationNamesInOrder("SqlServer"));
    }

    /// <summary>The provider's migrations by name, in the order they are applied (their ids begin with the time they were made).</summary>
    private static List<string> MigrationNamesInOrder(string provider) => typeof(AcademyDbContext).Assembly.GetTypes()
        .Where(type => type.IsSubclassOf(typeof(Migration)) && type.Namespace == $"Academy.Web.Migrations.{provider}")
        .Select(type => (Id: type.GetCustomAttribute<MigrationAttribute>()!.Id, type.Name))
        .OrderBy(migration => migration.Id, StringComparer.Ordinal)
        .Select(migration => migration.Name)
        .ToList();

    [Fact]
    public void The_idempotent_schema_script_is_the_one_committed_for_review()
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "sql", "sqlserver.sql"));

        // scripts/add-migration.sh writes the file; after a model change, run it and review the difference.
        Assert.Equal(Normalized(committed), Normalized(script));
        Assert.Contains("CREATE SCHEMA [discussions]", script);
        Assert.Contains("datetimeoffset", script);
        Assert.Contains("CREATE FULLTEXT INDEX", script);
    }

    [Fact]
    public void No_key_or_index_has_a_column_SQL_Server_cannot_index()
    {
        // A (max) column cannot be a key column: the migration would fail on the server. Declared widths above 900 bytes
        // (Identity's nvarchar(450) user ids in composite keys) only warn; the ids stored are 36 characters.
        using var db = Context();
        var unindexable = db.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables
            .SelectMany(table => table.Indexes.Select(index => (Table: table, index.Name, index.Columns))
                .Concat(table.UniqueConstraints.Select(key => (Table: table, key.Name, key.Columns))))
            .SelectMany(key => key.Columns.Where(column => column.StoreType.Contains("(max)", StringComparison.OrdinalIgnoreCase) || column.StoreType is "text" or "ntext" or "image" or "xml")
                .Select(column => $"{key.Table.Schema}.{key.Table.Name}.{key.Name}: {column.Name} {column.StoreType}"))
            .ToList();

        Assert.True(unindexable.Count == 0, string.Join(Environment.NewLine, unindexable));
    }

    [Fact]
    public void No_table_is_reached_by_two_cascading_deletes()
    {
        // SQL Server refuses a foreign key that opens a second cascade path to a table ("may cause cycles or multiple cascade paths").
        using var db = Context();
        var cascades = db.GetService<IDesignTimeModel>().Model.GetEntityTypes()
            .SelectMany(entity => entity.GetForeignKeys())
            .Where(key => key.DeleteBehavior == DeleteBehavior.Cascade)
            .Select(key => (From: key.PrincipalEntityType.GetRootType().GetTableName(), To: key.DeclaringEntityType.GetRootType().GetTableName()))
            .Where(edge => edge.From != edge.To)
            .ToList();
        var doubled = new List<string>();
        foreach (var start in cascades.Select(edge => edge.From).Distinct())
        {
            var paths = new Dictionary<string, int>();
            void Walk(string from)
            {
                foreach (var edge in cascades.Where(edge => edge.From == from))
                {
                    paths[edge.To!] = paths.GetValueOrDefault(edge.To!) + 1;
                    Walk(edge.To!);
                }
            }

            Walk(start!);
            doubled.AddRange(paths.Where(path => path.Value > 1).Select(path => $"{start} -> {path.Key} ({path.Value} paths)"));
        }

        Assert.NotEmpty(cascades);
        Assert.Empty(doubled);
    }

    /// <summary>
    /// Every query the app compiles (a static expression over the context that returns rows), in SQL Server's collation,
    /// with a value for each parameter: EF must write its SQL. A shape SQL Server cannot take would otherwise surface only
    /// on a school's server.
    /// </summary>
    public static TheoryData<string> CompiledQueries() => [.. CompiledQueryFields().Select(field => $"{field.DeclaringType!.FullName}.{field.Name}")];

    [Theory]
    [MemberData(nameof(CompiledQueries))]
    public void Every_compiled_query_is_written_in_SQL_Server_s_SQL(string name)
    {
        using var db = Context();
        var field = CompiledQueryFields().Single(f => $"{f.DeclaringType!.FullName}.{f.Name}" == name);
        var query = (LambdaExpression)field.GetValue(null)!;
        var inCollation = typeof(Academy.Shared.Data.NameOrder).GetMethod(nameof(Academy.Shared.Data.NameOrder.InCollation))!
            .MakeGenericMethod(query.Type)
            .Invoke(null, [query, Academy.Shared.Data.NameOrder.Collation(Academy.Shared.Data.NameOrder.SqlServerProvider, System.Globalization.CultureInfo.GetCultureInfo("fi"))]);
        var arguments = query.Parameters.Skip(1).Select(parameter => SampleOf(parameter.Type)).Prepend(db).ToArray();

        var rows = (IQueryable)((LambdaExpression)inCollation!).Compile().DynamicInvoke(arguments)!;
        var sql = rows.ToQueryString();

        Assert.Contains("SELECT", sql);
        Assert.DoesNotContain("academy_", sql); // no SQLite collation
        Assert.DoesNotContain("-x-icu", sql); // no PostgreSQL collation
    }

    private static IEnumerable<FieldInfo> CompiledQueryFields() =>
        Academy.Web.ModuleAssemblies.All
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => field.IsInitOnly && field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(Expression<>)
                && field.FieldType.GetGenericArguments()[0].GetGenericArguments() is [var context, .., var result]
                && typeof(DbContext).IsAssignableFrom(context) && result.IsGenericType && result.GetGenericTypeDefinition() == typeof(IQueryable<>))
            .OrderBy(field => field.DeclaringType!.FullName).ThenBy(field => field.Name);

    /// <summary>A value of each kind the compiled queries take, not null, so that no condition is left out of the SQL.</summary>
    private static object SampleOf(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(string) => "sample",
        var t when t == typeof(Guid) => Guid.Parse("01a24bad-f955-7c4b-a5ce-3e36a57a008f"),
        var t when t == typeof(bool) => true,
        var t when t == typeof(int) => 3,
        var t when t == typeof(long) => 3L,
        var t when t == typeof(DateTimeOffset) => new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero),
        var t when t == typeof(DateTime) => new DateTime(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc),
        var t when t == typeof(DateOnly) => new DateOnly(2026, 12, 6),
        var t when t.IsArray => Array.CreateInstance(t.GetElementType()!, 0),
        var t when t.IsEnum => Enum.GetValues(t).GetValue(0)!,
        var t => throw new NotSupportedException($"No sample value of {t} for a compiled query's parameter."),
    };

    [Fact]
    public void Search_ranks_with_the_full_text_index_where_the_server_has_one_and_matches_every_word_where_it_has_not()
    {
        using var db = Context();
        var scope = new Academy.Discussions.Search.SearchScope("mba-2026", Moderator: false, ClosedModules: ["radar"], Words: ["bridges", "weak"]);

        var ranked = Academy.Discussions.Search.SearchSql.SqlServer(db.Database, scope, fullText: true).ToQueryString();
        var fallback = Academy.Discussions.Search.SearchSql.SqlServer(db.Database, scope, fullText: false).ToQueryString();

        Assert.Contains("FROM CONTAINSTABLE(discussions.discussions_posts, BodyMarkdown, @p1) AS found", ranked);
        Assert.Contains("N'\"bridges\" AND \"weak*\"'", ranked); // the words, each quoted, the last a prefix: no syntax of the searcher's own
        Assert.Contains("ORDER BY found.[RANK] DESC", ranked);
        Assert.Contains("OPENJSON", ranked);
        Assert.DoesNotContain("CONTAINSTABLE", fallback);
        Assert.Contains("N'%bridges%'", fallback);
        Assert.Contains("N'%weak%'", fallback);
        Assert.Contains("LIKE @p4 AND", fallback);
        foreach (var query in new[] { ranked, fallback })
        {
            Assert.Contains("SELECT TOP (@", query);
            Assert.Contains("[CohortSlug] = @", query);
            Assert.Contains("[DeletedAt] IS NULL", query);
            Assert.DoesNotContain("mba-2026'", query.Split("SELECT TOP")[1]); // values travel as parameters, never in the SQL text
        }
    }

    private static string Normalized(string script) => script.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).ReplaceLineEndings("\n").Trim();
}
