using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Academy.Web.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReflectionQueueIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_Status",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_AssignmentSlug_Submitted~",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "AssignmentSlug", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_ExtensionRequestedUntil",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "ExtensionRequestedUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "Status", "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_AssignmentSlug_Submitted~",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_ExtensionRequestedUntil",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.DropIndex(
                name: "IX_reflections_reflections_CohortSlug_Status_SubmittedAt_Id",
                schema: "reflections",
                table: "reflections_reflections");

            migrationBuilder.CreateIndex(
                name: "IX_reflections_reflections_CohortSlug_Status",
                schema: "reflections",
                table: "reflections_reflections",
                columns: new[] { "CohortSlug", "Status" });
        }
    }
}
