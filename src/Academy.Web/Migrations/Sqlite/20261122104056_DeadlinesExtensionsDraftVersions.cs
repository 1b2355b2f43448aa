using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DeadlinesExtensionsDraftVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DraftVersion",
                table: "reflections_reflections",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtendedUntil",
                table: "reflections_reflections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ExtensionReason",
                table: "reflections_reflections",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ExtensionRequestedAt",
                table: "reflections_reflections",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExtensionRequestedUntil",
                table: "reflections_reflections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "courses_assignment_deadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssignmentSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CutOffOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_assignment_deadlines", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_courses_assignment_deadlines_CohortSlug_AssignmentSlug",
                table: "courses_assignment_deadlines",
                columns: new[] { "CohortSlug", "AssignmentSlug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "courses_assignment_deadlines");

            migrationBuilder.DropColumn(
                name: "DraftVersion",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ExtendedUntil",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ExtensionReason",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedAt",
                table: "reflections_reflections");

            migrationBuilder.DropColumn(
                name: "ExtensionRequestedUntil",
                table: "reflections_reflections");
        }
    }
}
