using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReplyIdempotencyKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "IdempotencyKey",
                table: "discussions_posts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_AuthorId_IdempotencyKey",
                table: "discussions_posts",
                columns: new[] { "AuthorId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_discussions_posts_AuthorId_IdempotencyKey",
                table: "discussions_posts");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "discussions_posts");
        }
    }
}
