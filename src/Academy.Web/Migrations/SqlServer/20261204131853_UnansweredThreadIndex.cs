using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UnansweredThreadIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_discussions_posts_ThreadId_AuthorId_DeletedAt",
                schema: "discussions",
                table: "discussions_posts",
                columns: new[] { "ThreadId", "AuthorId", "DeletedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_discussions_posts_ThreadId_AuthorId_DeletedAt",
                schema: "discussions",
                table: "discussions_posts");
        }
    }
}
