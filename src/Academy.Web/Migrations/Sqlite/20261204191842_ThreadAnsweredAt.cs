using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ThreadAnsweredAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_discussions_posts_ThreadId_AuthorId_DeletedAt",
                table: "discussions_posts");

            migrationBuilder.AddColumn<long>(
                name: "AnsweredAt",
                table: "discussions_threads",
                type: "INTEGER",
                nullable: true);

            // Threads already answered: the earliest reply by someone other than the author that was not withdrawn.
            migrationBuilder.Sql("UPDATE \"discussions_threads\" SET \"AnsweredAt\" = (SELECT MIN(p.\"CreatedAt\") FROM \"discussions_posts\" AS p "
                + "WHERE p.\"ThreadId\" = \"discussions_threads\".\"Id\" AND p.\"AuthorId\" <> \"discussions_threads\".\"AuthorId\" AND p.\"DeletedAt\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_discussions_threads_CohortSlug_AnsweredAt_CreatedAt",
                table: "discussions_threads",
                columns: new[] { "CohortSlug", "AnsweredAt", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_discussions_threads_CohortSlug_AnsweredAt_CreatedAt",
                table: "discussions_threads");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "discussions_threads");

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_AuthorId_DeletedAt",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "AuthorId", "DeletedAt" });
        }
    }
}
