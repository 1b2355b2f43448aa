using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReflectionReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeedbackHtml",
                table: "reflections_reflections",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FeedbackMarkdown",
                table: "reflections_reflections",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "ReviewedAt",
                table: "reflections_reflections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerName",
                table: "reflections_reflections",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scores",
                table: "reflections_reflections",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "reflections_submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReflectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsLate = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reflections_submissions_reflections_reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalTable: "reflections_reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_Status",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_submissions_ReflectionId_Number",
                table: "reflections_submissions",
                columns: new[] { "ReflectionId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reflections_submissions");

            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_Status",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "FeedbackHtml",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "FeedbackMarkdown",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ReviewerName",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "Scores",
                table: "reflections_reflections");
        }
    }
}
