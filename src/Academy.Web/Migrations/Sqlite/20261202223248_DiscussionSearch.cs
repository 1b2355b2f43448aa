using Academy.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <summary>Hand-written: the full-text index EF does not model.</summary>
    [DbContext(typeof(SqliteAcademyDbContext))]
    [Migration("20261202223248_DiscussionSearch")]
    public partial class DiscussionSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text index of post bodies (FTS5 over the posts table: same column name), kept in step by triggers; EF does not model it.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE discussions_posts_fts USING fts5(\"BodyMarkdown\", content='discussions_posts', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("CREATE TRIGGER discussions_posts_fts_insert AFTER INSERT ON discussions_posts BEGIN INSERT INTO discussions_posts_fts(rowid, \"BodyMarkdown\") VALUES (new.rowid, new.\"BodyMarkdown\"); END;");
            migrationBuilder.Sql("CREATE TRIGGER discussions_posts_fts_delete AFTER DELETE ON discussions_posts BEGIN INSERT INTO discussions_posts_fts(discussions_posts_fts, rowid, \"BodyMarkdown\") VALUES ('delete', old.rowid, old.\"BodyMarkdown\"); END;");
            migrationBuilder.Sql("CREATE TRIGGER discussions_posts_fts_update AFTER UPDATE OF \"BodyMarkdown\" ON discussions_posts BEGIN INSERT INTO discussions_posts_fts(discussions_posts_fts, rowid, \"BodyMarkdown\") VALUES ('delete', old.rowid, old.\"BodyMarkdown\"); INSERT INTO discussions_posts_fts(rowid, \"BodyMarkdown\") VALUES (new.rowid, new.\"BodyMarkdown\"); END;");
            migrationBuilder.Sql("INSERT INTO discussions_posts_fts(discussions_posts_fts) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS discussions_posts_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS discussions_posts_fts_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS discussions_posts_fts_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS discussions_posts_fts;");
        }
    }
}
