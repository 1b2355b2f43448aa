using Academy.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <summary>Hand-written: the full-text index EF does not model.</summary>
    [DbContext(typeof(PostgresAcademyDbContext))]
    [Migration("20261202223753_DiscussionSearch")]
    public partial class DiscussionSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text index of post bodies; the search query uses the same expression, so it can use the index.
            migrationBuilder.Sql("CREATE INDEX \"IX_discussions_posts_fulltext\" ON discussions.discussions_posts USING GIN (to_tsvector('simple', \"BodyMarkdown\"));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS discussions.\"IX_discussions_posts_fulltext\";");
        }
    }
}
