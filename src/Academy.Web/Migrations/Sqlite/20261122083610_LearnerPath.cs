using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LearnerPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Outline",
                table: "courses_courses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CalendarToken",
                table: "cohorts_members",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "courses_module_releases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ModuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReleasesOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_module_releases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_module_releases_courses_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "courses_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_progress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CohortSlug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ModuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstOpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastOpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_progress_courses_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "courses_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_members_CalendarToken",
                table: "cohorts_members",
                column: "CalendarToken");

            migrationBuilder.CreateIndex(
                name: "IX_courses_module_releases_CohortSlug_ModuleId",
                table: "courses_module_releases",
                columns: new[] { "CohortSlug", "ModuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_module_releases_ModuleId",
                table: "courses_module_releases",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_courses_progress_ModuleId",
                table: "courses_progress",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_courses_progress_UserId_CohortSlug_ModuleId",
                table: "courses_progress",
                columns: new[] { "UserId", "CohortSlug", "ModuleId" },
                unique: true);

            // Members enrolled before calendar feeds existed get their secret feed address now.
            migrationBuilder.Sql("UPDATE cohorts_members SET \"CalendarToken\" = lower(hex(randomblob(20))) WHERE \"CalendarToken\" = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "courses_module_releases");

            migrationBuilder.DropTable(
                name: "courses_progress");

            migrationBuilder.DropIndex(
                name: "IX_cohorts_members_CalendarToken",
                table: "cohorts_members");

            migrationBuilder.DropColumn(
                name: "Outline",
                table: "courses_courses");

            migrationBuilder.DropColumn(
                name: "CalendarToken",
                table: "cohorts_members");
        }
    }
}
