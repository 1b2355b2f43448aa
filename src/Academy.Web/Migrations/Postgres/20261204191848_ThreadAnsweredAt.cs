using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ThreadAnsweredAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_discussions_posts_ThreadId_AuthorId_DeletedAt",
                schema: "discussions",
                table: "discussions_posts");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnsweredAt",
                schema: "discussions",
                table: "discussions_threads",
                type: "timestamp with time zone",
                nullable: true);

            // Threads already answered: the earliest reply by someone other than the author that was not withdrawn.
            migrationBuilder.Sql("UPDATE discussions.discussions_threads AS t SET \"AnsweredAt\" = (SELECT MIN(p.\"CreatedAt\") FROM discussions.discussions_posts AS p "
                + "WHERE p.\"ThreadId\" = t.\"Id\" AND p.\"AuthorId\" <> t.\"AuthorId\" AND p.\"DeletedAt\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_discussions_threads_CohortSlug_AnsweredAt_CreatedAt",
                schema: "discussions",
                table: "discussions_threads",
                columns: new[] { "CohortSlug", "AnsweredAt", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_discussions_threads_CohortSlug_AnsweredAt_CreatedAt",
                schema: "discussions",
                table: "discussions_threads");

            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                schema: "discussions",
                table: "discussions_threads");

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_AuthorId_DeletedAt",
                schema: "discussions",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "AuthorId", "DeletedAt" });
        }
    }
}
