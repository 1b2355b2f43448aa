using Academy.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.SqlServer
{
    /// <summary>
    /// Hand-written: a full-text index of post bodies, when the server has full-text search. SQL Server's official
    /// Linux image ships without it; there the migration does nothing and search falls back to matching words with
    /// LIKE (Discussions/Search/SearchSql.cs). Full-text statements cannot run inside a transaction.
    /// </summary>
    [DbContext(typeof(SqlServerAcademyDbContext))]
    [Migration("20261202223908_DiscussionSearch")]
    public partial class DiscussionSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                IF FULLTEXTSERVICEPROPERTY('IsFullTextInstalled') = 1
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'academy_search')
                        EXEC('CREATE FULLTEXT CATALOG academy_search');
                    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID('discussions.discussions_posts'))
                        EXEC('CREATE FULLTEXT INDEX ON discussions.discussions_posts (BodyMarkdown LANGUAGE 0) KEY INDEX PK_discussions_posts ON academy_search WITH CHANGE_TRACKING AUTO');
                END
                """, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID('discussions.discussions_posts'))
                    EXEC('DROP FULLTEXT INDEX ON discussions.discussions_posts');
                IF EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'academy_search')
                    EXEC('DROP FULLTEXT CATALOG academy_search');
                """, suppressTransaction: true);
        }
    }
}
