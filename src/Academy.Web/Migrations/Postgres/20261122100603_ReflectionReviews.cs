using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReflectionReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeedbackHtml",
                schema: "reflections",
                table: "reflections_reflections",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FeedbackMarkdown",
                schema: "reflections",
                table: "reflections_reflections",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                schema: "reflections",
                table: "reflections_reflections",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerName",
                schema: "reflections",
                table: "reflections_reflections",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<List<int>>(
                name: "Scores",
                schema: "reflections",
                table: "reflections_reflections",
                type: "integer[]",
                nullable: false);

            migrationBuilder.CreateTable(
                name: "reflections_submissions",
                schema: "reflections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReflectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Markdown = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsLate = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reflections_submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reflections_submissions_reflections_reflections_ReflectionId",
                        column: x => x.ReflectionId,
                        principalSchema: "reflections",
                        principalTable: "reflections_reflections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_Status",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_submissions_ReflectionId_Number",
                schema: "reflections",
                table: "reflections_submissions",
                columns: new[] { "ReflectionId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reflections_submissions",
                schema: "reflections");

            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_Status",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "FeedbackHtml",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "FeedbackMarkdown",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ReviewerName",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "Scores",
                schema: "reflections",
                table: "reflections_reflections");
        }
    }
}
