using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reflections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reflections_reflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DraftMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    DraftSavedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SubmittedMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedHtml = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_reflections", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_UserId_AssignmentSlug",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "UserId", "AssignmentSlug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reflections_reflections");
        }
    }
}
