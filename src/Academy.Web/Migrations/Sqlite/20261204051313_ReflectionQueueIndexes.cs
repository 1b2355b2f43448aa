using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReflectionQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_Status",
                table: "reflections_reflections");

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_AssignmentSlug_SubmittedAt",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "AssignmentSlug", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_ExtensionRequestedUntil",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "ExtensionRequestedUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "Status", "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_AssignmentSlug_SubmittedAt",
                table: "reflections_reflections");

            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_ExtensionRequestedUntil",
                table: "reflections_reflections");

            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id",
                table: "reflections_reflections");

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_Status",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "Status" });
        }
    }
}
