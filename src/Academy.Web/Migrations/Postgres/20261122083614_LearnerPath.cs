using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LearnerPath : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Outline",
                schema: "courses",
                table: "courses_courses",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CalendarToken",
                schema: "cohorts",
                table: "cohorts_members",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "courses_module_releases",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ModuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReleasesOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_module_releases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_module_releases_courses_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalSchema: "courses",
                        principalTable: "courses_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "courses_progress",
                schema: "courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortSlug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ModuleId = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstOpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastOpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_courses_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_courses_progress_courses_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalSchema: "courses",
                        principalTable: "courses_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cohorts_members_CalendarToken",
                schema: "cohorts",
                table: "cohorts_members",
                column: "CalendarToken");

            migrationBuilder.CreateIndex(
                name: "IX_courses_module_releases_CohortSlug_ModuleId",
                schema: "courses",
                table: "courses_module_releases",
                columns: new[] { "CohortSlug", "ModuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_courses_module_releases_ModuleId",
                schema: "courses",
                table: "courses_module_releases",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_courses_progress_ModuleId",
                schema: "courses",
                table: "courses_progress",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_courses_progress_UserId_CohortSlug_ModuleId",
                schema: "courses",
                table: "courses_progress",
                columns: new[] { "UserId", "CohortSlug", "ModuleId" },
                unique: true);

            // Members enrolled before calendar feeds existed get their secret feed address now.
            migrationBuilder.Sql("UPDATE cohorts.cohorts_members SET \"CalendarToken\" = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '') WHERE \"CalendarToken\" = '';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "courses_module_releases",
                schema: "courses");

            migrationBuilder.DropTable(
                name: "courses_progress",
                schema: "courses");

            migrationBuilder.DropIndex(
                name: "IX_cohorts_members_CalendarToken",
                schema: "cohorts",
                table: "cohorts_members");

            migrationBuilder.DropColumn(
                name: "Outline",
                schema: "courses",
                table: "courses_courses");

            migrationBuilder.DropColumn(
                name: "CalendarToken",
                schema: "cohorts",
                table: "cohorts_members");
        }
    }
}
