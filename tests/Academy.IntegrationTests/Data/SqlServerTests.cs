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
    public void Each_provider_has_one_initial_migration_and_the_hand_written_search_index(string provider)
    {
        var migrations = typeof(AcademyDbContext).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(Migration)) && type.Namespace == $"Academy.Web.Migrations.{provider}")
            .Select(type => type.Name).Order().ToList();

        Assert.Equal(["DiscussionSearch", "Initial"], migrations);
    }

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

    private static string Normalized(string script) => script.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).ReplaceLineEndings("\n").Trim();
}
