using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReplyIdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "IdempotencyKey",
                schema: "discussions",
                table: "discussions_posts",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_AuthorId_IdempotencyKey",
                schema: "discussions",
                table: "discussions_posts",
                columns: new[] { "AuthorId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_discussions_posts_AuthorId_IdempotencyKey",
                schema: "discussions",
                table: "discussions_posts");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                schema: "discussions",
                table: "discussions_posts");
        }
    }
}
