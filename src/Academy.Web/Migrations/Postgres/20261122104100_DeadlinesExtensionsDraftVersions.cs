using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DeadlinesExtensionsDraftVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DraftVersion",
                schema: "reflections",
                table: "reflections_reflections",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtendedUntil",
                schema: "reflections",
                table: "reflections_reflections",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                schema: "reflections",
                table: "reflections_reflections",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ExtensionRequestedAt",
                schema: "reflections",
                table: "reflections_reflections",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtensionRequestedUntil",
                schema: "reflections",
                table: "reflections_reflections",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "courses_assignment_deadlines",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CutOffOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_assignment_deadlines", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_courses_assignment_deadlines_CohortSlug_AssignmentSlug",
                schema: "courses",
                table: "courses_assignment_deadlines",
                columns: new[] { "CohortSlug", "AssignmentSlug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "courses_assignment_deadlines",
                schema: "courses");

            migrationBuilder.DropColumn(
                name: "DraftVersion",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ExtendedUntil",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedAt",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedUntil",
                schema: "reflections",
                table: "reflections_reflections");
        }
    }
}
